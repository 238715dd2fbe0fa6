import { invalidValue, tooLittleData, undefinedStatistic } from './errors.js';

/**
 * Intraclass correlations of Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing
 * rater reliability", Psychological Bulletin 86(2). Input: n targets (rows) × k judges (columns),
 * complete. From the two-way ANOVA mean squares
 *
 *   BMS = k Σ_i (x̄_i· − x̄)² / (n − 1)                 between targets
 *   JMS = n Σ_j (x̄_·j − x̄)² / (k − 1)                 between judges
 *   EMS = (SS_total − SS_targets − SS_judges) / ((n − 1)(k − 1))   residual
 *   WMS = (SS_total − SS_targets) / (n (k − 1))       within targets (one-way)
 *
 * - ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)                 each target its own judges
 * - ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)  random judges, absolute agreement
 * - ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)                 fixed judges, consistency
 * - ICC(1,k) = (BMS − WMS) / BMS;  ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n);
 *   ICC(3,k) = (BMS − EMS) / BMS   — the reliability of the mean of the k judges.
 */
export interface IntraclassCorrelations {
  icc11: number;
  icc21: number;
  icc31: number;
  icc1k: number;
  icc2k: number;
  icc3k: number;
  targets: number;
  judges: number;
}

export type IccForm = 'icc11' | 'icc21' | 'icc31' | 'icc1k' | 'icc2k' | 'icc3k';

export const ICC_LABELS: Record<IccForm, string> = {
  icc11: 'ICC(1,1)',
  icc21: 'ICC(2,1)',
  icc31: 'ICC(3,1)',
  icc1k: 'ICC(1,k)',
  icc2k: 'ICC(2,k)',
  icc3k: 'ICC(3,k)',
};

interface MeanSquares {
  bms: number;
  jms: number;
  ems: number;
  wms: number;
  n: number;
  k: number;
}

/**
 * All six forms at once from a complete targets × judges table. Throws `INPUT_INVALID` with fewer
 * than two targets or judges, a ragged table, a non-finite value, or when a form's denominator is 0
 * (no variance between targets to apportion).
 */
export function intraclassCorrelations(
  table: ReadonlyArray<ReadonlyArray<number>>,
): IntraclassCorrelations {
  const squares = meanSquares(checkedTable(table), new Float64Array(table.length).fill(1));
  return {
    icc11: formValue(squares, 'icc11'),
    icc21: formValue(squares, 'icc21'),
    icc31: formValue(squares, 'icc31'),
    icc1k: formValue(squares, 'icc1k'),
    icc2k: formValue(squares, 'icc2k'),
    icc3k: formValue(squares, 'icc3k'),
    targets: squares.n,
    judges: squares.k,
  };
}

/** One form, for callers (and bootstraps) that need a single number. */
export function intraclassCorrelation(
  table: ReadonlyArray<ReadonlyArray<number>>,
  form: IccForm,
): number {
  return intraclassCorrelationOfCounts(table, new Float64Array(table.length).fill(1), form);
}

/** {@link intraclassCorrelation} where target i counts `counts[i]` times (0 leaves it out). */
export function intraclassCorrelationOfCounts(
  table: ReadonlyArray<ReadonlyArray<number>>,
  counts: ArrayLike<number>,
  form: IccForm,
): number {
  return prepareIccOfCounts(table, form)(counts);
}

/** {@link intraclassCorrelationOfCounts} with the table checked once, for bootstraps. */
export function prepareIccOfCounts(
  table: ReadonlyArray<ReadonlyArray<number>>,
  form: IccForm,
): (counts: ArrayLike<number>) => number {
  const checked = checkedTable(table);
  return (counts) => formValue(meanSquares(checked, counts), form);
}

interface CheckedTable {
  /** Row-major values: target i, judge j at i * k + j. */
  values: Float64Array;
  targets: number;
  k: number;
}

function checkedTable(table: ReadonlyArray<ReadonlyArray<number>>): CheckedTable {
  const statistic = 'ICC';
  const k = table[0]?.length ?? 0;
  const values = new Float64Array(table.length * k);
  for (const [i, row] of table.entries()) {
    if (row.length !== k)
      throw invalidValue(statistic, `target ${i} has ${row.length} ratings, target 0 has ${k}`);
    for (let j = 0; j < k; j++) {
      const v = row[j] as number;
      if (!Number.isFinite(v))
        throw invalidValue(statistic, `target ${i} holds a value that is not a finite number`);
      values[i * k + j] = v;
    }
  }
  return { values, targets: table.length, k };
}

function meanSquares({ values, targets, k }: CheckedTable, counts: ArrayLike<number>): MeanSquares {
  const statistic = 'ICC';
  let n = 0;
  let grand = 0;
  for (let i = 0; i < targets; i++) {
    const weight = counts[i] as number;
    if (weight === 0) continue;
    n += weight;
    for (let j = 0; j < k; j++) grand += weight * (values[i * k + j] as number);
  }
  if (n < 2) throw tooLittleData(statistic, 'at least two targets rated by every judge');
  if (k < 2) throw tooLittleData(statistic, 'at least two judges rating every target');
  grand /= n * k;

  let ssTotal = 0;
  let ssTargets = 0;
  const judgeSums = new Float64Array(k);
  for (let i = 0; i < targets; i++) {
    const weight = counts[i] as number;
    if (weight === 0) continue;
    let rowSum = 0;
    for (let j = 0; j < k; j++) {
      const v = values[i * k + j] as number;
      ssTotal += weight * (v - grand) ** 2;
      rowSum += v;
      judgeSums[j]! += weight * v;
    }
    ssTargets += weight * k * (rowSum / k - grand) ** 2;
  }
  let ssJudges = 0;
  for (const sum of judgeSums) ssJudges += n * (sum / n - grand) ** 2;
  return {
    bms: ssTargets / (n - 1),
    jms: ssJudges / (k - 1),
    // Rounding can leave a tiny negative residual when the fit is exact; it is 0.
    ems: Math.max(0, ssTotal - ssTargets - ssJudges) / ((n - 1) * (k - 1)),
    wms: Math.max(0, ssTotal - ssTargets) / (n * (k - 1)),
    n,
    k,
  };
}

function formValue({ bms, jms, ems, wms, n, k }: MeanSquares, form: IccForm): number {
  const [numerator, denominator] = {
    icc11: [bms - wms, bms + (k - 1) * wms],
    icc21: [bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n],
    icc31: [bms - ems, bms + (k - 1) * ems],
    icc1k: [bms - wms, bms],
    icc2k: [bms - ems, bms + (jms - ems) / n],
    icc3k: [bms - ems, bms],
  }[form] as [number, number];
  if (denominator === 0)
    throw undefinedStatistic(
      ICC_LABELS[form],
      'the ratings have no variance between targets to apportion',
    );
  return numerator / denominator;
}
