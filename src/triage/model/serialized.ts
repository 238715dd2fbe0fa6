/**
 * The shipped form of a trained risk model (`weights.json`): sparse, quantised weights per head,
 * Platt scaling, thresholds, and a description of how it was trained (counts, sources, credits,
 * hyper-parameters: never training text). The version is a hash of everything that changes
 * predictions, so the same weights always carry the same version.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NORMALISATION_FINGERPRINT } from './char-class.js';
import type { FittedHeads } from './logistic.js';
import type { PlattScaling } from './calibration.js';
import type { RiskCategory } from '../../core/index.js';

/** @2: condition heads and a crisis head beside the C-SSRS and self-harm heads. */
export const MODEL_FORMAT = 'tandem-risk-model@2';

/**
 * The condition categories the model has a head of its own for: every category except suicide
 * (the C-SSRS heads) and self-harm (its own head, older than these), in `RISK_CATEGORIES` order.
 * Written out rather than derived: it is part of the weights' format, which a new category must
 * not change without a new format and a retrain.
 */
export const CONDITION_HEADS = [
  'harm_to_others',
  'abuse',
  'psychosis',
  'mania',
  'eating_disorder',
  'substance',
  'medical_emergency',
  'third_party',
] as const satisfies readonly RiskCategory[];
export type ConditionHead = (typeof CONDITION_HEADS)[number];

/**
 * Heads 0–5: P(cssrs ≥ t) for t = 1..6; 6: P(self-harm); 7–14: P(condition) in `CONDITION_HEADS`
 * order; 15: P(crisis), the message is `high` or `imminent` by the labelling guide, whatever the
 * category.
 */
export const HEAD_NAMES = [
  'atLeast1',
  'atLeast2',
  'atLeast3',
  'atLeast4',
  'atLeast5',
  'atLeast6',
  'selfHarm',
  ...CONDITION_HEADS,
  'crisis',
] as const;
export const HEAD_COUNT = HEAD_NAMES.length;
/** Index of the self-harm head. */
export const SELF_HARM_HEAD = 6;
/** Index of the first condition head (`CONDITION_HEADS[0]`). */
export const FIRST_CONDITION_HEAD = 7;
/** Index of the crisis head. */
export const CRISIS_HEAD = FIRST_CONDITION_HEAD + CONDITION_HEADS.length;
/** The heads that get a tuned cut-off of their own (`headThresholds`). */
export const THRESHOLD_HEADS = [...CONDITION_HEADS, 'crisis'] as const;
export type ThresholdHead = (typeof THRESHOLD_HEADS)[number];

/** Quantised weights are integers in ±QUANTISATION_LEVELS: each fits an Int16Array slot. */
export const QUANTISATION_LEVELS = 32767;

const probability = z.number().min(0).max(1);
const thresholdsSchema = z.tuple([
  probability,
  probability,
  probability,
  probability,
  probability,
  probability,
]);

const headSchema = z.strictObject({
  name: z.enum(HEAD_NAMES),
  bias: z.number(),
  platt: z.strictObject({ a: z.number(), b: z.number() }),
  /** weight = quantised × scale. */
  scale: z.number().positive(),
  /** Bucket indices, delta-encoded (first absolute, then differences ≥ 1). */
  indices: z.array(z.number().int().nonnegative()),
  weights: z.array(z.number().int().min(-QUANTISATION_LEVELS).max(QUANTISATION_LEVELS)),
});

const labelCountsSchema = z.strictObject({
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
});

const sourceSchema = z.strictObject({
  name: z.string(),
  examples: z.number().int().nonnegative(),
  description: z.string().optional(),
  licence: z.string().optional(),
  credit: z.string().optional(),
});

export const serializedModelSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  version: z.string().regex(/^[0-9a-f]{8}$/),
  createdAt: z.string().optional(),
  features: z.strictObject({
    bits: z.number().int().min(10).max(24),
    normalisation: z.string(),
    wordNgrams: z.tuple([z.literal(1), z.literal(2)]),
    charNgrams: z.tuple([z.literal(3), z.literal(5)]),
    scaling: z.literal('unit-norm-per-group'),
  }),
  heads: z.array(headSchema).length(HEAD_COUNT),
  /** θ of the primary operating point: what `levelOf` and the triage use by default. */
  thresholds: thresholdsSchema,
  /**
   * The cut-off of each condition head and of the crisis head, tuned out of fold on the project's
   * examples (`train.ts`, `tuneHeadThreshold`): the model reads the condition (or a crisis) when
   * its probability reaches it.
   */
  headThresholds: z.strictObject(
    Object.fromEntries(THRESHOLD_HEADS.map((head) => [head, probability])) as Record<
      ThresholdHead,
      typeof probability
    >,
  ),
  primaryOperatingPoint: z.string(),
  /** Every operating point tuned (out of fold, on training data), with its aims and its results. */
  operatingPoints: z.array(
    z.strictObject({
      name: z.string(),
      anyRiskRecallAim: probability,
      severeRecallAim: probability,
      thresholds: thresholdsSchema,
      outOfFold: z.record(z.string(), z.union([z.number(), z.null()])),
    }),
  ),
  training: z.strictObject({
    examples: z.number().int().nonnegative(),
    cssrsCounts: z.array(z.number().int().nonnegative()).length(7),
    selfHarm: labelCountsSchema,
    /** Examples per label of each condition head and of the crisis head. */
    heads: z.strictObject(
      Object.fromEntries(THRESHOLD_HEADS.map((head) => [head, labelCountsSchema])) as Record<
        ThresholdHead,
        typeof labelCountsSchema
      >,
    ),
    sources: z.array(sourceSchema),
    hyperParameters: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    thresholdsTunedOn: z.string(),
    outOfFold: z.record(z.string(), z.union([z.number(), z.null()])),
  }),
});

export type SerializedModel = z.infer<typeof serializedModelSchema>;
export type SerializedHead = z.infer<typeof headSchema>;
export type TrainingSource = z.infer<typeof sourceSchema>;

/** Weights kept per head when serialising: by magnitude, at least `minWeight`, at most `max`. */
export interface Pruning {
  minWeight: number;
  maxWeightsPerHead: number;
}

/**
 * Sparse, quantised weights: `chosen` bucket indices (ascending) → delta-encoded indices and
 * integers in ±QUANTISATION_LEVELS with one `scale`; weights that round to 0 are dropped.
 */
export function quantiseSparse(
  chosen: readonly number[],
  weightAt: (index: number) => number,
): { scale: number; indices: number[]; weights: number[] } {
  let largest = 0;
  for (const index of chosen) largest = Math.max(largest, Math.abs(weightAt(index)));
  const scale = largest > 0 ? largest / QUANTISATION_LEVELS : 1;
  const indices: number[] = [];
  const weights: number[] = [];
  let previous = 0;
  for (const index of chosen) {
    const quantised = Math.round(weightAt(index) / scale);
    if (quantised === 0) continue;
    indices.push(indices.length === 0 ? index : index - previous);
    weights.push(quantised);
    previous = index;
  }
  return { scale, indices, weights };
}

/** Sparse, quantised heads from dense fitted weights. */
export function serializeHeads(
  fitted: FittedHeads,
  platt: readonly PlattScaling[],
  pruning: Pruning,
): SerializedHead[] {
  const dimension = 1 << fitted.bits;
  return HEAD_NAMES.map((name, h) => {
    const kept: number[] = [];
    for (let index = 0; index < dimension; index += 1) {
      if (Math.abs(fitted.weights[index * fitted.heads + h] as number) >= pruning.minWeight)
        kept.push(index);
    }
    const weightAt = (index: number): number => fitted.weights[index * fitted.heads + h] as number;
    let chosen = kept;
    if (kept.length > pruning.maxWeightsPerHead) {
      chosen = [...kept]
        .sort((x, y) => Math.abs(weightAt(y)) - Math.abs(weightAt(x)) || x - y)
        .slice(0, pruning.maxWeightsPerHead)
        .sort((x, y) => x - y);
    }
    const { scale, indices, weights } = quantiseSparse(chosen, weightAt);
    const scaling = platt[h] ?? { a: 0, b: 0 };
    return {
      name,
      bias: fitted.bias[h] as number,
      platt: { a: scaling.a, b: scaling.b },
      scale,
      indices,
      weights,
    };
  });
}

/**
 * Dense interleaved quantised weights (`[bucket * heads + head]`) from the serialised heads: head
 * h's weight is `dense[bucket * heads + h] * heads[h].scale`.
 */
export function denseWeights(model: SerializedModel): Int16Array {
  const dimension = 1 << model.features.bits;
  const dense = new Int16Array(dimension * HEAD_COUNT);
  model.heads.forEach((head, h) => {
    if (head.indices.length !== head.weights.length) {
      throw new Error(
        `head ${head.name}: ${head.indices.length} indices but ${head.weights.length} weights`,
      );
    }
    let index = 0;
    head.indices.forEach((delta, k) => {
      index = k === 0 ? delta : index + delta;
      if (k > 0 && delta < 1)
        throw new Error(`head ${head.name}: index deltas must be ≥ 1 (entry ${k})`);
      if (index >= dimension)
        throw new Error(`head ${head.name}: bucket ${index} outside 2^${model.features.bits}`);
      dense[index * HEAD_COUNT + h] = head.weights[k] as number;
    });
  });
  return dense;
}

/** Hash of what decides predictions (features, heads, thresholds): 8 hex digits. */
export function modelVersion(
  model: Pick<
    SerializedModel,
    'features' | 'heads' | 'thresholds' | 'headThresholds' | 'operatingPoints'
  >,
): string {
  const content = JSON.stringify({
    features: model.features,
    heads: model.heads,
    thresholds: model.thresholds,
    headThresholds: model.headThresholds,
    operatingPoints: model.operatingPoints.map((point) => [point.name, point.thresholds]),
  });
  return createHash('sha256').update(content).digest('hex').slice(0, 8);
}

export const FEATURE_SETTINGS = (bits: number): SerializedModel['features'] => ({
  bits,
  normalisation: NORMALISATION_FINGERPRINT,
  wordNgrams: [1, 2],
  charNgrams: [3, 5],
  scaling: 'unit-norm-per-group',
});
