/**
 * Tunes the model policy's bars (`MODEL_POLICY` in src/triage/combine.ts: how far the model may
 * move C-SSRS on its own) on out-of-fold triages, and prints the policy to ship. Run it whenever
 * the model is retrained on other data: the bars of one model do not fit another.
 *
 * Every text is triaged by the full engine with a model that never trained on it:
 * - the project files the model trains on (`--data`, default `TRIAGE_TRAINING_FILES`), five folds,
 *   each model trained on the other four plus the C-SSRS CSV (as the shipped model is);
 * - the C-SSRS Reddit CSV (`--cssrs`, optional; Patil, Tao & Gedhu 2025, CC BY 4.0), five folds,
 *   each model trained on the other four plus the project files.
 * The fold models are those of bench/triage/train-cv.ts, cssrs-cv.ts and calibrate-triage.ts
 * (same folds, same cache), so a model already cross-validated trains nothing here.
 *
 * The search is coordinate-wise over a grid per bar, from the shipped policy. A policy qualifies
 * when it raises no more false alarms on the project's benign and lookalike texts than the shipped
 * policy does on the same folds (or `--max-false-alarms`, a rate) and, on the CSV, keeps severity ≥
 * 3 precision ≥ 0.75 and any-risk false-positive rate ≤ 0.15 (issue 3's operating point). Among
 * qualifying policies it maximises crises found (project crisis texts plus CSV severity ≥ 3 posts),
 * then any risk found, then fewer false alarms.
 *
 *   npx tsx scripts/tune-model-policy.ts --cssrs ../shared/data/cssrs-reddit-dev.csv \
 *     [--data a.jsonl,b.jsonl] [--max-false-alarms 0.036] [--keep contextMinimum,capAlone] \
 *     [--cache /tmp/tandem-triage-cv] [--out report.json]
 *
 * `--keep` holds the named bars at their shipped values (docs/triage.md says which are held and why).
 *
 * It prints aggregate numbers and the chosen bars only (no text). The unit tests' lookalikes are
 * not part of the search: run `npx vitest run test/triage` on the chosen policy before shipping it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseCommandArgs } from '../bench/cli-args.js';
import type { Cssrs, RiskLevel } from '../src/core/index.js';
import {
  createTriage,
  MODEL_POLICY,
  type ModelPolicy,
  type TriageEngine,
} from '../src/triage/index.js';
import type { TrainedRiskModel } from '../src/triage/model/model.js';
import { cachedFoldModels, type FoldModels } from '../src/triage/model/training-cache.js';
import {
  defaultTrainingData,
  examplesFromCssrs,
  examplesFromTriage,
  readCssrsCsv,
  readTriageFiles,
} from '../src/triage/model/training-data.js';

const SEED = 1;
const FOLDS = 5;
const CRISIS = new Set<RiskLevel>(['high', 'imminent']);
const SEVERE_PRECISION_FLOOR = 0.75;
const ANY_RISK_FPR_CEILING = 0.15;

/** The bars searched and the values tried for each (the shipped value is always tried too). */
const GRID: Record<string, readonly number[]> = {
  aloneMinimum: [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99],
  aloneSevereMinimum: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
  raiseMinimum: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85],
  contextMinimum: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7],
  selfHarmThreshold: [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9],
  capAlone: [2, 3],
  capWithDistress: [3, 4],
  capWithSuicideCue: [3, 4],
  conditionMinimum: [0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
  crisisMinimum: [0, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
};

interface ScoredSet {
  texts: string[];
  fold: Int32Array;
  models: TrainedRiskModel[];
}

interface Score {
  projectCrisis: number;
  projectCrises: number;
  projectAlarms: number;
  projectNone: number;
  projectAnyRisk: number;
  projectRisky: number;
  severeHits: number;
  severeTotal: number;
  severePredicted: number;
  anyFalsePositives: number;
  csvNone: number;
  csvAnyRisk: number;
  csvRisky: number;
}

function engines(set: ScoredSet, policy: ModelPolicy): TriageEngine[] {
  return set.models.map((model) => createTriage({ model, policy, calibration: null }));
}

function evaluate(
  policy: ModelPolicy,
  project: ScoredSet & { levels: RiskLevel[] },
  csv: (ScoredSet & { severity: number[] }) | undefined,
): Score {
  const score: Score = {
    projectCrisis: 0,
    projectCrises: 0,
    projectAlarms: 0,
    projectNone: 0,
    projectAnyRisk: 0,
    projectRisky: 0,
    severeHits: 0,
    severeTotal: 0,
    severePredicted: 0,
    anyFalsePositives: 0,
    csvNone: 0,
    csvAnyRisk: 0,
    csvRisky: 0,
  };
  const projectEngines = engines(project, policy);
  project.texts.forEach((text, i) => {
    const level = (projectEngines[project.fold[i] as number] as TriageEngine).triageText(
      text,
    ).level;
    const want = project.levels[i] as RiskLevel;
    if (CRISIS.has(want)) {
      score.projectCrises += 1;
      if (CRISIS.has(level)) score.projectCrisis += 1;
    }
    if (want === 'none') {
      score.projectNone += 1;
      if (level !== 'none') score.projectAlarms += 1;
    } else {
      score.projectRisky += 1;
      if (level !== 'none') score.projectAnyRisk += 1;
    }
  });
  if (csv) {
    const csvEngines = engines(csv, policy);
    csv.texts.forEach((text, i) => {
      const cssrs = (csvEngines[csv.fold[i] as number] as TriageEngine).triageText(text).cssrs;
      const want = csv.severity[i] as number;
      if (want >= 3) score.severeTotal += 1;
      if (cssrs >= 3) {
        score.severePredicted += 1;
        if (want >= 3) score.severeHits += 1;
      }
      if (want === 0) {
        score.csvNone += 1;
        if (cssrs >= 1) score.anyFalsePositives += 1;
      } else {
        score.csvRisky += 1;
        if (cssrs >= 1) score.csvAnyRisk += 1;
      }
    });
  }
  return score;
}

function qualifies(score: Score, maxAlarms: number, withCsv: boolean): boolean {
  if (score.projectAlarms > maxAlarms) return false;
  if (!withCsv) return true;
  const precision = score.severePredicted === 0 ? 1 : score.severeHits / score.severePredicted;
  const fpr = score.csvNone === 0 ? 0 : score.anyFalsePositives / score.csvNone;
  return precision >= SEVERE_PRECISION_FLOOR && fpr <= ANY_RISK_FPR_CEILING;
}

/** Crises found; then any risk found; then fewer false alarms. */
function better(a: Score, b: Score): boolean {
  const crises = (s: Score) => s.projectCrisis + s.severeHits;
  const risks = (s: Score) => s.projectAnyRisk + s.csvAnyRisk;
  if (crises(a) !== crises(b)) return crises(a) > crises(b);
  if (risks(a) !== risks(b)) return risks(a) > risks(b);
  return a.projectAlarms + a.anyFalsePositives < b.projectAlarms + b.anyFalsePositives;
}

function ratio(hits: number, n: number): string {
  return n === 0 ? '—' : `${(hits / n).toFixed(3)} (${hits}/${n})`;
}

function describe(score: Score, withCsv: boolean): string {
  const project = `project crisis recall ${ratio(score.projectCrisis, score.projectCrises)}, any-risk ${ratio(score.projectAnyRisk, score.projectRisky)}, false alarms ${ratio(score.projectAlarms, score.projectNone)}`;
  if (!withCsv) return project;
  return `${project}; C-SSRS sev≥3 recall ${ratio(score.severeHits, score.severeTotal)} precision ${ratio(score.severeHits, score.severePredicted)}, any-risk ${ratio(score.csvAnyRisk, score.csvRisky)} FPR ${ratio(score.anyFalsePositives, score.csvNone)}`;
}

function barOf(policy: ModelPolicy, key: string): number {
  return (policy as unknown as Record<string, number>)[key] as number;
}

function withValue(policy: ModelPolicy, key: string, value: number): ModelPolicy {
  return { ...policy, [key]: key.startsWith('cap') ? (value as Cssrs) : value };
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: defaultTrainingData() },
      cssrs: { type: 'string' },
      'max-false-alarms': { type: 'string' },
      cache: { type: 'string', default: join(tmpdir(), 'tandem-triage-cv') },
      out: { type: 'string' },
      sweeps: { type: 'string', default: '2' },
      keep: { type: 'string', default: '' },
    },
  });
  const maxFalseAlarmRate =
    values['max-false-alarms'] === undefined ? undefined : Number(values['max-false-alarms']);
  if (maxFalseAlarmRate !== undefined && !(maxFalseAlarmRate >= 0 && maxFalseAlarmRate <= 1))
    throw new Error(
      `--max-false-alarms ${values['max-false-alarms']}: a rate between 0 and 1 (e.g. 0.036)`,
    );
  const sweeps = Number(values.sweeps);
  if (!Number.isInteger(sweeps) || sweeps < 1)
    throw new Error(`--sweeps ${values.sweeps}: a whole number of sweeps, at least 1`);
  const keep = values.keep.split(',').filter((key) => key !== '');
  for (const key of keep)
    if (!(key in GRID))
      throw new Error(`--keep ${key}: not a searched bar (one of ${Object.keys(GRID).join(', ')})`);
  const records = readTriageFiles(values.data);
  const projectExamples = examplesFromTriage(records);
  const csvRows = values.cssrs && existsSync(values.cssrs) ? readCssrsCsv(values.cssrs) : [];
  if (values.cssrs && csvRows.length === 0)
    console.log(`tune-model-policy: no C-SSRS CSV at ${values.cssrs}; tuning on the project only`);
  const csvExamples = examplesFromCssrs(csvRows);
  const progress = (what: string) => (k: number, count: number, seconds: number) =>
    console.log(`  ${what} fold model ${k + 1}/${count} ready (${seconds.toFixed(1)} s)`);

  const projectFolds: FoldModels = cachedFoldModels(
    projectExamples,
    records.map((r) => `${r.lang}|${r.level}`),
    csvExamples,
    { seed: SEED, folds: FOLDS },
    values.cache,
    progress('project'),
  );
  const project = {
    texts: records.map((r) => r.text),
    levels: records.map((r) => r.level as RiskLevel),
    ...projectFolds,
  };
  const csv =
    csvRows.length > 0
      ? {
          texts: csvRows.map((r) => r.text),
          severity: csvRows.map((r) => r.severity),
          ...cachedFoldModels(
            csvExamples,
            csvRows.map((r) => r.severity),
            projectExamples,
            { seed: SEED, folds: FOLDS },
            values.cache,
            progress('C-SSRS'),
          ),
        }
      : undefined;
  const withCsv = csv !== undefined;

  const shipped = evaluate(MODEL_POLICY, project, csv);
  const maxAlarms =
    maxFalseAlarmRate !== undefined
      ? Math.floor(maxFalseAlarmRate * shipped.projectNone)
      : shipped.projectAlarms;
  console.log(`shipped policy: ${describe(shipped, withCsv)}`);
  console.log(
    `searching: at most ${maxAlarms} project false alarms${withCsv ? `, sev≥3 precision ≥ ${SEVERE_PRECISION_FLOOR}, any-risk FPR ≤ ${ANY_RISK_FPR_CEILING}` : ''}`,
  );

  let best: ModelPolicy = MODEL_POLICY;
  let bestScore = shipped;
  let bestQualifies = qualifies(shipped, maxAlarms, withCsv);
  for (let sweep = 1; sweep <= sweeps; sweep += 1) {
    let changed = false;
    for (const [key, grid] of Object.entries(GRID)) {
      if (keep.includes(key)) continue;
      console.log(`  sweep ${sweep}: trying ${grid.length} values of ${key}`);
      for (const value of grid) {
        if (barOf(best, key) === value) continue;
        const candidate = withValue(best, key, value);
        const score = evaluate(candidate, project, csv);
        const ok = qualifies(score, maxAlarms, withCsv);
        if (ok && (!bestQualifies || better(score, bestScore))) {
          best = candidate;
          bestScore = score;
          bestQualifies = true;
          changed = true;
          console.log(`  sweep ${sweep}: ${key} = ${value} → ${describe(score, withCsv)}`);
        }
      }
    }
    if (!changed) break;
  }

  const changes = Object.keys(GRID).filter((key) => barOf(best, key) !== barOf(MODEL_POLICY, key));
  console.log(`\nchosen policy: ${describe(bestScore, withCsv)}`);
  console.log(
    changes.length === 0
      ? 'no bar changes: the shipped policy is the best qualifying one on this grid'
      : changes
          .map((key) => `  ${key}: ${barOf(MODEL_POLICY, key)} → ${barOf(best, key)}`)
          .join('\n'),
  );
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(
      values.out,
      `${JSON.stringify(
        {
          script: 'tune-model-policy',
          createdAt: new Date().toISOString(),
          data: values.data,
          kept: keep,
          cssrsRows: csvRows.length,
          models: {
            project: project.models.map((m) => m.version),
            cssrs: csv?.models.map((m) => m.version) ?? [],
          },
          shipped: { policy: MODEL_POLICY, score: shipped },
          chosen: { policy: best, score: bestScore, qualifies: bestQualifies },
        },
        null,
        2,
      )}\n`,
    );
  }
}

main();
