/**
 * Agreement statistics: how far judges (builtin, LLM, human) agree with each other and how far
 * human raters agree among themselves. Pure functions; each documents its formula.
 */
export {
  cohenKappa,
  cohenKappaOfCounts,
  percentAgreement,
  percentAgreementOfCounts,
} from './cohen.js';
export type { Category, CohenKappaOptions, KappaWeights } from './cohen.js';
export { fleissKappa, fleissKappaOfCounts } from './fleiss.js';
export {
  krippendorffAlpha,
  krippendorffAlphaOfCounts,
  prepareKrippendorffOfCounts,
} from './krippendorff.js';
export type { MeasurementLevel, ReliabilityUnit } from './krippendorff.js';
export { averageRanks, prepareSpearmanOfCounts, spearmanRho } from './spearman.js';
export {
  ICC_LABELS,
  intraclassCorrelation,
  intraclassCorrelationOfCounts,
  intraclassCorrelations,
  prepareIccOfCounts,
} from './icc.js';
export type { IccForm, IntraclassCorrelations } from './icc.js';
export { bootstrapAgreement, bootstrapCounted, DEFAULT_RESAMPLES } from './bootstrap.js';
export type {
  AgreementBootstrapOptions,
  BootstrapEstimate,
  CountedStatistic,
} from './bootstrap.js';
export type { NoValueReason } from './errors.js';
export {
  defaultPairs,
  isHumanJudge,
  isHumanRater,
  judgesIn,
  runAgreement,
} from './run-agreement.js';
export type { RunAgreementInput, RunAgreementOptions } from './run-agreement.js';
export { parseReliabilityFile } from './reliability-file.js';
export type { ReliabilityData } from './reliability-file.js';
export { reliabilityStatistics } from './reliability.js';
export type { ReliabilityOptions, ReliabilityReport, ReliabilityStatistic } from './reliability.js';
