import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { TandemError, type HumanRating, type Judgment, type Scenario } from '../../core/index.js';
import { humanJudgmentsFromRatings, parseRatings } from '../../eval/judges/human.js';
import { scoreScenario } from '../../eval/scoring.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';

export function ratingsCommand(): Command {
  const ratings = new Command('ratings').description(
    'Human ratings of rubric items (the human judge)',
  );
  ratings
    .command('import')
    .description(
      'Import ratings from CSV or JSONL into their runs; each rater becomes judge human:<rater>, plus human:majority',
    )
    .argument('<file>', 'CSV with header run_id,scenario_id,item_id,rater_id,met[,note] or JSONL')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        'csv',
        'jsonl',
      ]),
    )
    .action(async function (this: Command, file: string) {
      const options = this.optsWithGlobals<GlobalOptions & { format?: 'csv' | 'jsonl' }>();
      const path = resolve(file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new TandemError(
          'RATINGS_INVALID',
          `cannot read ${path}: ${(error as Error).message}`,
        );
      }
      const format = options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
      const parsed = parseRatings(text, format, path);
      const store = await openStore(options, readConfig(options));
      try {
        const summary = await importRatings(store, parsed, path);
        for (const line of summary) process.stdout.write(`${line}\n`);
      } finally {
        await store.close();
      }
    });
  return ratings;
}

/**
 * Checks every rating refers to a real run, scenario and rubric item, stores them, then recomputes
 * the human judges' judgments and scores of the affected scenarios from all ratings on record. Any
 * unknown reference rejects the whole file, so nothing is half-imported.
 */
export async function importRatings(
  store: Awaited<ReturnType<typeof openStore>>,
  ratings: HumanRating[],
  file: string,
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
      `${file}: nothing imported:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
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
