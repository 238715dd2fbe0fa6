import type { Metric } from './domain.js';

/**
 * How far judges agree with the human raters of a run, and the raters with each other, as reports
 * and `tandem agreement` show it. Computed by `src/eval/agreement` (`runAgreement`).
 */

/** One agreement statistic with its percentile-bootstrap interval over units. */
export interface AgreementValue {
  /** The statistic on all units; null when it is undefined or there is too little data. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** Resamples on which the statistic was undefined and which the interval therefore skips. */
  skipped: number;
  /** Why `value` is null, in words a reader can act on. */
  reason?: string;
}

/** Agreement of two judges on the `met` decisions of rubric items both decided. */
export interface ItemAgreementRow {
  judges: [string, string];
  /** The items of one metric, or every item (`all`). */
  metric: Metric | 'all';
  /** Items both judges decided (neither abstained). */
  n: number;
  percentAgreement: AgreementValue;
  cohenKappa: AgreementValue;
  alphaNominal: AgreementValue;
}

/** Agreement of two judges on per-scenario metric scores (0–100) both computed. */
export interface ScoreAgreementRow {
  judges: [string, string];
  metric: Metric;
  /** Scenarios both judges scored. */
  n: number;
  spearman: AgreementValue;
  icc21: AgreementValue;
  alphaInterval: AgreementValue;
}

/** Agreement among the human raters (`human:<rater>`, not the majority) on items. */
export interface RaterItemRow {
  metric: Metric | 'all';
  raters: string[];
  /** Items rated by at least two raters. */
  n: number;
  fleissKappa: AgreementValue;
  alphaNominal: AgreementValue;
}

/** Agreement among the human raters on per-scenario scores. */
export interface RaterScoreRow {
  metric: Metric;
  raters: string[];
  /** Scenarios scored by at least two raters (α uses these). */
  n: number;
  /** Scenarios scored by every rater (ICC needs a complete table). */
  complete: number;
  alphaInterval: AgreementValue;
  icc21: AgreementValue;
}

export interface RunAgreement {
  /** The judge the others are compared with by default (`human:majority`). */
  reference: string;
  resamples: number;
  confidence: number;
  items: ItemAgreementRow[];
  scores: ScoreAgreementRow[];
  raterItems: RaterItemRow[];
  raterScores: RaterScoreRow[];
}
