/**
 * Fits the curves that turn a triage's raw confidence into the probability that its level is
 * right (`src/triage/confidence-calibration.ts`), and measures how well calibrated both are.
 *
 * The fitting examples are triages of labelled texts the model did not train on:
 * - the project files the shipped model trains on (`--data`, default `TRIAGE_TRAINING_FILES`), five folds, each scored by a model trained on the other
 *   four plus the C-SSRS CSV (as the shipped model is trained on both);
 * - the C-SSRS Reddit CSV (`--cssrs`, optional; Patil, Tao & Gedhu 2025, CC BY 4.0), five folds,
 *   each scored by a model trained on the other four plus the project set. Its rows carry only a
 *   C-SSRS label, so their level is the one that C-SSRS alone maps to (suicide, no flags).
 * The rules alone need no folds: they score every text directly.
 *
 * A triage is "right" when its level equals the label's. One isotonic curve per level group
 * (none, concern, crisis) and engine mode (with the model, rules alone). Before the final fit on
 * everything, the examples are split in two halves and each half is scored with the curves fitted
 * on the other, so the printed calibration errors are out-of-sample. `--check a.jsonl,b.jsonl`
 * also scores labelled files nobody trained on with the shipped model and the new curves.
 *
 *   npx tsx scripts/calibrate-triage.ts --cssrs ../shared/data/cssrs-reddit-dev.csv \
 *     [--data a.jsonl,b.jsonl] [--check data/triage/dev.jsonl] [--cache /tmp/tandem-triage-cv] \
 *     [--out src/triage/confidence-calibration.ts] [--report bench/triage/results/confidence.json]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../bench/cli-args.js';
import * as prettier from 'prettier';
import type { RiskLevel } from '../src/core/index.js';
import { createTriage, levelFor, RULES_VERSION, type TriageEngine } from '../src/triage/index.js';
import {
  calibratedConfidence,
  LEVEL_GROUPS,
  levelGroupOf,
  type CalibrationMode,
  type ConfidenceCalibration,
  type LevelGroup,
} from '../src/triage/confidence.js';
import { fitIsotonic, type IsotonicCurve } from '../src/triage/model/calibration.js';
import { calibrationMetrics, type CalibrationMetrics } from '../src/triage/model/metrics.js';
import { loadRiskModel, type RiskModel } from '../src/triage/model/model.js';
import { seededRandom } from '../src/triage/model/random.js';
import { cachedFoldModels } from '../src/triage/model/training-cache.js';
import type { RiskExample } from '../src/triage/model/train.js';
import {
  examplesFromCssrs,
  examplesFromTriage,
  readCssrsCsv,
  readTriageFiles,
  readTriageJsonl,
  defaultTrainingData,
} from '../src/triage/model/training-data.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDS = 5;
const SEED = 1;

/** One scored text: what the triage said, how sure it was before calibration, and whether it was right. */
interface Point {
  source: string;
  raw: number;
  level: RiskLevel;
  right: 0 | 1;
}

interface Labelled {
  text: string;
  level: RiskLevel;
}

function score(model: RiskModel | null, items: readonly Labelled[], source: string): Point[] {
  const engine = createTriage({ model, calibration: null });
  return items.map((item) => {
    const triage = engine.triageText(item.text);
    return {
      source,
      raw: triage.confidence,
      level: triage.level,
      right: triage.level === item.level ? 1 : 0,
    };
  });
}

/** Triages of `items` by models that never saw them: fold k is scored by a model trained without it. */
function outOfFold(
  items: readonly Labelled[],
  examples: readonly RiskExample[],
  strata: readonly (string | number)[],
  alwaysTrain: readonly RiskExample[],
  source: string,
  cache: string,
): Point[] {
  const { fold, models } = cachedFoldModels(
    examples,
    strata,
    alwaysTrain,
    { seed: SEED, folds: FOLDS },
    cache,
    (k, count, seconds) =>
      console.log(`  ${source} fold model ${k + 1}/${count} ready (${seconds.toFixed(1)} s)`),
  );
  const engines = models.map((model) => createTriage({ model, calibration: null }));
  return items.map((item, i) => {
    const triage = (engines[fold[i] as number] as TriageEngine).triageText(item.text);
    return {
      source,
      raw: triage.confidence,
      level: triage.level,
      right: triage.level === item.level ? 1 : 0,
    };
  });
}

function fitCurves(points: readonly Point[]): Record<LevelGroup, IsotonicCurve> {
  const curves = {} as Record<LevelGroup, IsotonicCurve>;
  for (const group of LEVEL_GROUPS) {
    const mine = points.filter((p) => levelGroupOf(p.level) === group);
    // A group nobody was put in (possible for the rules alone on a small set) falls back to all.
    const basis = mine.length > 0 ? mine : points;
    curves[group] = fitIsotonic(
      basis.map((p) => p.raw),
      basis.map((p) => p.right),
    );
  }
  return curves;
}

/** The same curves for both modes, for scoring one mode's points with them. */
function calibrationWith(curves: Record<LevelGroup, IsotonicCurve>): ConfidenceCalibration {
  return {
    fittedFor: { rules: RULES_VERSION, model: '' },
    curves: { withModel: curves, rulesOnly: curves },
  };
}

function applied(
  points: readonly Point[],
  calibration: ConfidenceCalibration,
  mode: CalibrationMode,
) {
  return points.map((p) => calibratedConfidence(p.raw, p.level, calibration, mode));
}

interface Measured {
  raw: CalibrationMetrics;
  calibrated: CalibrationMetrics;
  accuracy: number;
}

/** Out-of-sample: each half scored with the curves fitted on the other half. */
function crossFitted(points: readonly Point[], mode: CalibrationMode): Map<string, Measured> {
  const random = seededRandom(SEED + 7);
  const half = points.map(() => (random() < 0.5 ? 0 : 1));
  const calibrated = new Float64Array(points.length);
  for (const side of [0, 1]) {
    const curves = fitCurves(points.filter((_, i) => half[i] !== side));
    const calibration = calibrationWith(curves);
    points.forEach((p, i) => {
      if (half[i] === side) calibrated[i] = calibratedConfidence(p.raw, p.level, calibration, mode);
    });
  }
  const measured = new Map<string, Measured>();
  const sources = ['all', ...new Set(points.map((p) => p.source))];
  for (const source of sources) {
    const index = points.flatMap((p, i) => (source === 'all' || p.source === source ? [i] : []));
    const right = index.map((i) => (points[i] as Point).right);
    measured.set(source, {
      raw: calibrationMetrics(
        index.map((i) => (points[i] as Point).raw),
        right,
      ),
      calibrated: calibrationMetrics(
        index.map((i) => calibrated[i] as number),
        right,
      ),
      accuracy: right.reduce<number>((t, r) => t + r, 0) / Math.max(1, right.length),
    });
  }
  return measured;
}

function fixed(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

function printMeasured(title: string, measured: Map<string, Measured>): void {
  console.log(`\n${title}`);
  for (const [source, m] of measured) {
    console.log(
      `  ${source.padEnd(14)} n=${String(m.raw.n).padStart(5)}  level right ${m.accuracy.toFixed(3)}  ECE raw ${fixed(m.raw.ece)} → calibrated ${fixed(m.calibrated.ece)}  Brier ${fixed(m.raw.brier)} → ${fixed(m.calibrated.brier)}`,
    );
  }
}

function rounded(curve: IsotonicCurve): IsotonicCurve {
  return {
    x: curve.x.map((v) => Math.round(v * 1000) / 1000),
    y: curve.y.map((v) => Math.round(v * 1000) / 1000),
    n: curve.n,
  };
}

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: defaultTrainingData() },
      cssrs: { type: 'string' },
      check: { type: 'string' },
      cache: { type: 'string', default: join(tmpdir(), 'tandem-triage-cv') },
      out: { type: 'string', default: join(ROOT, 'src', 'triage', 'confidence-calibration.ts') },
      report: {
        type: 'string',
        default: join(ROOT, 'bench', 'triage', 'results', 'confidence.json'),
      },
    },
  });
  const records = readTriageFiles(values.data);
  const project: Labelled[] = records.map((r) => ({ text: r.text, level: r.level as RiskLevel }));
  const projectExamples = examplesFromTriage(records);
  const csvRows = values.cssrs && existsSync(values.cssrs) ? readCssrsCsv(values.cssrs) : [];
  if (values.cssrs && csvRows.length === 0)
    console.log(`calibrate-triage: C-SSRS CSV not found at ${values.cssrs}, fitting without it`);
  const csv: Labelled[] = csvRows.map((row) => ({
    text: row.text,
    level: levelFor(row.severity as 0, row.severity > 0 ? ['suicide'] : []),
  }));
  const csvExamples = examplesFromCssrs(csvRows);
  console.log(
    `calibrate-triage: ${records.length} project texts, ${csvRows.length} C-SSRS rows, ${RULES_VERSION}; fold models cached in ${values.cache}`,
  );

  const rulesPoints = [...score(null, project, 'project'), ...score(null, csv, 'cssrs-reddit')];
  const modelPoints = [
    ...outOfFold(
      project,
      projectExamples,
      records.map((r) => `${r.lang}|${r.level}`),
      csvExamples,
      'project',
      values.cache,
    ),
    ...(csvRows.length > 0
      ? outOfFold(
          csv,
          csvExamples,
          csvRows.map((r) => r.severity),
          projectExamples,
          'cssrs-reddit',
          values.cache,
        )
      : []),
  ];

  const measuredModel = crossFitted(modelPoints, 'withModel');
  const measuredRules = crossFitted(rulesPoints, 'rulesOnly');
  const crossFit = '(out of sample: each half calibrated by curves fitted on the other)';
  printMeasured(`rules + model ${crossFit}`, measuredModel);
  printMeasured(`rules only ${crossFit}`, measuredRules);

  const shipped = loadRiskModel();
  const calibration: ConfidenceCalibration = {
    fittedFor: { rules: RULES_VERSION, model: shipped.version },
    curves: { withModel: fitCurves(modelPoints), rulesOnly: fitCurves(rulesPoints) },
  };
  for (const mode of ['withModel', 'rulesOnly'] as const)
    for (const group of LEVEL_GROUPS)
      calibration.curves[mode][group] = rounded(calibration.curves[mode][group]);

  const checks: Record<string, Measured> = {};
  for (const path of (values.check ?? '').split(',').filter((p) => p !== '')) {
    if (!existsSync(path)) {
      console.log(`--check ${path}: no such file, skipped`);
      continue;
    }
    const items = readTriageJsonl(path).map((r) => ({ text: r.text, level: r.level as RiskLevel }));
    const points = score(shipped, items, path);
    const right = points.map((p) => p.right);
    checks[path] = {
      raw: calibrationMetrics(
        points.map((p) => p.raw),
        right,
      ),
      calibrated: calibrationMetrics(applied(points, calibration, 'withModel'), right),
      accuracy: right.reduce<number>((t, r) => t + r, 0) / Math.max(1, right.length),
    };
  }
  if (Object.keys(checks).length > 0)
    printMeasured('shipped model on --check files, final curves', new Map(Object.entries(checks)));

  const summary = (m: Map<string, Measured>) =>
    Object.fromEntries(
      [...m].map(([source, x]) => [
        source,
        {
          n: x.raw.n,
          levelRight: x.accuracy,
          eceRaw: x.raw.ece,
          eceCalibrated: x.calibrated.ece,
          brierRaw: x.raw.brier,
          brierCalibrated: x.calibrated.brier,
          reliability: x.calibrated.bins,
        },
      ]),
    );
  const module = `/**
 * Generated by \`npx tsx scripts/calibrate-triage.ts\` — do not edit. Refit whenever the rules
 * (\`RULES_VERSION\`) or the shipped model change; a test checks \`fittedFor\`.
 *
 * Isotonic curves from a triage's raw confidence to the probability that its level is right, per
 * level group, fitted on ${modelPoints.length} out-of-fold triages with the model and ${rulesPoints.length} with the rules
 * alone (${records.length} project texts${csvRows.length > 0 ? `, ${csvRows.length} C-SSRS Reddit posts` : ''}). Out of sample, the expected calibration
 * error went from ${fixed(measuredModel.get('all')?.raw.ece ?? null)} to ${fixed(measuredModel.get('all')?.calibrated.ece ?? null)} with the model and from ${fixed(measuredRules.get('all')?.raw.ece ?? null)} to ${fixed(measuredRules.get('all')?.calibrated.ece ?? null)} for the rules alone.
 */
import type { ConfidenceCalibration } from './confidence.js';

export const SHIPPED_CALIBRATION: ConfidenceCalibration = ${JSON.stringify(calibration)};
`;
  const config = (await prettier.resolveConfig(values.out)) ?? {};
  writeFileSync(values.out, await prettier.format(module, { ...config, parser: 'typescript' }));
  console.log(`\nwrote ${values.out}`);

  const report = {
    benchmark: 'triage-confidence',
    createdAt: new Date().toISOString(),
    fittedFor: calibration.fittedFor,
    data: { project: records.length, cssrsReddit: csvRows.length },
    outOfSample: { withModel: summary(measuredModel), rulesOnly: summary(measuredRules) },
    checks: summary(new Map(Object.entries(checks))),
  };
  mkdirSync(dirname(values.report), { recursive: true });
  const reportConfig = (await prettier.resolveConfig(values.report)) ?? {};
  writeFileSync(
    values.report,
    await prettier.format(JSON.stringify(report), { ...reportConfig, parser: 'json' }),
  );
  console.log(`wrote ${values.report}`);
}

await main();
