import type { Category } from './cohen.js';
import { tooLittleData, undefinedStatistic } from './errors.js';

/**
 * Fleiss' κ for many raters assigning nominal categories. Each unit is the list of categories its
 * raters gave (who gave them does not matter, and missing ratings are simply absent):
 *
 *   P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1))    agreement among the n_i ratings of unit i
 *   P̄  = mean of P_i over units                   observed agreement
 *   p_j = Σ_i n_ij / Σ_i n_i                       overall share of category j
 *   P̄_e = Σ_j p_j²                                 chance agreement
 *   κ  = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * With the same number of raters per unit this is exactly Fleiss (1971). With a varying number
 * n_i, each unit's P_i is still the share of agreeing rater pairs within it and every unit weighs
 * the same in P̄, while p_j pools all ratings; units with fewer than two ratings say nothing about
 * agreement and are left out (of P̄ and of p_j alike).
 *
 * Throws `INPUT_INVALID` when no unit has two ratings, or when every rating is the same category
 * (P̄_e = 1).
 */
export function fleissKappa(units: ReadonlyArray<ReadonlyArray<Category>>): number {
  return fleissKappaOfCounts(units, new Float64Array(units.length).fill(1));
}

/** {@link fleissKappa} where unit u counts `counts[u]` times (0 leaves it out). */
export function fleissKappaOfCounts(
  units: ReadonlyArray<ReadonlyArray<Category>>,
  counts: ArrayLike<number>,
): number {
  const statistic = "Fleiss' κ";
  let usable = 0;
  let agreementSum = 0;
  let ratingTotal = 0;
  const categoryTotals = new Map<Category, number>();
  for (const [u, ratings] of units.entries()) {
    const n = ratings.length;
    const weight = counts[u] as number;
    if (n < 2 || weight === 0) continue;
    usable += weight;
    const byCategory = new Map<Category, number>();
    for (const c of ratings) byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
    let agreeingPairs = 0;
    for (const [c, count] of byCategory) {
      agreeingPairs += count * (count - 1);
      categoryTotals.set(c, (categoryTotals.get(c) ?? 0) + weight * count);
    }
    agreementSum += (weight * agreeingPairs) / (n * (n - 1));
    ratingTotal += weight * n;
  }
  if (usable === 0) throw tooLittleData(statistic, 'at least one unit with two or more ratings');
  const observed = agreementSum / usable;
  let chance = 0;
  for (const total of categoryTotals.values()) chance += (total / ratingTotal) ** 2;
  if (chance >= 1)
    throw undefinedStatistic(
      statistic,
      'every rating is the same category, so chance explains all agreement',
    );
  return (observed - chance) / (1 - chance);
}
