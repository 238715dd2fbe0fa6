/**
 * Logistic regression heads over hashed sparse features: L2-regularised, class-weighted, fitted
 * to convergence by L-BFGS over the features seen in enough training texts. Small data (hundreds
 * to a few thousand texts) is the normal case here, so the fit is full-batch and the
 * regularisation is real (not the per-coordinate smoothing of online learners, which memorise
 * rare n-grams on such data). Sparsity for shipping comes afterwards, by truncation
 * (serialized.ts). All heads are fitted together: their objectives are independent, but they
 * share every pass over the data. Deterministic.
 */
import type { SparseVector } from './features.js';
import { DEFAULT_LBFGS, minimise } from './lbfgs.js';

export interface LogisticParameters {
  bits: number;
  /** L2 strength λ on the weights (not the biases), relative to the mean weighted log-loss. */
  l2: number;
  maxIterations: number;
  /** Features seen in fewer training texts than this are ignored (memorisation guard). */
  minDocumentFrequency: number;
  /** 'balanced': each class of a head carries half the total weight. */
  classWeighting: 'balanced' | 'none';
}

/** Label of an example for a head: 1, 0, or UNKNOWN (left out of that head). */
export const UNKNOWN_LABEL = -1;

export interface FittedHeads {
  heads: number;
  bits: number;
  /** Dense weights, interleaved: weight of bucket i for head h at [i * heads + h]. */
  weights: Float64Array;
  bias: Float64Array;
  /** L-BFGS iterations used. */
  iterations: number;
}

/** log(1 + e^m), finite for any m. */
function softplus(m: number): number {
  return m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
}

/**
 * Fits `heads` logistic regressions on the examples listed in `rows`. `labels[r * heads + h]` is
 * example r's label for head h; `labelWeights` (same layout, default 1 everywhere) scales how much
 * that label counts, before class balancing, which balances the weighted counts.
 */
export function fitHeads(
  vectors: readonly SparseVector[],
  labels: Int8Array,
  heads: number,
  rows: Int32Array,
  parameters: LogisticParameters,
  labelWeights?: Float64Array,
): FittedHeads {
  const dimension = 1 << parameters.bits;

  // Compact index over the buckets seen in at least minDocumentFrequency training texts.
  const documentFrequency = new Uint32Array(dimension);
  for (const r of rows) {
    for (const index of (vectors[r] as SparseVector).indices)
      documentFrequency[index] = (documentFrequency[index] as number) + 1;
  }
  const compactOf = new Int32Array(dimension).fill(-1);
  const bucketOf: number[] = [];
  for (let index = 0; index < dimension; index += 1) {
    if (
      (documentFrequency[index] as number) >= parameters.minDocumentFrequency &&
      (documentFrequency[index] as number) > 0
    ) {
      compactOf[index] = bucketOf.length;
      bucketOf.push(index);
    }
  }
  const features = bucketOf.length;
  const rowIndices: Int32Array[] = [];
  const rowValues: Float64Array[] = [];
  for (const r of rows) {
    const vector = vectors[r] as SparseVector;
    const kept: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < vector.indices.length; k += 1) {
      const compact = compactOf[vector.indices[k] as number] as number;
      if (compact >= 0) {
        kept.push(compact);
        values.push(vector.values[k] as number);
      }
    }
    rowIndices.push(Int32Array.from(kept));
    rowValues.push(Float64Array.from(values));
  }

  // Per-example weight for each head: class balance, normalised so the loss is a weighted mean.
  const labelWeight = (r: number, h: number): number =>
    labelWeights === undefined ? 1 : (labelWeights[r * heads + h] as number);
  const exampleWeight = new Float64Array(rows.length * heads);
  for (let h = 0; h < heads; h += 1) {
    let positives = 0;
    let negatives = 0;
    rows.forEach((r) => {
      const label = labels[r * heads + h];
      if (label === 1) positives += labelWeight(r, h);
      else if (label === 0) negatives += labelWeight(r, h);
    });
    const total = positives + negatives;
    if (total === 0) continue;
    const balanced = parameters.classWeighting === 'balanced' && positives > 0 && negatives > 0;
    const positiveWeight = balanced ? 1 / (2 * positives) : 1 / total;
    const negativeWeight = balanced ? 1 / (2 * negatives) : 1 / total;
    rows.forEach((r, k) => {
      const label = labels[r * heads + h];
      exampleWeight[k * heads + h] =
        (label === 1 ? positiveWeight : label === 0 ? negativeWeight : 0) * labelWeight(r, h);
    });
  }

  // Parameters: weights [feature * heads + h], then the biases [features * heads + h].
  const biasOffset = features * heads;
  const parametersVector = new Float64Array(biasOffset + heads);
  const margins = new Float64Array(heads);
  const lambda = parameters.l2;
  const objective = (x: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let value = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const r = rows[k] as number;
      const indices = rowIndices[k] as Int32Array;
      const values = rowValues[k] as Float64Array;
      for (let h = 0; h < heads; h += 1) margins[h] = x[biasOffset + h] as number;
      for (let j = 0; j < indices.length; j += 1) {
        const base = (indices[j] as number) * heads;
        const v = values[j] as number;
        for (let h = 0; h < heads; h += 1)
          margins[h] = (margins[h] as number) + (x[base + h] as number) * v;
      }
      for (let h = 0; h < heads; h += 1) {
        const weight = exampleWeight[k * heads + h] as number;
        if (weight === 0) {
          margins[h] = 0;
          continue;
        }
        const m = margins[h] as number;
        const label = labels[r * heads + h] as number;
        value += weight * (softplus(m) - label * m);
        // d/dm of the loss, times the example weight; reused for every feature below.
        margins[h] = weight * (1 / (1 + Math.exp(-m)) - label);
      }
      for (let j = 0; j < indices.length; j += 1) {
        const base = (indices[j] as number) * heads;
        const v = values[j] as number;
        for (let h = 0; h < heads; h += 1)
          gradient[base + h] = (gradient[base + h] as number) + (margins[h] as number) * v;
      }
      for (let h = 0; h < heads; h += 1)
        gradient[biasOffset + h] = (gradient[biasOffset + h] as number) + (margins[h] as number);
    }
    for (let i = 0; i < biasOffset; i += 1) {
      const w = x[i] as number;
      value += 0.5 * lambda * w * w;
      gradient[i] = (gradient[i] as number) + lambda * w;
    }
    return value;
  };
  const iterations = minimise(objective, parametersVector, {
    ...DEFAULT_LBFGS,
    maxIterations: parameters.maxIterations,
  });

  const weights = new Float64Array(dimension * heads);
  for (let f = 0; f < features; f += 1) {
    const bucket = bucketOf[f] as number;
    for (let h = 0; h < heads; h += 1)
      weights[bucket * heads + h] = parametersVector[f * heads + h] as number;
  }
  const bias = parametersVector.slice(biasOffset, biasOffset + heads);
  return { heads, bits: parameters.bits, weights, bias, iterations };
}

/** Raw margins (bias + w·x) of one vector for every head, into `out`. */
export function marginsOf(
  fitted: FittedHeads,
  vector: SparseVector,
  out: Float64Array,
): Float64Array {
  const { heads, weights, bias } = fitted;
  for (let h = 0; h < heads; h += 1) out[h] = bias[h] as number;
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k += 1) {
    const base = (indices[k] as number) * heads;
    const x = values[k] as number;
    for (let h = 0; h < heads; h += 1)
      out[h] = (out[h] as number) + (weights[base + h] as number) * x;
  }
  return out;
}
