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

/**
 * A monotone map from a score to a probability: points (x, y) with increasing x and non-decreasing
 * y, read by linear interpolation and held flat beyond the ends. `n[i]` is how many fitting
 * examples stand behind point i, so a reader can see where the curve is thin.
 */
export interface IsotonicCurve {
  x: number[];
  y: number[];
  n: number[];
}

export interface IsotonicOptions {
  /** Blocks with fewer examples are pooled with a neighbour (default 15). */
  minBlock?: number;
  /** Each block's rate is smoothed as (hits + 1) / (n + 2), so no point says 0 or 1 (default true). */
  smooth?: boolean;
}

/**
 * Isotonic regression of 0/1 outcomes on a score by pool-adjacent-violators (Zadrozny & Elkan
 * 2002): examples sorted by score, equal scores pooled, adjacent blocks merged while a rate
 * decreases; then blocks smaller than `minBlock` are merged into their smaller neighbour (a pooled
 * rate lies between the two, so the curve stays monotone). Each block becomes one point at its
 * mean score and its (optionally smoothed) rate.
 */
export function fitIsotonic(
  scores: ArrayLike<number>,
  outcomes: ArrayLike<number>,
  options: IsotonicOptions = {},
): IsotonicCurve {
  const minBlock = options.minBlock ?? 15;
  const smooth = options.smooth ?? true;
  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => (scores[a] as number) - (scores[b] as number),
  );
  interface Block {
    sumX: number;
    hits: number;
    n: number;
  }
  const blocks: Block[] = [];
  const rate = (b: Block) => b.hits / b.n;
  const merge = (a: Block, b: Block): Block => ({
    sumX: a.sumX + b.sumX,
    hits: a.hits + b.hits,
    n: a.n + b.n,
  });
  let previousScore = Number.NaN;
  for (const i of order) {
    const score = scores[i] as number;
    const hit = outcomes[i] === 1 ? 1 : 0;
    const last = blocks[blocks.length - 1];
    if (last && score === previousScore) {
      blocks[blocks.length - 1] = merge(last, { sumX: score, hits: hit, n: 1 });
    } else {
      blocks.push({ sumX: score, hits: hit, n: 1 });
    }
    previousScore = score;
    while (blocks.length > 1) {
      const top = blocks[blocks.length - 1] as Block;
      const below = blocks[blocks.length - 2] as Block;
      if (rate(below) <= rate(top)) break;
      blocks.splice(blocks.length - 2, 2, merge(below, top));
    }
  }
  for (let i = 0; blocks.length > 1 && i < blocks.length;) {
    const block = blocks[i] as Block;
    if (block.n >= minBlock) {
      i += 1;
      continue;
    }
    const left = blocks[i - 1];
    const right = blocks[i + 1];
    const intoLeft = left !== undefined && (right === undefined || left.n <= right.n);
    if (intoLeft) {
      blocks.splice(i - 1, 2, merge(left, block));
      i -= 1;
    } else {
      blocks.splice(i, 2, merge(block, right as Block));
    }
  }
  // Smoothing can reorder neighbours of different sizes (0 of 1 → 1/3, 1 of 4 → 2/6), so pool
  // again on the smoothed rates until none decreases.
  const value = smooth ? (b: Block) => (b.hits + 1) / (b.n + 2) : rate;
  for (let i = 1; i < blocks.length;) {
    const left = blocks[i - 1] as Block;
    const block = blocks[i] as Block;
    if (value(left) <= value(block)) {
      i += 1;
      continue;
    }
    blocks.splice(i - 1, 2, merge(left, block));
    i = Math.max(1, i - 1);
  }
  return {
    x: blocks.map((b) => b.sumX / b.n),
    y: blocks.map(value),
    n: blocks.map((b) => b.n),
  };
}

/** Reads an isotonic curve at `score` (linear between points, flat beyond the ends). */
export function readIsotonic(curve: IsotonicCurve, score: number): number {
  const { x, y } = curve;
  const last = x.length - 1;
  if (last < 0) return Number.NaN;
  if (score <= (x[0] as number)) return y[0] as number;
  if (score >= (x[last] as number)) return y[last] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((x[mid] as number) <= score) lo = mid;
    else hi = mid;
  }
  const x0 = x[lo] as number;
  const x1 = x[hi] as number;
  const t = x1 === x0 ? 0 : (score - x0) / (x1 - x0);
  return (y[lo] as number) + t * ((y[hi] as number) - (y[lo] as number));
}
