/**
 * Agreement measures for C-SSRS levels (0–6), shared by threshold tuning and the CV benchmark so
 * that both count exactly the same way.
 */

export const CSSRS_LEVELS = 7;

/** Recall/precision of the binary decision "level ≥ k". `null` where undefined (no cases). */
export interface AtLeastMetrics {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  recall: number | null;
  precision: number | null;
  falsePositiveRate: number | null;
}

export interface OrdinalMetrics {
  n: number;
  /** Share of items whose predicted level equals the true level. */
  exactAgreement: number | null;
  meanAbsoluteError: number | null;
  /** Severity ≥ 3 (ideation with method or worse). */
  severe: AtLeastMetrics;
  /** Any risk: severity ≥ 1. */
  anyRisk: AtLeastMetrics;
  /** confusion[true][predicted], 7×7. */
  confusion: number[][];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function atLeastMetrics(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  threshold: number,
): AtLeastMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const actual = (truth[i] as number) >= threshold;
    const guessed = (predicted[i] as number) >= threshold;
    if (actual && guessed) tp += 1;
    else if (actual) fn += 1;
    else if (guessed) fp += 1;
    else tn += 1;
  }
  return {
    threshold,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    recall: ratio(tp, tp + fn),
    precision: ratio(tp, tp + fp),
    falsePositiveRate: ratio(fp, fp + tn),
  };
}

/** Metrics of predicted levels against true levels (same length, integers 0–6). */
export function ordinalMetrics(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
): OrdinalMetrics {
  const n = truth.length;
  const confusion = Array.from({ length: CSSRS_LEVELS }, () =>
    new Array<number>(CSSRS_LEVELS).fill(0),
  );
  let exact = 0;
  let absolute = 0;
  for (let i = 0; i < n; i += 1) {
    const actual = truth[i] as number;
    const guessed = predicted[i] as number;
    (confusion[actual] as number[])[guessed] =
      ((confusion[actual] as number[])[guessed] as number) + 1;
    if (actual === guessed) exact += 1;
    absolute += Math.abs(actual - guessed);
  }
  return {
    n,
    exactAgreement: ratio(exact, n),
    meanAbsoluteError: ratio(absolute, n),
    severe: atLeastMetrics(truth, predicted, 3),
    anyRisk: atLeastMetrics(truth, predicted, 1),
    confusion,
  };
}

/** Threshold-free quality of a score for a binary outcome. */
export interface RankingMetrics {
  positives: number;
  negatives: number;
  /** Area under the ROC curve (ties count half). */
  rocAuc: number | null;
  averagePrecision: number | null;
  /** Best precision at any cut with recall ≥ `atRecall` (an oracle cut: for comparison only). */
  precisionAtRecall: number | null;
  /** Lowest false-positive rate at any cut with recall ≥ `atRecall` (oracle cut, likewise). */
  falsePositiveRateAtRecall: number | null;
  atRecall: number;
}

export function rankingMetrics(
  scores: ArrayLike<number>,
  positive: ArrayLike<boolean>,
  atRecall = 0.95,
): RankingMetrics {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (x, y) => (scores[y] as number) - (scores[x] as number) || x - y,
  );
  let positives = 0;
  for (let i = 0; i < positive.length; i += 1) if (positive[i]) positives += 1;
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) {
    return {
      positives,
      negatives,
      rocAuc: null,
      averagePrecision: null,
      precisionAtRecall: null,
      falsePositiveRateAtRecall: null,
      atRecall,
    };
  }
  let tp = 0;
  let fp = 0;
  let aucSum = 0;
  let averagePrecision = 0;
  let bestPrecision = 0;
  let bestFpr = 1;
  let k = 0;
  while (k < order.length) {
    // Items with equal scores are one cut.
    const score = scores[order[k] as number] as number;
    let groupTp = 0;
    let groupFp = 0;
    while (k < order.length && scores[order[k] as number] === score) {
      if (positive[order[k] as number]) groupTp += 1;
      else groupFp += 1;
      k += 1;
    }
    aucSum += groupFp * (tp + groupTp / 2);
    tp += groupTp;
    fp += groupFp;
    const precision = tp / (tp + fp);
    averagePrecision += (groupTp / positives) * precision;
    if (tp / positives >= atRecall) {
      bestPrecision = Math.max(bestPrecision, precision);
      bestFpr = Math.min(bestFpr, fp / negatives);
    }
  }
  return {
    positives,
    negatives,
    rocAuc: aucSum / (positives * negatives),
    averagePrecision,
    precisionAtRecall: bestPrecision,
    falsePositiveRateAtRecall: bestFpr,
    atRecall,
  };
}

/** How far stated probabilities are from observed rates. */
export interface CalibrationMetrics {
  n: number;
  /** Expected calibration error: Σ over equal-width bins of (bin share) × |mean p − hit rate|. */
  ece: number | null;
  /** Mean squared error of p against the 0/1 outcome. */
  brier: number | null;
  /** Per bin (only bins with examples): its range, count, mean p and hit rate. */
  bins: Array<{ from: number; to: number; n: number; meanP: number; hitRate: number }>;
}

export function calibrationMetrics(
  probabilities: ArrayLike<number>,
  outcomes: ArrayLike<number>,
  binCount = 10,
): CalibrationMetrics {
  const n = probabilities.length;
  const sums = Array.from({ length: binCount }, () => ({ n: 0, p: 0, hits: 0 }));
  let squared = 0;
  for (let i = 0; i < n; i += 1) {
    const p = probabilities[i] as number;
    const hit = outcomes[i] === 1 ? 1 : 0;
    const bin = sums[Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)))] as {
      n: number;
      p: number;
      hits: number;
    };
    bin.n += 1;
    bin.p += p;
    bin.hits += hit;
    squared += (p - hit) ** 2;
  }
  const bins = sums
    .map((b, k) => ({
      from: k / binCount,
      to: (k + 1) / binCount,
      n: b.n,
      meanP: b.n === 0 ? 0 : b.p / b.n,
      hitRate: b.n === 0 ? 0 : b.hits / b.n,
    }))
    .filter((b) => b.n > 0);
  const ece =
    n === 0 ? null : bins.reduce((t, b) => t + (b.n / n) * Math.abs(b.meanP - b.hitRate), 0);
  return { n, ece, brier: n === 0 ? null : squared / n, bins };
}
