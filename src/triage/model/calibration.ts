/**
 * Turning raw logistic margins into probabilities a threshold can mean something on: Platt
 * scaling fitted on out-of-fold margins (the training margins are over-confident and were trained
 * with class weights, which shift them), and the monotone projection that keeps
 * P(cssrs ≥ t) non-increasing in t.
 */

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** p = sigmoid(a · margin + b). */
export interface PlattScaling {
  a: number;
  b: number;
}

/**
 * Fits Platt scaling by Newton's method with backtracking (Lin, Lin & Weng 2007), on margins and
 * 0/1 labels, with Platt's smoothed targets so a separable fold cannot drive `a` to infinity.
 * With only one class present it returns a constant equal to the smoothed prior.
 */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): PlattScaling {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < labels.length; i += 1) {
    if (labels[i] === 1) positives += 1;
    else negatives += 1;
  }
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  if (positives === 0 || negatives === 0) {
    const prior = (positives + 1) / (positives + negatives + 2);
    return { a: 0, b: Math.log(prior / (1 - prior)) };
  }
  const n = margins.length;
  const target = new Float64Array(n);
  for (let i = 0; i < n; i += 1) target[i] = labels[i] === 1 ? high : low;

  // Cross-entropy against the smoothed targets, written to stay finite for large |f|.
  const objective = (a: number, b: number): number => {
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      const f = a * (margins[i] as number) + b;
      const t = target[i] as number;
      const softplus = f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f));
      total += softplus - t * f;
    }
    return total;
  };

  let a = 1;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = objective(a, b);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-12;
    let hAB = 0;
    let hBB = 1e-12;
    for (let i = 0; i < n; i += 1) {
      const m = margins[i] as number;
      const p = sigmoid(a * m + b);
      const d = p - (target[i] as number);
      const w = p * (1 - p);
      gA += d * m;
      gB += d;
      hAA += w * m * m;
      hAB += w * m;
      hBB += w;
    }
    if (Math.abs(gA) < 1e-9 && Math.abs(gB) < 1e-9) break;
    const det = hAA * hBB - hAB * hAB;
    if (det <= 0) break;
    const stepA = -(hBB * gA - hAB * gB) / det;
    const stepB = -(-hAB * gA + hAA * gB) / det;
    let scale = 1;
    let improved = false;
    while (scale >= 1e-8) {
      const nextA = a + scale * stepA;
      const nextB = b + scale * stepB;
      const next = objective(nextA, nextB);
      if (next < current) {
        a = nextA;
        b = nextB;
        improved = current - next > 1e-12;
        current = next;
        break;
      }
      scale /= 2;
    }
    if (!improved) break;
  }
  // A negative slope would mean the head ranks backwards out of fold: it carries no usable signal,
  // so the honest output is the prior.
  if (a < 0) {
    const prior = (positives + 1) / (positives + negatives + 2);
    return { a: 0, b: Math.log(prior / (1 - prior)) };
  }
  return { a, b };
}

/**
 * Projects `values` in place onto the non-increasing sequences (least squares, equal weights) by
 * pool-adjacent-violators: where P(≥ t+1) came out above P(≥ t), both become their mean.
 */
export function makeNonIncreasing(values: number[]): void {
  const n = values.length;
  const means: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let mean = values[i] as number;
    let size = 1;
    while (means.length > 0 && (means[means.length - 1] as number) < mean) {
      const previousSize = sizes.pop() as number;
      const previousMean = means.pop() as number;
      mean = (previousMean * previousSize + mean * size) / (previousSize + size);
      size += previousSize;
    }
    means.push(mean);
    sizes.push(size);
  }
  let k = 0;
  for (let block = 0; block < means.length; block += 1) {
    for (let j = 0; j < (sizes[block] as number); j += 1) {
      values[k] = means[block] as number;
      k += 1;
    }
  }
}
