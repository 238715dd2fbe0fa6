import { invalidValue, tooLittleData, undefinedStatistic } from './errors.js';

/** A category two raters can assign: compared with `===` (so `1` and `'1'` differ). */
export type Category = string | number | boolean;

/**
 * How much a disagreement between categories i and j (positions in the ordered category list of
 * length k) counts:
 * - unweighted (no `weights`): w_ij = 0 if i = j, else 1 (Cohen 1960; any order of categories);
 * - `linear`:    w_ij = |i − j| / (k − 1);
 * - `quadratic`: w_ij = (i − j)² / (k − 1)² (Cohen 1968; for ordinal categories).
 */
export type KappaWeights = 'linear' | 'quadratic';

export interface CohenKappaOptions {
  weights?: KappaWeights;
  /**
   * The categories in order. Needed for weighted κ unless every value is a number (then numeric
   * order is used); for weighted κ, unobserved categories in this list still count in k and in
   * the distances. Values outside the list are an error.
   */
  categories?: readonly Category[];
}

/**
 * Cohen's κ for two raters over the same units: `a[i]` and `b[i]` are the two ratings of unit i.
 *
 *   κ_w = 1 − Σ_ij w_ij p_ij / Σ_ij w_ij p_i· p_·j
 *
 * where p_ij is the share of units rated i by the first rater and j by the second, p_i· and p_·j
 * are the two raters' marginal shares and w_ij the disagreement weight ({@link KappaWeights}).
 * Unweighted, this is the familiar κ = (p_o − p_e) / (1 − p_e). 1 is perfect agreement, 0 what
 * chance gives with these marginals, below 0 worse than chance.
 *
 * Throws `INPUT_INVALID` with no pairs, and when the denominator is 0 (both raters used one and
 * the same category for every unit: chance already explains all the agreement).
 */
export function cohenKappa(
  a: readonly Category[],
  b: readonly Category[],
  options: CohenKappaOptions = {},
): number {
  const n = sameLength("Cohen's κ", a, b);
  return cohenKappaOfCounts(a, b, new Float64Array(n).fill(1), options);
}

/**
 * {@link cohenKappa} where unit u counts `counts[u]` times (0 leaves it out). The bootstrap uses
 * this on the distinct rating pairs of a large sample, so a resample costs the number of distinct
 * pairs rather than the number of units. Categories of zero-count units still define the order.
 */
export function cohenKappaOfCounts(
  a: readonly Category[],
  b: readonly Category[],
  counts: ArrayLike<number>,
  options: CohenKappaOptions = {},
): number {
  const statistic = "Cohen's κ";
  const weighting = options.weights ?? 'unweighted';
  const units = sameLength(statistic, a, b);
  const categories = orderedCategories(statistic, a, b, weighting, options.categories);
  const k = categories.length;
  const index = new Map<Category, number>(categories.map((c, i) => [c, i]));

  const joint = new Float64Array(k * k);
  const rowTotals = new Float64Array(k);
  const columnTotals = new Float64Array(k);
  let n = 0;
  for (let u = 0; u < units; u++) {
    const count = counts[u] as number;
    if (count === 0) continue;
    const i = index.get(a[u] as Category);
    const j = index.get(b[u] as Category);
    if (i === undefined || j === undefined) {
      const missing = i === undefined ? a[u] : b[u];
      throw invalidValue(statistic, `${JSON.stringify(missing)} is not one of the categories`);
    }
    joint[i * k + j]! += count;
    rowTotals[i]! += count;
    columnTotals[j]! += count;
    n += count;
  }
  if (n === 0) throw tooLittleData(statistic, 'at least one unit rated by both raters');

  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = disagreementWeight(weighting, i, j, k);
      if (w === 0) continue;
      observed += (w * (joint[i * k + j] as number)) / n;
      expected += (w * (rowTotals[i] as number) * (columnTotals[j] as number)) / (n * n);
    }
  }
  if (expected === 0) {
    throw undefinedStatistic(
      statistic,
      'both raters gave every unit the same single category, so chance explains all agreement',
    );
  }
  return 1 - observed / expected;
}

/** Share of units whose two ratings are equal: the raw agreement κ corrects for chance. */
export function percentAgreement(a: readonly Category[], b: readonly Category[]): number {
  return percentAgreementOfCounts(a, b, new Float64Array(a.length).fill(1));
}

/** {@link percentAgreement} where unit u counts `counts[u]` times. */
export function percentAgreementOfCounts(
  a: readonly Category[],
  b: readonly Category[],
  counts: ArrayLike<number>,
): number {
  const units = sameLength('Percent agreement', a, b);
  let same = 0;
  let n = 0;
  for (let u = 0; u < units; u++) {
    const count = counts[u] as number;
    n += count;
    if (a[u] === b[u]) same += count;
  }
  if (n === 0) throw tooLittleData('Percent agreement', 'at least one unit rated by both raters');
  return same / n;
}

function sameLength(statistic: string, a: readonly Category[], b: readonly Category[]): number {
  if (a.length !== b.length)
    throw invalidValue(
      statistic,
      `the two raters' lists differ in length (${a.length} and ${b.length}); give both ratings of every unit`,
    );
  return a.length;
}

type KappaWeighting = 'unweighted' | KappaWeights;

function disagreementWeight(weighting: KappaWeighting, i: number, j: number, k: number): number {
  if (i === j) return 0;
  if (weighting === 'unweighted') return 1;
  const distance = Math.abs(i - j) / (k - 1);
  return weighting === 'linear' ? distance : distance * distance;
}

function orderedCategories(
  statistic: string,
  a: readonly Category[],
  b: readonly Category[],
  weighting: KappaWeighting,
  given: readonly Category[] | undefined,
): Category[] {
  if (given !== undefined) {
    if (new Set(given).size !== given.length)
      throw invalidValue(statistic, 'the category list repeats a category');
    return [...given];
  }
  const observed = [...new Set([...a, ...b])];
  if (weighting === 'unweighted') return observed;
  if (!observed.every((c) => typeof c === 'number'))
    throw invalidValue(
      statistic,
      `${weighting} weighting needs ordered categories: give them in order, or use numbers`,
    );
  return (observed as number[]).sort((a, b) => a - b);
}
