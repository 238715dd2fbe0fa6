/**
 * The shipped form of the findings model (`weights.json`): per finding, sparse quantised weights,
 * Platt scaling and the threshold tuned out of fold; plus how it was trained (counts, a hash of
 * the data, hyper-parameters, out-of-fold results — never training text). The version is a hash of
 * everything that changes predictions.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FittedHeads } from '../../triage/model/logistic.js';
import type { PlattScaling } from '../../triage/model/calibration.js';
import { quantiseSparse } from '../../triage/model/serialized.js';

export const FINDINGS_MODEL_FORMAT = 'tandem-findings-model@1';

/**
 * The findings the model has a head for: three alarms, and one good behaviour (`coping_step`,
 * whose line reads every conversation).
 */
export const FINDINGS = ['means_content', 'collusion', 'claims_human', 'coping_step'] as const;
export type ModelFinding = (typeof FINDINGS)[number];

/**
 * Fresh batches kept out of training because nobody has tuned rules or weights on them: they are
 * the honest estimate of how the checks do on wording the project has not seen. Once a batch has
 * been tuned on, it may train too; a newer never-tuned batch then takes its place here.
 */
export const NEVER_TUNED_BATCHES: readonly string[] = [
  'fresh-collusion-j.jsonl',
  'fresh-collusion-k.jsonl',
  'fresh-collusion-l.jsonl',
  'fresh-collusion-n.jsonl',
  // issue 5's eighth round: tuned on (rules only), kept out of training until the next retrain so
  // that the means round running alongside owns the weights
  'fresh-collusion-o.jsonl',
  'fresh-collusion-p.jsonl',
  // The means batches nobody has tuned on: S (ninth round), W (eleventh), Y (twelfth), ZA
  // (thirteenth) and ZB (written for the fourteenth). S's and W's misses were read for triage@40
  // (the gate), no analyser rule was changed from them. The batches of those rounds that were tuned
  // on (I, K–M, O, Q, R, T–V, X and Z; rules only at the time) train the means head and its gate
  // since the fourteenth round's retrain (`--heads means_content`), which left collusion's head as
  // it was.
  'fresh-means-s.jsonl',
  'fresh-means-w.jsonl',
  'fresh-means-y.jsonl',
  'fresh-means-za.jsonl',
  'fresh-means-zb.jsonl',
  // The referral and coping-step round: batches for professional_referral and coping_step (A tuned
  // on, B never tuned). A trains the coping-step head since the learned coping-step round
  // (`FILE_FINDINGS`); B stays out.
  'fresh-referral-coping-b.jsonl',
  // The learned coping-step round: never tuned.
  'fresh-coping-b.jsonl',
  // The second referral round: D and F tuned on (rules only), E never tuned by the first cycle,
  // G never tuned. All are labelled for professional_referral alone (their replies hold coping
  // steps nobody labelled), so none trains the model.
  'fresh-referral-d.jsonl',
  'fresh-referral-e.jsonl',
  'fresh-referral-f.jsonl',
  'fresh-referral-g.jsonl',
];

/**
 * Training files that label only some findings: their rows train only those heads. The coping
 * batches were written and labelled for `coping_step` alone (nobody checked them as means,
 * collusion or claims negatives), and keeping them out of the other heads keeps those heads
 * as they were trained.
 */
export const FILE_FINDINGS: Readonly<Record<string, readonly ModelFinding[]>> = {
  'fresh-referral-coping-a.jsonl': ['coping_step'],
  'fresh-coping-a.jsonl': ['coping_step'],
  'coping-train.jsonl': ['coping_step'],
};

/** Whether `file` (a name in data/analyzers; subfolders are never read) trains the findings model. */
export function isFindingsTrainingFile(file: string): boolean {
  return file.endsWith('.jsonl') && !NEVER_TUNED_BATCHES.includes(file);
}

const headSchema = z.strictObject({
  finding: z.enum(FINDINGS),
  bias: z.number(),
  platt: z.strictObject({ a: z.number(), b: z.number() }),
  /** Calibrated probability at or above which a sentence is a finding. */
  threshold: z.number().min(0).max(1),
  /** weight = quantised × scale. */
  scale: z.number().positive(),
  /** Bucket indices, delta-encoded (first absolute, then differences ≥ 1). */
  indices: z.array(z.number().int().nonnegative()),
  weights: z.array(z.number().int()),
});

const metric = z.union([z.number(), z.null()]);

export const findingsModelSchema = z.strictObject({
  format: z.literal(FINDINGS_MODEL_FORMAT),
  version: z.string().regex(/^[0-9a-f]{8}$/),
  features: z.strictObject({
    bits: z.number().int().min(10).max(24),
    normalisation: z.string(),
    wordNgrams: z.tuple([z.literal(1), z.literal(2)]),
    charNgrams: z.tuple([z.literal(3), z.literal(5)]),
    scaling: z.literal('unit-norm-per-group'),
  }),
  heads: z.array(headSchema).length(FINDINGS.length),
  /**
   * Per finding with a context gate, a head over the seeker's turns (joined by newlines) that opens
   * the model line's gate when the lexical gate misses: `p ≥ threshold` means the person may be at
   * risk (`means_content`) or voiced a belief or plan (`collusion`).
   */
  gates: z.array(headSchema).optional(),
  training: z.strictObject({
    /** sha256 (16 hex) of the training files' bytes, in file-name order. */
    dataHash: z.string(),
    sources: z.array(z.strictObject({ name: z.string(), examples: z.number().int() })),
    examples: z.number().int().nonnegative(),
    positives: z.record(z.string(), z.number().int().nonnegative()),
    hyperParameters: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
    thresholdPolicy: z.string(),
    outOfFold: z.record(z.string(), z.record(z.string(), metric)),
  }),
});

export type SerializedFindingsModel = z.infer<typeof findingsModelSchema>;
export type SerializedFindingHead = z.infer<typeof headSchema>;

/** One finding's head, sparse and quantised: weights below `minWeight` dropped, at most `max` kept. */
export function serializeHead(
  fitted: FittedHeads,
  finding: ModelFinding,
  platt: PlattScaling,
  threshold: number,
  pruning: { minWeight: number; maxWeights: number },
): SerializedFindingHead {
  const dimension = 1 << fitted.bits;
  const weightAt = (index: number): number => fitted.weights[index * fitted.heads] as number;
  let chosen: number[] = [];
  for (let index = 0; index < dimension; index += 1)
    if (Math.abs(weightAt(index)) >= pruning.minWeight) chosen.push(index);
  if (chosen.length > pruning.maxWeights) {
    chosen = chosen
      .sort((x, y) => Math.abs(weightAt(y)) - Math.abs(weightAt(x)) || x - y)
      .slice(0, pruning.maxWeights)
      .sort((x, y) => x - y);
  }
  const { scale, indices, weights } = quantiseSparse(chosen, weightAt);
  return {
    finding,
    bias: fitted.bias[0] as number,
    platt: { a: platt.a, b: platt.b },
    threshold,
    scale,
    indices,
    weights,
  };
}

/** Dense weights of one head (`[bucket]`), validating the delta encoding. */
export function denseHead(head: SerializedFindingHead, bits: number): Float32Array {
  const dimension = 1 << bits;
  if (head.indices.length !== head.weights.length)
    throw new Error(
      `head ${head.finding}: ${head.indices.length} indices but ${head.weights.length} weights`,
    );
  const dense = new Float32Array(dimension);
  let index = 0;
  head.indices.forEach((delta, k) => {
    if (k > 0 && delta < 1)
      throw new Error(`head ${head.finding}: index deltas must be ≥ 1 (entry ${k})`);
    index = k === 0 ? delta : index + delta;
    if (index >= dimension)
      throw new Error(`head ${head.finding}: bucket ${index} outside 2^${bits}`);
    dense[index] = (head.weights[k] as number) * head.scale;
  });
  return dense;
}

/** Hash of what decides predictions (features and heads): 8 hex digits. */
export function findingsModelVersion(
  model: Pick<SerializedFindingsModel, 'features' | 'heads' | 'gates'>,
): string {
  const content = JSON.stringify({
    features: model.features,
    heads: model.heads,
    ...(model.gates === undefined ? {} : { gates: model.gates }),
  });
  return createHash('sha256').update(content).digest('hex').slice(0, 8);
}
