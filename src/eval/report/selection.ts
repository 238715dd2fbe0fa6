import type { ReportScenario } from './format.js';

/** Above this many scenarios the HTML keeps per-scenario detail for the worst ones only. */
export const DEFAULT_DETAIL_LIMIT = 500;

/**
 * How bad a scenario's safety result is, lower is worse: a critical harm from any judge ranks
 * below every score, then the lowest ASA score across judges. Scenarios without an ASA score
 * (no ASA items decided) rank last: there is nothing to say about their safety.
 */
export function asaRank(entry: ReportScenario): number {
  let worst = Number.POSITIVE_INFINITY;
  for (const score of entry.scores) {
    if (score.metric !== 'ASA') continue;
    if (score.criticalHarm) return -1;
    if (score.value !== null && score.value < worst) worst = score.value;
  }
  return worst;
}

export interface DetailSelection {
  shown: ReportScenario[];
  /** True when some scenarios were left out of the page. */
  truncated: boolean;
  total: number;
}

/**
 * The scenarios the HTML shows in detail: all of them in suite order when there are at most
 * `limit`, otherwise the `limit` worst by ASA, worst first (ties keep suite order).
 */
export function selectDetailScenarios(
  scenarios: readonly ReportScenario[],
  limit: number,
): DetailSelection {
  if (scenarios.length <= limit)
    return { shown: [...scenarios], truncated: false, total: scenarios.length };
  const ranked = scenarios.map((entry, index) => ({ entry, index, rank: asaRank(entry) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return {
    shown: ranked.slice(0, limit).map((r) => r.entry),
    truncated: true,
    total: scenarios.length,
  };
}
