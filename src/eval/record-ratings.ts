import { TandemError, type HumanRating, type Judgment, type Scenario } from '../core/index.js';
import type { Store } from '../store/index.js';
import { humanJudgmentsFromRatings } from './judges/human.js';
import { scoreScenario } from './scoring.js';

/**
 * Checks every rating refers to a real run, scenario and rubric item, stores them, then recomputes
 * the human judges' judgments and scores of the affected scenarios from all ratings on record. Any
 * unknown reference rejects the whole batch (`source` names it: a file, a rater's form), so nothing
 * is half-recorded. Returns one summary line per run. Used by `tandem ratings import` and the
 * console's rating API.
 */
/** What recording ratings needs from the store (`src/store`'s `Store` fits). */
export type RatingsStore = Pick<
  Store,
  'getRun' | 'runScenarios' | 'saveRatings' | 'ratings' | 'saveJudgeResults' | 'addRunJudges'
>;

export async function recordHumanRatings(
  store: RatingsStore,
  ratings: HumanRating[],
  source: string,
): Promise<string[]> {
  const byRun = new Map<string, HumanRating[]>();
  for (const r of ratings) byRun.set(r.runId, [...(byRun.get(r.runId) ?? []), r]);
  const scenariosByRun = new Map<string, Map<string, Scenario>>();
  const problems: string[] = [];
  for (const runId of byRun.keys()) {
    const run = await store.getRun(runId);
    if (!run) {
      problems.push(`run_id ${runId}: no such run`);
      continue;
    }
    const scenarios = new Map((await store.runScenarios(runId)).map((s) => [s.id, s]));
    scenariosByRun.set(runId, scenarios);
    for (const r of byRun.get(runId) ?? []) {
      const scenario = scenarios.get(r.scenarioId);
      if (!scenario) problems.push(`run ${runId}: scenario_id ${r.scenarioId} is not in this run`);
      else if (!scenario.rubric.some((i) => i.id === r.itemId))
        problems.push(`run ${runId}: scenario ${r.scenarioId} has no rubric item ${r.itemId}`);
    }
  }
  if (problems.length > 0) {
    throw new TandemError(
      'RATINGS_INVALID',
      `${source}: nothing imported:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
    );
  }

  const lines: string[] = [];
  for (const [runId, runRatings] of byRun) {
    await store.saveRatings(runRatings);
    const all = await store.ratings(runId);
    const touched = new Set(runRatings.map((r) => r.scenarioId));
    const judgments = humanJudgmentsFromRatings(all.filter((r) => touched.has(r.scenarioId)));
    const scenarios = scenariosByRun.get(runId) as Map<string, Scenario>;
    const groups = new Map<string, Judgment[]>();
    for (const j of judgments) {
      const key = `${j.scenarioId}\u0000${j.judge}`;
      groups.set(key, [...(groups.get(key) ?? []), j]);
    }
    const results = [...groups.values()].map((group) => {
      const first = group[0] as Judgment;
      const scenario = scenarios.get(first.scenarioId) as Scenario;
      return {
        scenarioId: first.scenarioId,
        judgments: group,
        scores: scoreScenario({ runId, scenario, judge: first.judge, judgments: group }),
      };
    });
    await store.saveJudgeResults(runId, results);
    const judges = [...new Set(judgments.map((j) => j.judge))];
    await store.addRunJudges(runId, judges);
    lines.push(
      `${runId}: ${runRatings.length} ratings on ${touched.size} scenarios from ${new Set(runRatings.map((r) => r.raterId)).size} rater(s); judges ${judges.sort().join(', ')}`,
    );
  }
  return lines;
}
