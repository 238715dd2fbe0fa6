import { isTandemError, TandemError } from '../../core/index.js';
import { mulberry32, quantileSorted } from '../stats.js';

export interface AgreementBootstrapOptions {
  /** Resamples of the units (default 2000). */
  resamples?: number;
  /** Two-sided confidence level in (0, 1) (default 0.95). */
  confidence?: number;
  /** PRNG seed (mulberry32); the same data, statistic and seed always give the same interval. */
  seed?: number;
}

/** A statistic with its percentile-bootstrap interval over units. */
export interface BootstrapEstimate {
  /** The statistic on all units. */
  estimate: number;
  /** Interval bounds; null when fewer than two resamples gave a value. */
  low: number | null;
  high: number | null;
  /** Units the estimate is computed over. */
  n: number;
  resamples: number;
  /**
   * Resamples where the statistic is undefined (e.g. a resample in which every unit has the same
   * category, so κ divides by zero). They are skipped: the interval comes from the others.
   */
  skipped: number;
  confidence: number;
}

export const DEFAULT_RESAMPLES = 2000;
const DEFAULT_SEED = 0xa9ee;

/**
 * Percentile bootstrap over units: draws `resamples` samples of the n units with replacement (so a
 * unit's ratings stay together, and its raters' dependence is kept), computes the statistic on each
 * and reports the (1 − c)/2 and (1 + c)/2 quantiles (linear interpolation between order statistics,
 * R's type 7). Resamples on which the statistic is undefined — it throws `INPUT_INVALID` or returns
 * a non-finite number — are skipped and counted in `skipped`.
 *
 * The estimate itself is computed first on all units; if it is undefined, its `INPUT_INVALID` error
 * propagates, since there is nothing to put an interval around.
 */
export function bootstrapAgreement<U>(
  units: readonly U[],
  statistic: (units: readonly U[]) => number,
  options: AgreementBootstrapOptions = {},
): BootstrapEstimate {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new TandemError(
      'INPUT_INVALID',
      `resamples must be a positive integer, got ${resamples}.`,
    );
  if (!(confidence > 0 && confidence < 1))
    throw new TandemError(
      'INPUT_INVALID',
      `confidence must be between 0 and 1 (exclusive), got ${confidence}.`,
    );
  const estimate = statistic(units);
  if (!Number.isFinite(estimate))
    throw new TandemError('INPUT_INVALID', `The statistic is not a finite number (${estimate}).`);

  const n = units.length;
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const values: number[] = [];
  let skipped = 0;
  const sample: U[] = new Array<U>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = units[Math.floor(random() * n)] as U;
    const value = valueOrUndefined(() => statistic(sample));
    if (value === undefined) skipped++;
    else values.push(value);
  }
  return summarise(estimate, values, { n, resamples, skipped, confidence });
}

/**
 * A statistic of distinct units, each counted `counts[i]` times (0: absent from the sample). It is
 * prepared once for the distinct units (sorting, encoding), then evaluated on every resample.
 */
export type CountedStatistic<U> = (units: readonly U[]) => (counts: Float64Array) => number;

/**
 * {@link bootstrapAgreement} for many statistics of the same units at once, sharing each resample,
 * and fast when units repeat: units with the same `keyOf` are merged into one distinct unit with a
 * count, and a resample only recounts how often each distinct unit was drawn. Ten thousand rubric
 * items rated met/unmet by two judges have at most four distinct units, so a resample costs n
 * draws plus four-unit statistics. The draws are those of {@link bootstrapAgreement} with the same
 * seed, so both give the same intervals.
 *
 * Each statistic's result is its estimate or, when the statistic is undefined on all units, the
 * `INPUT_INVALID` error saying why.
 */
export function bootstrapCounted<U, K extends string>(
  units: readonly U[],
  keyOf: (unit: U) => string,
  statistics: Readonly<Record<K, CountedStatistic<U>>>,
  options: AgreementBootstrapOptions = {},
): Record<K, BootstrapEstimate | TandemError> {
  const { resamples, confidence } = checkedOptions(options);
  const n = units.length;
  const distinct: U[] = [];
  const indexOfKey = new Map<string, number>();
  const distinctOf = new Int32Array(n);
  units.forEach((unit, i) => {
    const key = keyOf(unit);
    let index = indexOfKey.get(key);
    if (index === undefined) {
      index = distinct.length;
      indexOfKey.set(key, index);
      distinct.push(unit);
    }
    distinctOf[i] = index;
  });
  const fullCounts = new Float64Array(distinct.length);
  for (let i = 0; i < n; i++) fullCounts[distinctOf[i] as number]! += 1;

  const names = Object.keys(statistics) as K[];
  const results = {} as Record<K, BootstrapEstimate | TandemError>;
  const live: Array<{
    name: K;
    compute: (counts: Float64Array) => number;
    estimate: number;
    values: number[];
    skipped: number;
  }> = [];
  for (const name of names) {
    try {
      const compute = statistics[name](distinct);
      const estimate = compute(fullCounts);
      if (!Number.isFinite(estimate))
        throw new TandemError(
          'INPUT_INVALID',
          `The statistic is not a finite number (${estimate}).`,
        );
      live.push({ name, compute, estimate, values: [], skipped: 0 });
    } catch (error) {
      if (!isTandemError(error, 'INPUT_INVALID')) throw error;
      results[name] = error;
    }
  }
  if (live.length > 0) {
    // mulberry32 inlined (a closure call per draw costs as much as the draw, and this loop runs
    // resamples × n times); it must stay identical to `mulberry32` in ../stats.ts, so the draws
    // equal bootstrapAgreement's for the same seed.
    let state = (options.seed ?? DEFAULT_SEED) >>> 0;
    const counts = new Float64Array(distinct.length);
    for (let r = 0; r < resamples; r++) {
      counts.fill(0);
      for (let i = 0; i < n; i++) {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = Math.imul(state ^ (state >>> 15), state | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const uniform = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        counts[distinctOf[Math.floor(uniform * n)] as number]! += 1;
      }
      for (const entry of live) {
        const value = valueOrUndefined(() => entry.compute(counts));
        if (value === undefined) entry.skipped++;
        else entry.values.push(value);
      }
    }
  }
  for (const { name, estimate, values, skipped } of live)
    results[name] = summarise(estimate, values, { n, resamples, skipped, confidence });
  return results;
}

function checkedOptions(options: AgreementBootstrapOptions): {
  resamples: number;
  confidence: number;
} {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new TandemError(
      'INPUT_INVALID',
      `resamples must be a positive integer, got ${resamples}.`,
    );
  if (!(confidence > 0 && confidence < 1))
    throw new TandemError(
      'INPUT_INVALID',
      `confidence must be between 0 and 1 (exclusive), got ${confidence}.`,
    );
  return { resamples, confidence };
}

function summarise(
  estimate: number,
  values: number[],
  facts: { n: number; resamples: number; skipped: number; confidence: number },
): BootstrapEstimate {
  values.sort((a, b) => a - b);
  const alpha = 1 - facts.confidence;
  const enough = values.length >= 2;
  return {
    estimate,
    low: enough ? quantileSorted(values, alpha / 2) : null,
    high: enough ? quantileSorted(values, 1 - alpha / 2) : null,
    n: facts.n,
    resamples: facts.resamples,
    skipped: facts.skipped,
    confidence: facts.confidence,
  };
}

function valueOrUndefined(compute: () => number): number | undefined {
  try {
    const value = compute();
    return Number.isFinite(value) ? value : undefined;
  } catch (error) {
    if (isTandemError(error, 'INPUT_INVALID')) return undefined;
    throw error;
  }
}
