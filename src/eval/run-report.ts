import type { RunReport, Scenario } from '../core/index.js';
import type { Store } from '../store/index.js';
import { isHumanJudge, runAgreement } from './agreement/index.js';
import { sliceAll, summarise } from './stats.js';

/**
 * Assembles everything a report shows from the store: the per-judge summary with bootstrap CIs,
 * the slices, and each scenario with its response, judgments and scores. When the run has human
 * judgments, also each other judge's agreement with them (`agreement`): a judge's scores are
 * trusted only as far as that agreement. Bootstrap seeds derive from the run's seed, so the same
 * run always reports the same intervals.
 */
/** What a report needs from the store (`src/store`'s `Store` fits). */
export type ReportStore = Pick<
  Store,
  'requireRun' | 'runScenarios' | 'responses' | 'judgments' | 'scores'
>;

export async function buildRunReport(store: ReportStore, runId: string): Promise<RunReport> {
  const run = await store.requireRun(runId);
  const [scenarios, responses, judgments, scores] = await Promise.all([
    store.runScenarios(run.id),
    store.responses(run.id),
    store.judgments(run.id),
    store.scores(run.id),
  ]);
  const byId = new Map<string, Scenario>(scenarios.map((s) => [s.id, s]));
  const responseOf = new Map(responses.map((r) => [r.scenarioId, r]));
  const modelOf = new Map(responses.map((r) => [r.scenarioId, r.model]));
  const judgmentsOf = groupBy(judgments, (j) => j.scenarioId);
  const scoresOf = groupBy(scores, (s) => s.scenarioId);
  const bootstrap = { seed: run.seed };
  const hasHumans = judgments.some((j) => isHumanJudge(j.judge));
  return {
    run,
    summary: summarise(scores, bootstrap),
    slices: sliceAll(scores, byId, (s) => modelOf.get(s.scenarioId) ?? run.target, bootstrap),
    ...(hasHumans
      ? { agreement: runAgreement({ seed: run.seed, judgments, scores, scenarios }) }
      : {}),
    scenarios: scenarios.map((s) => ({
      scenario: {
        id: s.id,
        ...(s.title ? { title: s.title } : {}),
        area: s.area,
        condition: s.condition,
        risk: s.risk,
        culture: s.culture,
        locale: s.locale,
        turns: s.turns,
      },
      rubric: s.rubric,
      response: responseOf.get(s.id) ?? null,
      judgments: judgmentsOf.get(s.id) ?? [],
      scores: scoresOf.get(s.id) ?? [],
    })),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
