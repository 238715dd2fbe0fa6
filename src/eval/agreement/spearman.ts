import { invalidValue, tooLittleData, undefinedStatistic } from './errors.js';

/**
 * Spearman's rank correlation ρ of paired values: the Pearson correlation of their ranks, where
 * tied values share the average of the ranks they span (so ties need no correction term):
 *
 *   ρ = Σ (r_i − r̄)(s_i − s̄) / √(Σ (r_i − r̄)² · Σ (s_i − s̄)²)
 *
 * Without ties this equals 1 − 6 Σ d_i² / (n (n² − 1)). Throws `INPUT_INVALID` with fewer than two
 * pairs, or when one side has no variation (all its values tie).
 */
export function spearmanRho(pairs: ReadonlyArray<readonly [number, number]>): number {
  const statistic = "Spearman's ρ";
  if (pairs.length < 2) throw tooLittleData(statistic, 'at least two paired values');
  const x = new Float64Array(pairs.length);
  const y = new Float64Array(pairs.length);
  pairs.forEach(([a, b], i) => {
    if (!Number.isFinite(a) || !Number.isFinite(b))
      throw invalidValue(statistic, `pair ${i} holds a value that is not a finite number`);
    x[i] = a;
    y[i] = b;
  });
  return pearson(statistic, averageRanks(x), averageRanks(y));
}

/**
 * {@link spearmanRho} of distinct pairs where pair p counts `counts[p]` times, prepared once: each
 * side's distinct values are sorted here, so every call ranks by cumulative counts in linear time
 * (a tie group of c values after `before` smaller ones has average rank before + (c + 1) / 2).
 */
export function prepareSpearmanOfCounts(
  pairs: ReadonlyArray<readonly [number, number]>,
): (counts: ArrayLike<number>) => number {
  const statistic = "Spearman's ρ";
  pairs.forEach(([a, b], i) => {
    if (!Number.isFinite(a) || !Number.isFinite(b))
      throw invalidValue(statistic, `pair ${i} holds a value that is not a finite number`);
  });
  const x = groupsOf(pairs.map((p) => p[0]));
  const y = groupsOf(pairs.map((p) => p[1]));
  const xCounts = new Float64Array(x.size);
  const yCounts = new Float64Array(y.size);
  const xRanks = new Float64Array(x.size);
  const yRanks = new Float64Array(y.size);
  return (counts) => {
    xCounts.fill(0);
    yCounts.fill(0);
    let n = 0;
    for (let p = 0; p < pairs.length; p++) {
      const c = counts[p] as number;
      xCounts[x.group[p] as number]! += c;
      yCounts[y.group[p] as number]! += c;
      n += c;
    }
    if (n < 2) throw tooLittleData(statistic, 'at least two paired values');
    averageRanksOfGroups(xCounts, xRanks);
    averageRanksOfGroups(yCounts, yRanks);
    const mean = (n + 1) / 2;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let p = 0; p < pairs.length; p++) {
      const c = counts[p] as number;
      if (c === 0) continue;
      const dx = (xRanks[x.group[p] as number] as number) - mean;
      const dy = (yRanks[y.group[p] as number] as number) - mean;
      sxy += c * dx * dy;
      sxx += c * dx * dx;
      syy += c * dy * dy;
    }
    if (sxx === 0 || syy === 0)
      throw undefinedStatistic(
        statistic,
        'the values of one side all tie, so they have no ranks to correlate',
      );
    return sxy / Math.sqrt(sxx * syy);
  };
}

/** Each value's group: the position of its value among the sorted distinct values. */
function groupsOf(values: readonly number[]): { group: Int32Array; size: number } {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const position = new Map(distinct.map((v, i) => [v, i]));
  return {
    group: Int32Array.from(values, (v) => position.get(v) as number),
    size: distinct.length,
  };
}

function averageRanksOfGroups(counts: Float64Array, ranks: Float64Array): void {
  let before = 0;
  for (let g = 0; g < counts.length; g++) {
    const c = counts[g] as number;
    ranks[g] = before + (c + 1) / 2;
    before += c;
  }
}

/** Ranks 1..n; a run of tied values gets the mean of the ranks it occupies. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  // A native numeric sort of a copy, then each value's run of equal values located by binary
  // search: several times faster than sorting indices with a comparator, and bootstraps call this
  // thousands of times.
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const first = lowerBound(sorted, v);
    const end = upperBound(sorted, v, first);
    // Positions first..end−1 hold ranks first+1..end; their mean is (first + 1 + end) / 2.
    ranks[i] = (first + 1 + end) / 2;
  }
  return ranks;
}

function lowerBound(sorted: Float64Array, v: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < v) low = mid + 1;
    else high = mid;
  }
  return low;
}

function upperBound(sorted: Float64Array, v: number, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= v) low = mid + 1;
    else high = mid;
  }
  return low;
}

function pearson(statistic: string, x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0)
    throw undefinedStatistic(
      statistic,
      'the values of one side all tie, so they have no ranks to correlate',
    );
  return sxy / Math.sqrt(sxx * syy);
}
