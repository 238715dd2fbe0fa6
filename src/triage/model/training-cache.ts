/**
 * Training with a cache on disk, for benchmarks and scripts that train the same fold models again
 * and again (cross-validation, calibration). The key is a hash of the examples and the options that
 * shape the weights, so a changed row or setting trains afresh; only weights are stored, never text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedModel } from './serialized.js';
import { trainRiskModel, type RiskExample, type TrainOptions } from './train.js';

export function trainingKey(examples: readonly RiskExample[], options: TrainOptions): string {
  const hash = createHash('sha256');
  const { createdAt: _createdAt, sources: _sources, ...shaping } = options;
  hash.update(JSON.stringify(shaping));
  for (const e of examples)
    hash.update(`\n${e.source ?? ''}|${e.cssrs}|${String(e.selfHarm)}|${e.text}`);
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
