/**
 * The risk model: ordinal C-SSRS heads P(cssrs ≥ t), t = 1..6, plus a self-harm head, over hashed
 * word and character n-grams; calibrated, monotone, explainable (the words that pushed the
 * decision, with spans in the original text). Inference only here; training is train.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TandemError } from '../../core/index.js';
import { packagePath } from '../../nlp/package-root.js';
import { makeNonIncreasing, sigmoid } from './calibration.js';
import { FeatureExtraction, extractFeatures, unitName } from './features.js';
import {
  CONDITION_HEADS,
  CRISIS_HEAD,
  FIRST_CONDITION_HEAD,
  HEAD_COUNT,
  SELF_HARM_HEAD,
  THRESHOLD_HEADS,
  denseWeights,
  type ConditionHead,
  type ThresholdHead,
  modelVersion,
  serializedModelSchema,
} from './serialized.js';
import { NORMALISATION_FINGERPRINT } from './char-class.js';
import { ORDINAL_HEADS, levelFromProbabilities, type Thresholds } from './thresholds.js';

export {
  trainRiskModel,
  DEFAULT_TRAIN_OPTIONS,
  type RiskExample,
  type TrainOptions,
} from './train.js';
export type {
  ConditionHead,
  SerializedModel,
  ThresholdHead,
  TrainingSource,
} from './serialized.js';
export { CONDITION_HEADS, THRESHOLD_HEADS } from './serialized.js';
export type { Thresholds } from './thresholds.js';

/** A feature that pushed the decision: `word:<w>` or `bigram:<w1> <w2>`, span in the ORIGINAL text. */
export interface ModelFeature {
  feature: string;
  weight: number;
  start: number;
  end: number;
}

export interface ModelOutput {
  /** Calibrated P(cssrs >= t) for t = 1..6 (index 0 is t=1), monotone non-increasing. */
  atLeast: [number, number, number, number, number, number];
  /** P(self_harm) calibrated. */
  selfHarm: number;
  /** Top positive contributing features for explanation (at most 5). */
  top: ModelFeature[];
  /** Calibrated P(category) of each condition head (models without condition heads: absent). */
  conditions?: Readonly<Record<ConditionHead, number>>;
  /** Calibrated P(the message is `high` or `imminent`), whatever the category. */
  crisis?: number;
  /**
   * For each condition head and the crisis head that reaches its cut-off (`headThresholds`), the
   * features that pushed it (at most 5), spans in the original text.
   */
  headTop?: Partial<Record<ThresholdHead, ModelFeature[]>>;
}

export interface RiskModel {
  readonly version: string;
  predict(text: string): ModelOutput;
  /** The cut-off of each condition head and of the crisis head (absent: the model has none). */
  readonly headThresholds?: Readonly<Record<ThresholdHead, number>>;
}

/** A trained model also knows the cut-offs θ_t it was tuned with (on training data only). */
export interface TrainedRiskModel extends RiskModel {
  /** θ_1..θ_6: the model's level is the largest t with atLeast[t-1] ≥ θ_t. */
  readonly thresholds: Readonly<Thresholds>;
  /** The cut-off of each condition head and of the crisis head. */
  readonly headThresholds: Readonly<Record<ThresholdHead, number>>;
  /** θ of every operating point the model was tuned for (`agreement`, `recall`, …). */
  readonly operatingPoints: Readonly<Record<string, Readonly<Thresholds>>>;
  /** The model's own C-SSRS level for an output, by `thresholds` (or the θ given). */
  levelOf(output: ModelOutput, thresholds?: Readonly<Thresholds>): number;
  /**
   * False when the shared normaliser (src/nlp/normalize.ts) now folds text differently from when
   * the weights were trained: predictions still work but drift; retrain (scripts/train-triage.ts).
   * Not an error, so a normaliser change never takes triage down; the model tests fail on it.
   */
  readonly normalisationMatches: boolean;
}

const MAX_TOP_FEATURES = 5;
if (HEAD_COUNT !== 16) throw new Error('model.ts: addMargins is written out for sixteen heads');
// Local copies of imported bindings used per prediction (see features.ts on loader getters).
const HEADS = HEAD_COUNT;
const SELF_HARM = SELF_HARM_HEAD;
const ORDINAL = ORDINAL_HEADS;
const calibrated = sigmoid;
const monotone = makeNonIncreasing;
const extract = extractFeatures;
const levelFrom = levelFromProbabilities;

/** A packed row holds the heads' weights of one bucket (sixteen heads): one 64-byte cache line. */
const ROW_SHIFT = 4;

/**
 * The nonzero rows of dense interleaved weights (`[bucket * heads + head]`), packed in bucket
 * order: bucket b's row (from 1; 0 when every head's weight is zero there) is
 * `rowBase[b >>> 5]` plus the set bits of `used[b >>> 5]` below bit `b & 31`, and its weights sit
 * at `rows[(row << ROW_SHIFT) + head]`. The weights are the same float32 values.
 */
function packedRows(dense: Float32Array): PackedRows {
  const buckets = dense.length / HEADS;
  let nonzero = 0;
  for (let b = 0; b < buckets; b += 1) {
    for (let h = 0; h < HEADS; h += 1) {
      if (dense[b * HEADS + h] !== 0) {
        nonzero += 1;
        break;
      }
    }
  }
  const words = (buckets + 31) >>> 5;
  const used = new Int32Array(words);
  const rowBase = new Int32Array(words);
  const rows = new Float32Array((nonzero + 1) << ROW_SHIFT);
  let row = 0;
  for (let b = 0; b < buckets; b += 1) {
    if ((b & 31) === 0) rowBase[b >>> 5] = row + 1;
    let any = false;
    for (let h = 0; h < HEADS; h += 1) if (dense[b * HEADS + h] !== 0) any = true;
    if (!any) continue;
    row += 1;
    used[b >>> 5] = (used[b >>> 5] as number) | (1 << (b & 31));
    for (let h = 0; h < HEADS; h += 1)
      rows[(row << ROW_SHIFT) + h] = dense[b * HEADS + h] as number;
  }
  return { used, rowBase, rows };
}

/**
 * `used`: one bit per bucket, set when its row is nonzero; `rowBase`: the row of the first used
 * bucket of each 32 (see `packedRows`). 32 KB apiece for 2^18 buckets, so finding a feature's row
 * stays in the fastest caches; a bucket → row table would span 512 KB, and the model's random
 * reads would evict what the rules read between two predictions.
 */
interface PackedRows {
  used: Int32Array;
  rowBase: Int32Array;
  rows: Float32Array;
}

/** The number of set bits of a 32-bit integer. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

// The two loops over every feature live in functions of their own so V8 optimises them whole
// (inside `predict` they were compiled on-stack mid-loop and kept bailing out).

/**
 * `margins[h]` = bias + each feature's weight for head h times its value, in feature order; each
 * feature's row (0: no weight) into `featureRows`, so the explanation's pass reads the rows again
 * without finding the row (bitmap, rank) again per feature.
 */
function addMargins(
  x: FeatureExtraction,
  { used, rowBase, rows }: PackedRows,
  bias: Float64Array,
  margins: Float64Array,
  featureRows: Int32Array,
): void {
  const { buckets, groups, groupValues, count } = x;
  // One local per head keeps the sums in registers; written out for HEAD_COUNT = 16 (checked
  // where this module loads).
  let m0 = bias[0] as number;
  let m1 = bias[1] as number;
  let m2 = bias[2] as number;
  let m3 = bias[3] as number;
  let m4 = bias[4] as number;
  let m5 = bias[5] as number;
  let m6 = bias[6] as number;
  let m7 = bias[7] as number;
  let m8 = bias[8] as number;
  let m9 = bias[9] as number;
  let m10 = bias[10] as number;
  let m11 = bias[11] as number;
  let m12 = bias[12] as number;
  let m13 = bias[13] as number;
  let m14 = bias[14] as number;
  let m15 = bias[15] as number;
  for (let k = 0; k < count; k += 1) {
    const bucket = buckets[k] as number;
    const word = bucket >>> 5;
    const bits = used[word] as number;
    const bit = bucket & 31;
    if (((bits >>> bit) & 1) === 0) {
      featureRows[k] = 0;
      continue;
    }
    const row = (rowBase[word] as number) + bitCount(bits & ((1 << bit) - 1));
    featureRows[k] = row;
    const base = row << ROW_SHIFT;
    const v = groupValues[groups[k] as number] as number;
    m0 += (rows[base] as number) * v;
    m1 += (rows[base + 1] as number) * v;
    m2 += (rows[base + 2] as number) * v;
    m3 += (rows[base + 3] as number) * v;
    m4 += (rows[base + 4] as number) * v;
    m5 += (rows[base + 5] as number) * v;
    m6 += (rows[base + 6] as number) * v;
    m7 += (rows[base + 7] as number) * v;
    m8 += (rows[base + 8] as number) * v;
    m9 += (rows[base + 9] as number) * v;
    m10 += (rows[base + 10] as number) * v;
    m11 += (rows[base + 11] as number) * v;
    m12 += (rows[base + 12] as number) * v;
    m13 += (rows[base + 13] as number) * v;
    m14 += (rows[base + 14] as number) * v;
    m15 += (rows[base + 15] as number) * v;
  }
  margins[0] = m0;
  margins[1] = m1;
  margins[2] = m2;
  margins[3] = m3;
  margins[4] = m4;
  margins[5] = m5;
  margins[6] = m6;
  margins[7] = m7;
  margins[8] = m8;
  margins[9] = m9;
  margins[10] = m10;
  margins[11] = m11;
  margins[12] = m12;
  margins[13] = m13;
  margins[14] = m14;
  margins[15] = m15;
}

/**
 * Each explanation unit's share of head `head`'s calibrated logit, into `contributions`
 * (`featureRows` as `addMargins` left them).
 */
function addContributions(
  x: FeatureExtraction,
  { rows }: PackedRows,
  featureRows: Int32Array,
  head: number,
  slope: number,
  contributions: Float64Array,
): void {
  const { groups, groupValues, units, count } = x;
  for (let k = 0; k < count; k += 1) {
    const row = featureRows[k] as number;
    if (row === 0) continue;
    const unit = units[k] as number;
    contributions[unit] =
      (contributions[unit] as number) +
      (rows[(row << ROW_SHIFT) + head] as number) *
        (groupValues[groups[k] as number] as number) *
        slope;
  }
}

/**
 * Which head an explanation is about: self-harm when that is the stronger finding, else the
 * highest level the model reaches by its thresholds (t = 1 when it reaches none, so a low output
 * still shows what little pointed towards risk).
 */
function explainedHead(
  atLeast: readonly number[],
  selfHarm: number,
  thresholds: Readonly<Thresholds>,
): number {
  const level = levelFrom(atLeast, thresholds);
  if (selfHarm >= 0.5 && selfHarm > (atLeast[0] as number)) return SELF_HARM;
  return Math.max(level, 1) - 1;
}

/** The units with the largest positive contributions (at most five), largest first. */
function topUnits(x: FeatureExtraction, contributions: Float64Array): ModelFeature[] {
  const best: number[] = [];
  for (let unit = 0; unit < x.unitCount; unit += 1) {
    const value = contributions[unit] as number;
    if (value <= 0) continue;
    if (
      best.length === MAX_TOP_FEATURES &&
      value <= (contributions[best[MAX_TOP_FEATURES - 1] as number] as number)
    )
      continue;
    let at = best.length;
    while (at > 0 && (contributions[best[at - 1] as number] as number) < value) at -= 1;
    best.splice(at, 0, unit);
    if (best.length > MAX_TOP_FEATURES) best.pop();
  }
  return best.map((unit) => ({
    feature: unitName(x, unit),
    weight: contributions[unit] as number,
    start: x.unitStart[unit] as number,
    end: x.unitEnd[unit] as number,
  }));
}

/**
 * An inference-ready model from a serialised one (e.g. `trainRiskModel`'s output, or parsed
 * weights.json), validated first. `origin` names it in errors (a file path, say).
 */
export function createRiskModel(serialized: unknown, origin = 'risk model'): TrainedRiskModel {
  const parsed = serializedModelSchema.safeParse(serialized);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: field "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'is invalid'}; retrain or restore the weights`,
    );
  }
  const checked = parsed.data;
  const expected = modelVersion(checked);
  if (expected !== checked.version) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: version ${checked.version} does not match the content (${expected}); the weights were edited or damaged, retrain or restore them`,
    );
  }
  let weights: Float32Array;
  try {
    weights = denseWeights(checked);
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: ${(error as Error).message}; retrain or restore the weights`,
      { cause: error },
    );
  }
  // Most buckets carry no weight in any head (the top-k pruned heads share about an eighth of the
  // buckets), and a zero row adds exactly nothing to a margin or a contribution. So the nonzero
  // rows are packed, sixteen floats apiece (one aligned cache line a row), behind
  // a bucket → row table: the hot loops touch about a fifth of the memory the dense table spans.
  const packed = packedRows(weights);
  const bits = checked.features.bits;
  const bias = Float64Array.from(checked.heads, (head) => head.bias);
  const plattA = Float64Array.from(checked.heads, (head) => head.platt.a);
  const plattB = Float64Array.from(checked.heads, (head) => head.platt.b);
  const thresholds = [...checked.thresholds] as Thresholds;
  const headThresholds = Object.freeze({ ...checked.headThresholds });
  const extraction = new FeatureExtraction();
  const margins = new Float64Array(HEAD_COUNT);
  let contributions = new Float64Array(256);
  let featureRows = new Int32Array(1024);

  const predict = (text: string): ModelOutput => {
    if (typeof text !== 'string')
      throw new TandemError('INPUT_INVALID', 'risk model: text must be a string');
    const x = extract(text, bits, extraction);
    if (featureRows.length < x.count) featureRows = new Int32Array(x.count * 2);
    addMargins(x, packed, bias, margins, featureRows);
    const atLeast: number[] = [];
    for (let t = 0; t < ORDINAL; t += 1) {
      atLeast.push(
        calibrated((plattA[t] as number) * (margins[t] as number) + (plattB[t] as number)),
      );
    }
    monotone(atLeast);
    const selfHarm = calibrated(
      (plattA[SELF_HARM] as number) * (margins[SELF_HARM] as number) +
        (plattB[SELF_HARM] as number),
    );

    // Condition heads, then the crisis head: the heads `THRESHOLD_HEADS` names, in its order.
    const headP: number[] = [];
    for (let k = 0; k < THRESHOLD_HEADS.length; k += 1) {
      const h = FIRST_CONDITION_HEAD + k;
      headP.push(
        calibrated((plattA[h] as number) * (margins[h] as number) + (plattB[h] as number)),
      );
    }
    const conditions = {} as Record<ConditionHead, number>;
    for (let k = 0; k < CONDITION_HEADS.length; k += 1)
      conditions[CONDITION_HEADS[k] as ConditionHead] = headP[k] as number;
    const crisis = headP[CRISIS_HEAD - FIRST_CONDITION_HEAD] as number;

    // Explanation: each unit's (word with its n-grams, or bigram) share of the explained head's
    // calibrated logit; the largest positive shares, at most five. The same for every condition
    // or crisis head that fires, which is rare, so the common message pays for one head only.
    if (contributions.length < x.unitCount) contributions = new Float64Array(x.unitCount * 2);
    const explain = (head: number): ModelFeature[] => {
      contributions.fill(0, 0, x.unitCount);
      addContributions(x, packed, featureRows, head, plattA[head] as number, contributions);
      return topUnits(x, contributions);
    };
    const top = explain(explainedHead(atLeast, selfHarm, thresholds));
    const headTop: Partial<Record<ThresholdHead, ModelFeature[]>> = {};
    for (let k = 0; k < THRESHOLD_HEADS.length; k += 1) {
      const name = THRESHOLD_HEADS[k] as ThresholdHead;
      if ((headP[k] as number) >= headThresholds[name])
        headTop[name] = explain(FIRST_CONDITION_HEAD + k);
    }
    return {
      atLeast: atLeast as ModelOutput['atLeast'],
      selfHarm,
      top,
      conditions,
      crisis,
      headTop,
    };
  };

  return {
    version: checked.version,
    thresholds,
    headThresholds,
    normalisationMatches: checked.features.normalisation === NORMALISATION_FINGERPRINT,
    predict,
    operatingPoints: Object.fromEntries(
      checked.operatingPoints.map((point) => [point.name, [...point.thresholds] as Thresholds]),
    ),
    levelOf: (output, cut = thresholds) => levelFromProbabilities(output.atLeast, cut),
  };
}

/** Where the shipped weights live: next to this module, or in the package's sources (dist builds). */
export function defaultWeightsPath(): string {
  // Asked on every call that uses the default model (per gateway turn): look on disk once.
  if (shippedWeights === undefined) {
    const beside = fileURLToPath(new URL('./weights.json', import.meta.url));
    shippedWeights = existsSync(beside)
      ? beside
      : packagePath('src', 'triage', 'model', 'weights.json');
  }
  return shippedWeights;
}
let shippedWeights: string | undefined;

const loaded = new Map<string, TrainedRiskModel>();

/** Loads (once per path) and validates a trained model; default: the shipped weights.json. */
export function loadRiskModel(path?: string): TrainedRiskModel {
  const file = resolve(path ?? defaultWeightsPath());
  const cached = loaded.get(file);
  if (cached) return cached;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `risk model weights not found or unreadable at ${file}: train them with \`npx tsx scripts/train-triage.ts --data data/triage/train.jsonl\``,
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `risk model weights ${file} are not valid JSON (${(error as Error).message}); retrain or restore the file`,
      {
        cause: error,
      },
    );
  }
  const model = createRiskModel(json, `risk model weights ${file}`);
  loaded.set(file, model);
  return model;
}
