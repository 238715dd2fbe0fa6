/**
 * 5-fold stratified cross-validation of the risk model on the C-SSRS Reddit CSV (Patil, Tao &
 * Gedhu 2025, arXiv:2505.13480, CC BY 4.0; not part of this project: its path is an argument).
 *
 * For each fold, a model is trained on the project's triage data (when given) plus the other four
 * folds, and scored on the held-out fold only. Everything the model tunes (Platt scaling,
 * thresholds θ_t) is tuned inside `trainRiskModel` on out-of-fold predictions of the training
 * rows: the held-out fold is never seen before it is scored. When the full triage engine exists
 * (`createTriage` in src/triage/index.ts) it is scored too, with each fold's model. The five LLM
 * label columns of the CSV are scored on the same rows for comparison.
 *
 *   npx tsx bench/triage/cssrs-cv.ts --cssrs ../shared/data/cssrs-reddit-dev.csv \
 *     [--data a.jsonl,b.jsonl] [--out bench/triage/results/cssrs-cv.json] [--seed 1]
 *     [--tune-on all|cssrs] [--cache /tmp/tandem-triage-cv] [--misses /tmp/cssrs-misses.tsv]
 *
 * `--data` defaults to the project files the shipped model trains on; `--tune-on all` (the
 * default) tunes θ on all training rows, as the shipped model does, `cssrs` on the CSV rows only.
 * Fold models go through the shared training cache, so `scripts/calibrate-triage.ts` and this
 * bench never train the same fold model twice.
 *
 * Writes aggregate numbers only (no text, no row ids). Skips with a message when the CSV is absent.
 * `--misses` also writes, for reading while writing rules, the rows where the full triage's
 * out-of-fold reading is on the other side of severity 1 or 3 from the human label (id, label,
 * triage's C-SSRS, text). That file holds real people's posts: keep it outside the repository,
 * never commit it and never quote it; the bench refuses a path inside the working tree.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCommandArgs } from '../cli-args.js';
import * as prettier from 'prettier';
import {
  ordinalMetrics,
  rankingMetrics,
  type OrdinalMetrics,
  type RankingMetrics,
} from '../../src/triage/model/metrics.js';
import {
  createRiskModel,
  type RiskModel,
  type TrainOptions,
} from '../../src/triage/model/model.js';
import { stratifiedFolds } from '../../src/triage/model/random.js';
import {
  CSSRS_SOURCE,
  LLM_LABEL_COLUMNS,
  cssrsSourceDescription,
  examplesFromCssrs,
  examplesFromTriage,
  projectSourceDescription,
  readCssrsCsv,
  readTriageFiles,
  readTriageJsonl,
  defaultTrainingData,
  type CssrsRow,
} from '../../src/triage/model/training-data.js';
import type { RiskExample } from '../../src/triage/model/train.js';
import { trainRiskModelCached } from '../../src/triage/model/training-cache.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CREDIT =
  'C-SSRS Reddit data: Patil, Tao & Gedhu (2025), arXiv:2505.13480, github.com/av9ash/llm_cssrs_code, CC BY 4.0';

interface SystemResult {
  system: string;
  /** Rows the system gave a label for (LLM columns have a few blanks). */
  n: number;
  metrics: OrdinalMetrics;
  severeRanking?: RankingMetrics;
  anyRiskRanking?: RankingMetrics;
  perFold?: Array<
    Pick<OrdinalMetrics, 'exactAgreement' | 'meanAbsoluteError'> & {
      severeRecall: number | null;
      severePrecision: number | null;
      anyRiskRecall: number | null;
      anyRiskFalsePositiveRate: number | null;
    }
  >;
}

type TriageFactory = (options: { model: RiskModel }) => {
  triageText(text: string): { cssrs: number };
};

/** The full triage engine, when it exists and offers `createTriage({ model })`. */
async function loadTriageFactory(): Promise<TriageFactory | undefined> {
  const entry = join(ROOT, 'src', 'triage', 'index.ts');
  if (!existsSync(entry)) return undefined;
  const triage = (await import(pathToFileURL(entry).href)) as { createTriage?: unknown };
  return typeof triage.createTriage === 'function'
    ? (triage.createTriage as TriageFactory)
    : undefined;
}

function fixed(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

function summarise(metrics: OrdinalMetrics): NonNullable<SystemResult['perFold']>[number] {
  return {
    exactAgreement: metrics.exactAgreement,
    meanAbsoluteError: metrics.meanAbsoluteError,
    severeRecall: metrics.severe.recall,
    severePrecision: metrics.severe.precision,
    anyRiskRecall: metrics.anyRisk.recall,
    anyRiskFalsePositiveRate: metrics.anyRisk.falsePositiveRate,
  };
}

function printTable(results: SystemResult[]): void {
  const header = ['system', 'n', 'exact', 'MAE', 'sev≥3 rec', 'sev≥3 prec', 'any rec', 'any FPR'];
  const rows = results.map((r) => [
    r.system,
    String(r.n),
    fixed(r.metrics.exactAgreement),
    fixed(r.metrics.meanAbsoluteError),
    fixed(r.metrics.severe.recall),
    fixed(r.metrics.severe.precision),
    fixed(r.metrics.anyRisk.recall),
    fixed(r.metrics.anyRisk.falsePositiveRate),
  ]);
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] as string).length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function printConfusion(result: SystemResult): void {
  console.log(`\nconfusion (${result.system}): rows = human severity 0–6, columns = predicted 0–6`);
  console.log('     ' + [0, 1, 2, 3, 4, 5, 6].map((c) => String(c).padStart(4)).join(''));
  result.metrics.confusion.forEach((row, r) =>
    console.log(`  ${r}  ` + row.map((v) => String(v).padStart(4)).join('')),
  );
}

/** The CSV's text must never land in the project: a misses file inside the repository is refused. */
function refuseInsideRepository(path: string): void {
  const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const target = resolve(path);
  if (target === repository || target.startsWith(repository + sep))
    throw new Error(
      `--misses: ${path} is inside the repository; the file holds the CSV's posts, write it elsewhere (e.g. /tmp/cssrs-misses.tsv)`,
    );
}

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      cssrs: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string', default: join('bench', 'triage', 'results', 'cssrs-cv.json') },
      seed: { type: 'string', default: '1' },
      folds: { type: 'string', default: '5' },
      'tune-on': { type: 'string', default: 'all' },
      cache: { type: 'string' },
      misses: { type: 'string' },
    },
  });
  if (values.misses !== undefined) refuseInsideRepository(values.misses);
  if (!values.cssrs || !existsSync(values.cssrs)) {
    console.log(
      `cssrs-cv: skipped, the C-SSRS CSV is not available (--cssrs ${values.cssrs ?? '<path>'})`,
    );
    return;
  }
  const seed = Number(values.seed);
  const foldCount = Number(values.folds);
  const tuneOn = values['tune-on'];
  if (tuneOn !== 'cssrs' && tuneOn !== 'all') throw new Error('--tune-on must be "cssrs" or "all"');
  // The project files the shipped model trains on, unless --data names others.
  const dataPath = values.data ?? defaultTrainingData();

  const rows: CssrsRow[] = readCssrsCsv(values.cssrs);
  const csvExamples = examplesFromCssrs(rows);
  const projectRecords = readTriageFiles(dataPath);
  const projectExamples = examplesFromTriage(projectRecords);
  const createTriage = await loadTriageFactory();
  console.log(
    `cssrs-cv: ${rows.length} CSV rows, ${projectExamples.length} project examples${dataPath ? ` (${dataPath})` : ''}, ${foldCount} folds, seed ${seed}, thresholds tuned on ${tuneOn === 'cssrs' ? 'the CSV training folds' : 'all training rows'}${createTriage ? ', full triage included' : ''}`,
  );
  console.log(CREDIT);

  const folds = stratifiedFolds(
    rows.map((row) => row.severity),
    foldCount,
    seed,
  );
  const truth = rows.map((row) => row.severity);
  // Model levels per operating point (agreement, recall), each θ tuned inside the training folds.
  const modelLevels = new Map<string, Int32Array>();
  const modelFolds = new Map<string, NonNullable<SystemResult['perFold']>>();
  const triageLevels = new Int32Array(rows.length);
  const severeScores = new Float64Array(rows.length);
  const anyScores = new Float64Array(rows.length);
  const triageFolds: SystemResult['perFold'] = [];
  const versions: string[] = [];
  const started = Date.now();
  for (let fold = 0; fold < foldCount; fold += 1) {
    const train: RiskExample[] = [...projectExamples];
    rows.forEach((_, i) => {
      if (folds[i] !== fold) train.push(csvExamples[i] as RiskExample);
    });
    const options: TrainOptions = {
      seed,
      ...(tuneOn === 'cssrs' ? { thresholdSource: CSSRS_SOURCE } : {}),
    };
    const model = createRiskModel(trainRiskModelCached(train, options, values.cache));
    versions.push(model.version);
    const triage = createTriage?.({ model });
    const heldOut: number[] = [];
    rows.forEach((row, i) => {
      if (folds[i] !== fold) return;
      heldOut.push(i);
      const output = model.predict(row.text);
      for (const [name, thresholds] of Object.entries(model.operatingPoints)) {
        if (!modelLevels.has(name)) modelLevels.set(name, new Int32Array(rows.length));
        (modelLevels.get(name) as Int32Array)[i] = model.levelOf(output, thresholds);
      }
      severeScores[i] = output.atLeast[2];
      anyScores[i] = output.atLeast[0];
      if (triage) triageLevels[i] = triage.triageText(row.text).cssrs;
    });
    const foldTruth = heldOut.map((i) => truth[i] as number);
    for (const [name, levels] of modelLevels) {
      if (!modelFolds.has(name)) modelFolds.set(name, []);
      modelFolds.get(name)?.push(
        summarise(
          ordinalMetrics(
            foldTruth,
            heldOut.map((i) => levels[i] as number),
          ),
        ),
      );
    }
    if (triage)
      triageFolds.push(
        summarise(
          ordinalMetrics(
            foldTruth,
            heldOut.map((i) => triageLevels[i] as number),
          ),
        ),
      );
    console.log(
      `  fold ${fold + 1}/${foldCount}: trained on ${train.length}, scored ${heldOut.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  const results: SystemResult[] = [...modelLevels].map(([name, levels]) => ({
    system: `model alone, θ ${name}`,
    n: rows.length,
    metrics: ordinalMetrics(truth, levels),
    severeRanking: rankingMetrics(
      severeScores,
      truth.map((t) => t >= 3),
    ),
    anyRiskRanking: rankingMetrics(
      anyScores,
      truth.map((t) => t >= 1),
    ),
    perFold: modelFolds.get(name) ?? [],
  }));
  const modelResults = results.length;
  if (createTriage)
    results.push({
      system: 'triage (rules + model)',
      n: rows.length,
      metrics: ordinalMetrics(truth, triageLevels),
      perFold: triageFolds,
    });
  for (const column of LLM_LABEL_COLUMNS) {
    const labelled = rows.filter((row) => row.llm[column] !== null);
    results.push({
      system: column.replace('_label', ' (zero-shot LLM)'),
      n: labelled.length,
      metrics: ordinalMetrics(
        labelled.map((row) => row.severity),
        labelled.map((row) => row.llm[column] as number),
      ),
    });
  }

  console.log('');
  printTable(results);
  const model = results[0] as SystemResult;
  console.log(
    `\nmodel, threshold-free (pooled out-of-fold scores): sev≥3 ROC AUC ${fixed(model.severeRanking?.rocAuc)}, best precision at recall ≥ 0.95 ${fixed(model.severeRanking?.precisionAtRecall)}; any-risk ROC AUC ${fixed(model.anyRiskRanking?.rocAuc)}, lowest FPR at recall ≥ 0.95 ${fixed(model.anyRiskRanking?.falsePositiveRateAtRecall)} (oracle cuts, for comparison only)`,
  );
  printConfusion(model);
  for (const result of results.slice(1, modelResults)) printConfusion(result);
  if (createTriage) printConfusion(results[modelResults] as SystemResult);

  const report = {
    benchmark: 'cssrs-cv',
    createdAt: new Date().toISOString(),
    node: process.version,
    credit: CREDIT,
    setup: {
      csv: cssrsSourceDescription(values.cssrs, rows.length),
      project:
        projectRecords.length > 0
          ? dataPath.split(',').map((path) => projectSourceDescription(path, readTriageJsonl(path)))
          : null,
      folds: foldCount,
      seed,
      stratifiedBy: 'human severity',
      thresholdsTunedOn:
        tuneOn === 'cssrs'
          ? 'out-of-fold predictions of the CSV rows in the training folds'
          : 'out-of-fold predictions of all training rows',
      llmMissingLabels:
        'rows without a label are left out of that column (n shows how many remain)',
      foldModelVersions: versions,
      seconds: (Date.now() - started) / 1000,
    },
    results,
  };
  if (values.misses !== undefined && createTriage) {
    const lines = rows.flatMap((row, i) => {
      const read = triageLevels[i] as number;
      const crosses = (cut: number): boolean => row.severity >= cut !== read >= cut;
      return crosses(1) || crosses(3)
        ? [[row.id, row.severity, read, row.text.replace(/\s+/gu, ' ')].join('\t')]
        : [];
    });
    writeFileSync(values.misses, ['id\thuman\ttriage\ttext', ...lines].join('\n') + '\n');
    console.log(`wrote ${lines.length} rows read across severity 1 or 3 to ${values.misses}`);
  }
  mkdirSync(dirname(values.out), { recursive: true });
  const config = (await prettier.resolveConfig(values.out)) ?? {};
  writeFileSync(
    values.out,
    await prettier.format(JSON.stringify(report), { ...config, parser: 'json' }),
  );
  console.log(`\nwrote ${values.out}`);
}

await main();
