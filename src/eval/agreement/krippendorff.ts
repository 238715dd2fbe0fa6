import type { Category } from './cohen.js';
import { invalidValue, tooLittleData, undefinedStatistic } from './errors.js';

/** The kind of values: categories without order, ordered ranks, or numbers with distances. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval';

/** One unit's ratings, one entry per rater; `null`/`undefined` where a rater gave none. */
export type ReliabilityUnit<V> = ReadonlyArray<V | null | undefined>;

/**
 * Krippendorff's α by the coincidence-matrix method (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"). Units with fewer than two values are not pairable and are dropped; every
 * other value is pairable. For a unit u with m_u values, each ordered pair of its values (from
 * different raters) adds 1 / (m_u − 1) to the coincidence o_ck of their two values; n_c = Σ_k o_ck
 * and n = Σ_c n_c (the number of pairable values). Then
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 *
 * with the difference function δ² of the level:
 * - nominal:  δ²_ck = 0 if c = k, else 1;
 * - ordinal:  δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², g running over the values in order;
 * - interval: δ²_ck = (c − k)².
 *
 * Nominal values may be any category; ordinal and interval values must be numbers (ordinal uses
 * only their order). Nominal and interval are computed in O(values) from sums of squares, which is
 * the same algebra without building the matrix; ordinal builds it over the distinct values.
 *
 * Throws `INPUT_INVALID` when fewer than two pairable values exist (no unit has two ratings), or
 * when D_e = 0 (all pairable values are equal, so there is no variation to agree about).
 */
export function krippendorffAlpha<V extends Category>(
  units: ReadonlyArray<ReliabilityUnit<V>>,
  level: MeasurementLevel,
): number {
  return krippendorffAlphaOfCounts(units, new Float64Array(units.length).fill(1), level);
}

/**
 * {@link krippendorffAlpha} where unit u counts `counts[u]` times (0 leaves it out): the bootstrap
 * passes the distinct units of a large sample with their resampled counts.
 */
export function krippendorffAlphaOfCounts<V extends Category>(
  units: ReadonlyArray<ReliabilityUnit<V>>,
  counts: ArrayLike<number>,
  level: MeasurementLevel,
): number {
  return prepareKrippendorffOfCounts(units, level)(counts);
}

/**
 * {@link krippendorffAlphaOfCounts} prepared once for a fixed list of units (values checked and
 * missing ones dropped here), then evaluated for any counts: what the bootstrap calls per resample.
 */
export function prepareKrippendorffOfCounts<V extends Category>(
  units: ReadonlyArray<ReliabilityUnit<V>>,
  level: MeasurementLevel,
): (counts: ArrayLike<number>) => number {
  const statistic = `Krippendorff's α (${level})`;
  const pairable: V[][] = [];
  const positions: number[] = [];
  for (const [u, unit] of units.entries()) {
    const values = unit.filter((v): v is V => v !== null && v !== undefined);
    if (values.length < 2) continue;
    if (level !== 'nominal') {
      for (const v of values) {
        if (typeof v !== 'number' || !Number.isFinite(v))
          throw invalidValue(
            statistic,
            `${level} values must be numbers, got ${JSON.stringify(v)}`,
          );
      }
    }
    pairable.push(values);
    positions.push(u);
  }
  const weights = new Array<number>(pairable.length);
  return (counts) => {
    let any = false;
    for (let p = 0; p < positions.length; p++) {
      weights[p] = counts[positions[p] as number] as number;
      if ((weights[p] as number) > 0) any = true;
    }
    if (!any)
      throw tooLittleData(statistic, 'at least one unit with values from two or more raters');
    const { observed, expected } =
      level === 'nominal'
        ? nominalDisagreement(pairable, weights)
        : level === 'interval'
          ? intervalDisagreement(pairable as unknown as number[][], weights)
          : ordinalDisagreement(pairable as unknown as number[][], weights);
    if (expected === 0)
      throw undefinedStatistic(
        statistic,
        'every pairable value is the same, so there is no variation to agree about',
      );
    return 1 - observed / expected;
  };
}

/** α = 1 − observed / expected, with observed = (n − 1) Σ o_ck δ²_ck and expected = Σ n_c n_k δ²_ck. */
interface Disagreement {
  observed: number;
  expected: number;
}

function nominalDisagreement(units: readonly Category[][], weights: number[]): Disagreement {
  let observedPairs = 0;
  let n = 0;
  const totals = new Map<Category, number>();
  for (const [u, values] of units.entries()) {
    const weight = weights[u] as number;
    const m = values.length;
    const counts = new Map<Category, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let sameSquares = 0;
    for (const [c, count] of counts) {
      sameSquares += count * count;
      totals.set(c, (totals.get(c) ?? 0) + weight * count);
    }
    // Σ_{c≠k} n_uc n_uk = m² − Σ_c n_uc²: the ordered pairs of differing values in this unit.
    observedPairs += (weight * (m * m - sameSquares)) / (m - 1);
    n += weight * m;
  }
  let squares = 0;
  for (const total of totals.values()) squares += total * total;
  return { observed: (n - 1) * observedPairs, expected: n * n - squares };
}

function intervalDisagreement(units: readonly number[][], weights: number[]): Disagreement {
  // Σ_{i,j} (v_i − v_j)² over ordered pairs = 2 m Σ v² − 2 (Σ v)². Values are centred first so
  // large offsets (scores near 100) do not cost precision.
  let grand = 0;
  let n = 0;
  for (const [u, values] of units.entries()) {
    const weight = weights[u] as number;
    for (const v of values) grand += weight * v;
    n += weight * values.length;
  }
  const centre = grand / n;
  let observed = 0;
  let sum = 0;
  let sumSquares = 0;
  for (const [u, values] of units.entries()) {
    const weight = weights[u] as number;
    const m = values.length;
    let s = 0;
    let ss = 0;
    for (const raw of values) {
      const v = raw - centre;
      s += v;
      ss += v * v;
    }
    observed += (weight * (2 * m * ss - 2 * s * s)) / (m - 1);
    sum += weight * s;
    sumSquares += weight * ss;
  }
  return { observed: (n - 1) * observed, expected: 2 * n * sumSquares - 2 * sum * sum };
}

function ordinalDisagreement(units: readonly number[][], weights: number[]): Disagreement {
  const marginals = new Map<number, number>();
  for (const [u, values] of units.entries()) {
    const weight = weights[u] as number;
    for (const v of values) marginals.set(v, (marginals.get(v) ?? 0) + weight);
  }
  const ranks = [...marginals.keys()].sort((a, b) => a - b);
  const position = new Map(ranks.map((v, i) => [v, i]));
  const counts = ranks.map((v) => marginals.get(v) as number);
  // cumulative[i] = Σ_{g<i} n_g, so Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c].
  const cumulative = [0];
  for (const count of counts) cumulative.push((cumulative.at(-1) as number) + count);
  const n = cumulative.at(-1) as number;
  const delta = (c: number, k: number): number => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    if (low === high) return 0;
    const between =
      (cumulative[high + 1] as number) -
      (cumulative[low] as number) -
      ((counts[low] as number) + (counts[high] as number)) / 2;
    return between * between;
  };

  let observed = 0;
  for (const [u, values] of units.entries()) {
    const m = values.length;
    let unitSum = 0;
    for (let i = 0; i < m; i++) {
      const c = position.get(values[i] as number) as number;
      for (let j = 0; j < m; j++)
        if (i !== j) unitSum += delta(c, position.get(values[j] as number) as number);
    }
    observed += ((weights[u] as number) * unitSum) / (m - 1);
  }
  let expected = 0;
  for (let c = 0; c < ranks.length; c++)
    for (let k = 0; k < ranks.length; k++)
      expected += (counts[c] as number) * (counts[k] as number) * delta(c, k);
  return { observed: (n - 1) * observed, expected };
}
