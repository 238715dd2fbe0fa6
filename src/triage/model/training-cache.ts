/**
 * Training with a cache on disk, for benchmarks and scripts that train the same fold models again
 * and again (cross-validation, calibration). The key is a hash of the examples and the options that
 * shape the weights, so a changed row or setting trains afresh; only weights are stored, never text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRiskModel, type TrainedRiskModel } from './model.js';
import { stratifiedFolds } from './random.js';
import { MODEL_FORMAT, type SerializedModel } from './serialized.js';
import { TRAINING_REVISION, trainRiskModel, type RiskExample, type TrainOptions } from './train.js';

export function trainingKey(examples: readonly RiskExample[], options: TrainOptions): string {
  const hash = createHash('sha256');
  const { createdAt: _createdAt, sources: _sources, ...shaping } = options;
  hash.update(`${MODEL_FORMAT}\n${TRAINING_REVISION}\n${JSON.stringify(shaping)}`);
  for (const e of examples) {
    const categories = e.categories ? e.categories.join(',') : String(e.categories ?? null);
    hash.update(
      `\n${e.source ?? ''}|${e.cssrs}|${String(e.selfHarm)}|${categories}|${String(e.crisis ?? null)}|${e.text}`,
    );
  }
  return hash.digest('hex').slice(0, 16);
}

/** `trainRiskModel`, reading the result from `cacheDir` when these examples and options were seen. */
export function trainRiskModelCached(
  examples: readonly RiskExample[],
  options: TrainOptions,
  cacheDir: string | undefined,
): SerializedModel {
  if (cacheDir === undefined) return trainRiskModel(examples, options);
  const path = join(cacheDir, `risk-model-${trainingKey(examples, options)}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as SerializedModel;
  const model = trainRiskModel(examples, options);
  mkdirSync(cacheDir, { recursive: true });
  // Written whole and then renamed, so a concurrent reader never sees half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(model));
  renameSync(partial, path);
  return model;
}

export interface FoldModels {
  /** fold[i]: the fold item i is held out in; `models[fold[i]]` never trained on it. */
  fold: Int32Array;
  models: TrainedRiskModel[];
}

/**
 * The fold models of a cross-validation through the cache: fold k's model trains on
 * `alwaysTrain` and every example outside fold k. `strata` (one per example) keeps each fold's
 * mix; the same examples, strata, seed and options give the same folds and cache keys, so the
 * benches and scripts that cross-validate the same data share their models.
 */
export function cachedFoldModels(
  examples: readonly RiskExample[],
  strata: readonly (string | number)[],
  alwaysTrain: readonly RiskExample[],
  options: TrainOptions & { folds?: number },
  cacheDir: string | undefined,
  onFold?: (fold: number, folds: number, seconds: number) => void,
): FoldModels {
  const { folds: count = 5, ...trainOptions } = options;
  const fold = stratifiedFolds(strata, count, trainOptions.seed ?? 1);
  const models: TrainedRiskModel[] = [];
  for (let k = 0; k < count; k += 1) {
    const started = Date.now();
    const train = [...alwaysTrain, ...examples.filter((_, i) => fold[i] !== k)];
    models.push(
      createRiskModel(
        trainRiskModelCached(train, trainOptions, cacheDir),
        `fold model ${k + 1}/${count}`,
      ),
    );
    onFold?.(k, count, (Date.now() - started) / 1000);
  }
  return { fold, models };
}
