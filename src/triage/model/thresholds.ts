/**
 * From calibrated P(cssrs ≥ t) to one level, and choosing the cut-offs θ_t. The model's level is
 * the largest t with P(cssrs ≥ t) ≥ θ_t (0 when none passes). θ is tuned on out-of-fold
 * predictions of the *training* data only: best exact agreement with the true levels, optionally
 * subject to minimum recalls for "any risk" (≥ 1) and "severe" (≥ 3), the two decisions the
 * issue's targets are about (where missing a person at risk costs more than a false alarm).
 */
import { atLeastMetrics } from './metrics.js';

export const ORDINAL_HEADS = 6;

/** θ_1..θ_6 (index 0 is t = 1). */
export type Thresholds = [number, number, number, number, number, number];

export interface ThresholdPolicy {
  /** Minimum out-of-fold recall of "cssrs ≥ 1". */
  anyRiskRecall: number;
  /** Minimum out-of-fold recall of "cssrs ≥ 3". */
  severeRecall: number;
}

/** A named set of cut-offs and the aims it was tuned for. */
export interface OperatingPointPolicy extends ThresholdPolicy {
  name: string;
}

/**
 * The operating points a model is trained with:
 * - `agreement`: the best single-level estimate (no recall aim). The primary one: the triage
 *   combines the model with rules by taking the maximum, so a component biased towards recall
 *   would add its false alarms to every message; recall aims belong to the combined system.
 * - `recall`: aims a point above the 0.95 recall targets (a cut that just reaches 0.95 out
 *   of fold falls below it on about half of unseen samples), for use as a screener on its own.
 */
export const DEFAULT_OPERATING_POINTS: readonly OperatingPointPolicy[] = [
  { name: 'agreement', anyRiskRecall: 0, severeRecall: 0 },
  { name: 'recall', anyRiskRecall: 0.96, severeRecall: 0.96 },
];

export const DEFAULT_THRESHOLD_POLICY: ThresholdPolicy = { anyRiskRecall: 0, severeRecall: 0 };

/** The level for one text's calibrated, non-increasing P(≥ t) (t = 1..6). */
export function levelFromProbabilities(
  atLeast: ArrayLike<number>,
  thresholds: ArrayLike<number>,
): number {
  for (let t = ORDINAL_HEADS; t >= 1; t -= 1) {
    if ((atLeast[t - 1] as number) >= (thresholds[t - 1] as number)) return t;
  }
  return 0;
}

/** Levels for `n` texts whose probabilities are stored row-major (n × 6) in `probabilities`. */
export function levelsFromProbabilities(
  probabilities: Float64Array,
  thresholds: ArrayLike<number>,
): Int32Array {
  const n = probabilities.length / ORDINAL_HEADS;
  const levels = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    levels[i] = levelFromProbabilities(
      probabilities.subarray(i * ORDINAL_HEADS, (i + 1) * ORDINAL_HEADS),
      thresholds,
    );
  }
  return levels;
}

const GRID: number[] = Array.from({ length: 99 }, (_, k) => (k + 1) / 100);

/**
 * Coordinate search over θ on a 0.01 grid, starting from 0.5 everywhere: each round tries every
 * grid value for each θ_t in turn and keeps the best; stops when a round changes nothing.
 * Deterministic (ties keep the earlier value).
 */
export function tuneThresholds(
  probabilities: Float64Array,
  truth: ArrayLike<number>,
  policy: ThresholdPolicy = DEFAULT_THRESHOLD_POLICY,
): Thresholds {
  const thresholds: Thresholds = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  let hasAny = false;
  let hasSevere = false;
  for (let i = 0; i < truth.length; i += 1) {
    if ((truth[i] as number) >= 1) hasAny = true;
    if ((truth[i] as number) >= 3) hasSevere = true;
  }
  const score = (): number => {
    const levels = levelsFromProbabilities(probabilities, thresholds);
    let exact = 0;
    let absolute = 0;
    for (let i = 0; i < levels.length; i += 1) {
      const difference = Math.abs((levels[i] as number) - (truth[i] as number));
      if (difference === 0) exact += 1;
      absolute += difference;
    }
    const n = Math.max(1, levels.length);
    let value = exact / n - (0.001 * absolute) / n;
    // A shortfall in recall outweighs any gain in agreement.
    if (hasAny)
      value -=
        10 * Math.max(0, policy.anyRiskRecall - (atLeastMetrics(truth, levels, 1).recall ?? 1));
    if (hasSevere)
      value -=
        10 * Math.max(0, policy.severeRecall - (atLeastMetrics(truth, levels, 3).recall ?? 1));
    return value;
  };
  let best = score();
  for (let round = 0; round < 20; round += 1) {
    let changed = false;
    for (let t = 0; t < ORDINAL_HEADS; t += 1) {
      const kept = thresholds[t] as number;
      let bestValue = kept;
      for (const candidate of GRID) {
        thresholds[t] = candidate;
        const value = score();
        if (value > best + 1e-12) {
          best = value;
          bestValue = candidate;
        }
      }
      thresholds[t] = bestValue;
      if (bestValue !== kept) changed = true;
    }
    if (!changed) break;
  }
  return thresholds;
}
