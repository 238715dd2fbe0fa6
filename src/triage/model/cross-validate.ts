/**
 * Out-of-fold model outputs for a training set: each example is predicted by a model trained on
 * the other folds (every such model tunes its own calibration and thresholds inside its training
 * part). This is what anything built on top of the model (e.g. the triage's combination rule) may
 * tune its own cut-offs on without ever scoring a training row.
 */
import { stratifiedFolds } from './random.js';
import { trainRiskModel, type RiskExample, type TrainOptions } from './train.js';
import { createRiskModel, type ModelOutput, type TrainedRiskModel } from './model.js';

export interface OutOfFold {
  /** outputs[i]: the output for examples[i] from the model that did not see it. */
  outputs: ModelOutput[];
  /** levels[i]: that model's own level for examples[i] (by its thresholds). */
  levels: Int32Array;
  /** fold[i]: which fold examples[i] was held out in; models[fold[i]] predicted it. */
  fold: Int32Array;
  models: TrainedRiskModel[];
}

export function outOfFoldOutputs(
  examples: readonly RiskExample[],
  options: TrainOptions & { folds?: number } = {},
): OutOfFold {
  const folds = options.folds ?? 5;
  const seed = options.seed ?? 1;
  const fold = stratifiedFolds(
    examples.map((example) => `${example.source ?? ''}|${example.cssrs}`),
    folds,
    seed,
  );
  const outputs: ModelOutput[] = new Array<ModelOutput>(examples.length);
  const levels = new Int32Array(examples.length);
  const models: TrainedRiskModel[] = [];
  for (let k = 0; k < folds; k += 1) {
    const train = examples.filter((_, i) => fold[i] !== k);
    const model = createRiskModel(
      trainRiskModel(train, options),
      `out-of-fold model ${k + 1}/${folds}`,
    );
    models.push(model);
    examples.forEach((example, i) => {
      if (fold[i] !== k) return;
      const output = model.predict(example.text);
      outputs[i] = output;
      levels[i] = model.levelOf(output);
    });
  }
  return { outputs, levels, fold, models };
}
