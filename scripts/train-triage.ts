/**
 * Trains the triage risk model and writes its weights (src/triage/model/weights.json by default).
 *
 *   npx tsx scripts/train-triage.ts [--data data/triage/train.jsonl,data/triage/fresh-crisis-a.jsonl,…] \
 *     [--cssrs ../shared/data/cssrs-reddit-dev.csv] [--out src/triage/model/weights.json] [--seed 1]
 *     [--primary agreement|recall] [--any-recall 0.96] [--severe-recall 0.96]
 *     [--tune-on all|cssrs|project]
 *
 * `--data` defaults to the shipped model's project files (`TRIAGE_TRAINING_FILES`); a missing
 * file is an error, so a model is never trained on less than was asked for.
 *
 * Two operating points are tuned (thresholds.ts): `agreement` (best single level) and `recall`
 * (recall aims --any-recall / --severe-recall); --primary picks the model's default θ.
 *
 * Reproducible: the same inputs and seed give the same weights and version (only `createdAt`
 * differs). The C-SSRS CSV (Patil, Tao & Gedhu 2025, CC BY 4.0) is outside the project and
 * optional: when its path is missing or absent the model is trained on the project data alone,
 * and the weights' metadata says which sources were used. No training text is written anywhere.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../bench/cli-args.js';
import * as prettier from 'prettier';
import { createRiskModel, trainRiskModel, type TrainOptions } from '../src/triage/model/model.js';
import type { RiskExample } from '../src/triage/model/train.js';
import type { TrainingSource } from '../src/triage/model/serialized.js';
import {
  CSSRS_SOURCE,
  PROJECT_SOURCE,
  cssrsSourceDescription,
  examplesFromCssrs,
  examplesFromTriage,
  projectSourceDescription,
  readCssrsCsv,
  readTriageJsonl,
  defaultTrainingData,
} from '../src/triage/model/training-data.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: defaultTrainingData() },
      cssrs: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'src', 'triage', 'model', 'weights.json') },
      seed: { type: 'string', default: '1' },
      'any-recall': { type: 'string', default: '0.96' },
      'severe-recall': { type: 'string', default: '0.96' },
      'tune-on': { type: 'string', default: 'all' },
      primary: { type: 'string', default: 'agreement' },
    },
  });
  const examples: RiskExample[] = [];
  const sources: TrainingSource[] = [];
  for (const path of values.data.split(',').filter((p) => p !== '')) {
    const records = readTriageJsonl(path);
    examples.push(...examplesFromTriage(records));
    sources.push(projectSourceDescription(path, records));
    console.log(`train-triage: ${records.length} project examples from ${path}`);
  }
  if (values.cssrs === undefined) {
    console.log('train-triage: no --cssrs given, training without the C-SSRS Reddit data');
  } else if (!existsSync(values.cssrs)) {
    console.log(`train-triage: C-SSRS CSV not found at ${values.cssrs}, skipping it`);
  } else {
    const rows = readCssrsCsv(values.cssrs);
    examples.push(...examplesFromCssrs(rows));
    sources.push(cssrsSourceDescription(values.cssrs, rows.length));
    console.log(
      `train-triage: ${rows.length} C-SSRS Reddit rows (Patil, Tao & Gedhu 2025, CC BY 4.0)`,
    );
  }
  if (examples.length === 0) {
    console.log('train-triage: nothing to train on; weights left unchanged');
    return;
  }
  const tuneOn = values['tune-on'];
  const thresholdSource =
    tuneOn === 'cssrs' ? CSSRS_SOURCE : tuneOn === 'project' ? PROJECT_SOURCE : undefined;
  if (tuneOn !== 'all' && thresholdSource === undefined)
    throw new Error('--tune-on must be all, cssrs or project');
  const options: TrainOptions = {
    seed: Number(values.seed),
    createdAt: new Date().toISOString(),
    sources,
    operatingPoints: [
      { name: 'agreement', anyRiskRecall: 0, severeRecall: 0 },
      {
        name: 'recall',
        anyRiskRecall: Number(values['any-recall']),
        severeRecall: Number(values['severe-recall']),
      },
    ],
    primaryOperatingPoint: values.primary,
    ...(thresholdSource === undefined ? {} : { thresholdSource }),
  };
  const started = Date.now();
  const serialized = trainRiskModel(examples, options);
  // Load it back before writing, so a model that cannot be served is never shipped.
  const model = createRiskModel(serialized, 'freshly trained model');
  mkdirSync(dirname(values.out), { recursive: true });
  const temporary = `${values.out}.tmp`;
  // Formatted as the repository's prettier config wants, so `npm run lint` passes on the file.
  const config = (await prettier.resolveConfig(values.out)) ?? {};
  writeFileSync(
    temporary,
    await prettier.format(JSON.stringify(serialized), { ...config, parser: 'json' }),
  );
  renameSync(temporary, values.out);
  const weights = serialized.heads.reduce((sum, head) => sum + head.indices.length, 0);
  const oof = serialized.training.outOfFold;
  console.log(
    `train-triage: model ${model.version} on ${examples.length} examples in ${((Date.now() - started) / 1000).toFixed(1)} s; ${weights} non-zero weights, ${(statSync(values.out).size / 1024).toFixed(0)} KiB → ${values.out}`,
  );
  console.log(
    `  out of fold (${serialized.training.thresholdsTunedOn}): sev≥3 ROC AUC ${oof.severeRocAuc?.toFixed(3)}, any-risk ROC AUC ${oof.anyRiskRocAuc?.toFixed(3)}, self-harm ROC AUC ${oof.selfHarmRocAuc?.toFixed(3) ?? '—'}`,
  );
  for (const point of serialized.operatingPoints) {
    const r = point.outOfFold;
    console.log(
      `  ${point.name === serialized.primaryOperatingPoint ? '*' : ' '} ${point.name}: θ ${point.thresholds.join(', ')}; exact ${r.exactAgreement?.toFixed(3)}, MAE ${r.meanAbsoluteError?.toFixed(3)}, sev≥3 recall ${r.severeRecall?.toFixed(3)} precision ${r.severePrecision?.toFixed(3)}, any-risk recall ${r.anyRiskRecall?.toFixed(3)} FPR ${r.anyRiskFalsePositiveRate?.toFixed(3)}`,
    );
  }
  const heads = Object.entries(serialized.headThresholds).map(
    ([head, cut]) => `${head} ≥ ${cut} (AUC ${oof[`${head}RocAuc`]?.toFixed(3) ?? '—'})`,
  );
  console.log(`  condition and crisis heads, cut-off (out-of-fold ROC AUC): ${heads.join(', ')}`);
}

await main();
