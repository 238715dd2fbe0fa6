/**
 * The risk model: ordinal C-SSRS heads P(cssrs ≥ t), t = 1..6, plus a self-harm head, over hashed
 * word and character n-grams; calibrated, monotone, explainable (the words that pushed the
 * decision, with spans in the original text). Inference only here; training is train.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TandemError } from '../../core/index.js';
import { normalizeWithBlank } from '../../nlp/normalize.js';
import { packagePath } from '../../nlp/package-root.js';
import { makeNonIncreasing, sigmoid } from './calibration.js';
import {
  FEATURE_GROUP_COUNT,
  FeatureExtraction,
  FeatureGroup,
  UnitKind,
  charGrams,
  extractSpliced,
  extractUnits,
  unitName,
} from './features.js';
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
import { WordTable } from './word-table.js';
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
  /**
   * `predict` of `text` with `text[start..end)` blanked (each code unit a space, so spans stay
   * offsets into `text`): the same output, computed faster when `text` is the text `predict` read
   * last (the rules ask for the message read without one of its cues). With `levelOnly`, the
   * explanations of the condition and crisis heads (`headTop`) are left out: the rules' context
   * reads use the level's (`top`) alone, and explaining every head that fires was most of a read.
   */
  predictWithout?(text: string, start: number, end: number, levelOnly?: boolean): ModelOutput;
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
// Local copies of imported bindings used per prediction (see features.ts on loader getters).
const HEADS = HEAD_COUNT;
const SELF_HARM = SELF_HARM_HEAD;
const ORDINAL = ORDINAL_HEADS;
const calibrated = sigmoid;
const monotone = makeNonIncreasing;
const extract = extractUnits;
const splice = extractSpliced;
const normalizeBlanked = normalizeWithBlank;
const wordCharGrams = charGrams;
const levelFrom = levelFromProbabilities;
const GROUP_WORD = FeatureGroup.word;
const GROUP_BIGRAM = FeatureGroup.bigram;
const GROUP_CHAR = FeatureGroup.char;
const UNIT_BIGRAM = UnitKind.bigram;

/**
 * A packed row holds the heads' quantised weights of one bucket (sixteen int16s, half a cache
 * line), as integers so that sums of them are exact in any order (see `WORD_SUMS`); each head's
 * scale is applied once per message.
 */
const ROW_SHIFT = 4;
if (HEAD_COUNT > 1 << ROW_SHIFT) throw new Error('model.ts: a packed row holds sixteen heads');

/**
 * The nonzero rows of dense interleaved quantised weights (`[bucket * heads + head]`), packed in
 * bucket order: bucket b's row (from 1; 0 when every head's weight is zero there) is
 * `rowBase[b >>> 5]` plus the set bits of `used[b >>> 5]` below bit `b & 31`, and its weights sit
 * at `rows[(row << ROW_SHIFT) + head]`.
 */
function packedRows(dense: Int16Array): PackedRows {
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
  const rows = new Int16Array((nonzero + 1) << ROW_SHIFT);
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
  rows: Int16Array;
}

/** The number of set bits of a 32-bit integer. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Bucket `bucket`'s row in `packed` (0: every head's weight is zero there). */
function rowOf(used: Int32Array, rowBase: Int32Array, bucket: number): number {
  const word = bucket >>> 5;
  const bits = used[word] as number;
  const bit = bucket & 31;
  if (((bits >>> bit) & 1) === 0) return 0;
  return (rowBase[word] as number) + bitCount(bits & ((1 << bit) - 1));
}

/**
 * What a word contributes wherever it occurs, by its folded text (a `WordTable` entry): per head,
 * the sum of its character n-grams' quantised weights (`HEAD_COUNT` float64s), then its unigram's
 * row (`HEAD_COUNT` int16s) copied beside them, so a known word is one run of memory rather than
 * that and a random read in the 1.5 MB of rows (the unigram's row read was a quarter of
 * `groupSums`). The sums are of integers, so they are exact in any order, and a remembered word
 * gives the very margins a new one would.
 */
const WORD_SUMS = HEAD_COUNT;
const WORD_WEIGHTS = HEAD_COUNT;

/**
 * Words met before, so a word's n-grams are looked up once rather than in every message: most of
 * a message's features are character n-grams of words that recur (a 3,000-character message has
 * ~6,400 features in ~550 words). Cleared between texts when full (~5 MB).
 */
const WORD_TABLE_CAPACITY = 1 << 15;

/**
 * Adds units `from`..`to` of the text to its per-head sums of quantised weights by feature group
 * (`sums[group * HEADS + head]`), with each bigram unit's row into `unitRows` and each word unit's
 * entry in `words` into `unitWords` (-1: a bigram), for the explanation's pass. `words` needs room
 * for their new words (`WordTable.reserve`). A word's
 * character n-grams are hashed (into `grams`, room for `3 * length` buckets) only when the table
 * meets the word for the first time: `x` need not list them (`extractUnits`).
 */
function groupSums(
  x: FeatureExtraction,
  { used, rowBase, rows }: PackedRows,
  words: WordTable,
  sums: Float64Array,
  unitRows: Int32Array,
  unitWords: Int32Array,
  grams: Int32Array,
  from: number,
  to: number,
): void {
  const { buckets, unitFirst, unitKind, unitStart, unitEnd, unitHash, normalized, mask } = x;
  const { values, weights, stride, weightStride, weightOffset } = words;
  for (let u = from; u < to; u += 1) {
    const first = unitFirst[u] as number;
    if (unitKind[u] === UNIT_BIGRAM) {
      const row = rowOf(used, rowBase, buckets[first] as number);
      unitRows[u] = row;
      unitWords[u] = -1;
      const base = row << ROW_SHIFT;
      for (let h = 0; h < HEADS; h += 1)
        sums[BIGRAM_SUMS + h] = (sums[BIGRAM_SUMS + h] as number) + (rows[base + h] as number);
      continue;
    }
    const start = unitStart[u] as number;
    const end = unitEnd[u] as number;
    const entry = words.entryOf(unitHash[u] as number, normalized, start, end);
    const at = entry * stride;
    const weightsAt = entry * weightStride + weightOffset;
    if (words.isNew) {
      const gramCount = wordCharGrams(normalized, start, end, mask, grams, 0);
      for (let k = 0; k < gramCount; k += 1) {
        const base = rowOf(used, rowBase, grams[k] as number) << ROW_SHIFT;
        for (let h = 0; h < HEADS; h += 1)
          values[at + h] = (values[at + h] as number) + (rows[base + h] as number);
      }
      // A word unit's last listed feature is its unigram.
      const base =
        rowOf(used, rowBase, buckets[(unitFirst[u + 1] as number) - 1] as number) << ROW_SHIFT;
      for (let h = 0; h < HEADS; h += 1) weights[weightsAt + h] = rows[base + h] as number;
    }
    unitWords[u] = entry;
    for (let h = 0; h < HEADS; h += 1) {
      sums[h] = (sums[h] as number) + (weights[weightsAt + h] as number);
      sums[CHAR_SUMS + h] = (sums[CHAR_SUMS + h] as number) + (values[at + h] as number);
    }
  }
}

const BIGRAM_SUMS = HEAD_COUNT;
const CHAR_SUMS = 2 * HEAD_COUNT;

/**
 * The units with the largest positive shares of each explained head's calibrated logit (at most
 * `MAX_TOP_FEATURES` per head, largest first, the earlier unit first among equal shares), for the
 * `count` heads in `heads`. A unit's share of head `heads[k]` is `slopes[k]` (Platt slope × the
 * head's scale) × its quantised weights times their groups' values. Head k's units and shares are
 * `bestUnits` and `bestShares` from `k * MAX_TOP_FEATURES`, `found[k]` of them.
 *
 * One pass over the units for all the heads: a long message explains about five (the level's head
 * and the condition and crisis heads that fire), and a pass per head read every word's table entry
 * and every bigram's row again (a quarter of `predict` at 3,000 characters). Each share is the
 * same expression a pass per head computed, so the explanations are the same to the bit.
 */
function explainUnits(
  x: FeatureExtraction,
  { rows }: PackedRows,
  unitRows: Int32Array,
  words: WordTable,
  unitWords: Int32Array,
  heads: Int32Array,
  slopes: Float64Array,
  count: number,
  bestUnits: Int32Array,
  bestShares: Float64Array,
  found: Int32Array,
): void {
  const { unitKind, unitCount, groupValues } = x;
  const wordValue = groupValues[GROUP_WORD] as number;
  const bigramValue = groupValues[GROUP_BIGRAM] as number;
  const charValue = groupValues[GROUP_CHAR] as number;
  const { values, weights, stride, weightStride, weightOffset } = words;
  found.fill(0, 0, count);
  for (let u = 0; u < unitCount; u += 1) {
    const bigram = unitKind[u] === UNIT_BIGRAM;
    const rowAt = bigram ? (unitRows[u] as number) << ROW_SHIFT : 0;
    const entry = bigram ? 0 : (unitWords[u] as number);
    const valuesAt = entry * stride;
    const weightsAt = entry * weightStride + weightOffset;
    for (let k = 0; k < count; k += 1) {
      const head = heads[k] as number;
      const share = bigram
        ? (slopes[k] as number) * (bigramValue * (rows[rowAt + head] as number))
        : (slopes[k] as number) *
          (charValue * (values[valuesAt + head] as number) +
            wordValue * (weights[weightsAt + head] as number));
      if (share <= 0) continue;
      const first = k * MAX_TOP_FEATURES;
      const have = found[k] as number;
      if (
        have === MAX_TOP_FEATURES &&
        share <= (bestShares[first + MAX_TOP_FEATURES - 1] as number)
      )
        continue;
      // Insertion: the smallest drops out when all five slots are taken.
      let at = first + (have < MAX_TOP_FEATURES ? have : MAX_TOP_FEATURES - 1);
      while (at > first && (bestShares[at - 1] as number) < share) {
        bestShares[at] = bestShares[at - 1] as number;
        bestUnits[at] = bestUnits[at - 1] as number;
        at -= 1;
      }
      bestShares[at] = share;
      bestUnits[at] = u;
      if (have < MAX_TOP_FEATURES) found[k] = have + 1;
    }
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

/** Explained head k's features (see `explainUnits`), spans in the original text. */
function featuresOf(
  x: FeatureExtraction,
  k: number,
  bestUnits: Int32Array,
  bestShares: Float64Array,
  found: Int32Array,
): ModelFeature[] {
  const out: ModelFeature[] = [];
  const first = k * MAX_TOP_FEATURES;
  for (let at = first; at < first + (found[k] as number); at += 1) {
    const unit = bestUnits[at] as number;
    out.push({
      feature: unitName(x, unit),
      weight: bestShares[at] as number,
      start: x.unitStart[unit] as number,
      end: x.unitEnd[unit] as number,
    });
  }
  return out;
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
  let weights: Int16Array;
  try {
    weights = denseWeights(checked);
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: ${(error as Error).message}; retrain or restore the weights`,
      { cause: error },
    );
  }
  // Most buckets carry no weight in any head (the top-k pruned heads share about a sixth of the
  // buckets), and a zero row adds exactly nothing to a margin or a contribution. So the nonzero
  // rows are packed, sixteen int16s apiece, behind a bucket → row bitmap: the model's random
  // reads touch about a tenth of the memory the dense float table spanned.
  const packed = packedRows(weights);
  const bits = checked.features.bits;
  const bias = Float64Array.from(checked.heads, (head) => head.bias);
  const scale = Float64Array.from(checked.heads, (head) => head.scale);
  const plattA = Float64Array.from(checked.heads, (head) => head.platt.a);
  const plattB = Float64Array.from(checked.heads, (head) => head.platt.b);
  const thresholds = [...checked.thresholds] as Thresholds;
  const headThresholds = Object.freeze({ ...checked.headThresholds });
  const extraction = new FeatureExtraction();
  const margins = new Float64Array(HEAD_COUNT);
  const sums = new Float64Array(FEATURE_GROUP_COUNT * HEAD_COUNT);
  const words = new WordTable(WORD_TABLE_CAPACITY, WORD_SUMS, WORD_WEIGHTS);
  // The heads one prediction explains (see `explainUnits`): at most the level's and every
  // condition and crisis head.
  const explained = new Int32Array(1 + THRESHOLD_HEADS.length);
  const slopes = new Float64Array(explained.length);
  const found = new Int32Array(explained.length);
  const bestUnits = new Int32Array(explained.length * MAX_TOP_FEATURES);
  const bestShares = new Float64Array(explained.length * MAX_TOP_FEATURES);
  let unitRows = new Int32Array(256);
  let unitWords = new Int32Array(256);
  let grams = new Int32Array(256);

  // The text `predict` read last, whose extraction, unit rows and entries (`unitRows`,
  // `unitWords`) and sums `predictWithout` starts from; its own go to the buffers after these.
  let lastText: string | undefined;
  const blankedExtraction = new FeatureExtraction();
  const blankedSums = new Float64Array(sums.length);
  let blankedRows = new Int32Array(256);
  let blankedWords = new Int32Array(256);

  const predict = (text: string): ModelOutput => {
    if (typeof text !== 'string')
      throw new TandemError('INPUT_INVALID', 'risk model: text must be a string');
    lastText = undefined;
    const x = extract(text, bits, extraction);
    if (unitRows.length < x.unitCount) {
      unitRows = new Int32Array(x.unitCount * 2);
      unitWords = new Int32Array(x.unitCount * 2);
    }
    // A word's n-grams are at most three per code unit, and no word is longer than the text.
    if (grams.length < 3 * text.length) grams = new Int32Array(3 * text.length);
    sums.fill(0);
    words.reserve(x.unitCount);
    groupSums(x, packed, words, sums, unitRows, unitWords, grams, 0, x.unitCount);
    lastText = text;
    return outputOf(x, sums, unitRows, unitWords);
  };

  /**
   * The blanked text's units are the last text's outside the few around the blank, so only those
   * are looked up: the sums are the last text's less what its units there added plus what the
   * blanked text's add (integers, so exact in any order: the very sums `predict` would make), and
   * the other units' rows and entries are copied. A context read cost a whole `predict` per cue
   * that needs context, which made the messages with such cues the slowest (p99).
   */
  const predictWithout = (
    text: string,
    start: number,
    end: number,
    levelOnly = false,
  ): ModelOutput => {
    if (typeof text !== 'string')
      throw new TandemError('INPUT_INVALID', 'risk model: text must be a string');
    // The blanked text itself is made only when it is read whole (a 3,000-character string).
    const whole = (): ModelOutput => {
      const blanked = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      return levelOnly ? withoutHeadTop(predict(blanked)) : predict(blanked);
    };
    const x = extraction;
    const inside =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= text.length;
    if (text !== lastText || !inside || !x.folded) return whole();
    const before = x.normalized;
    const after = normalizeBlanked(text, before, start, end);
    const n = before.length;
    if (after.length !== n) return whole();
    // Where the two normalised texts differ: [differFrom, differTo).
    let differFrom = 0;
    while (differFrom < n && before.charCodeAt(differFrom) === after.charCodeAt(differFrom))
      differFrom += 1;
    let differTo = n;
    while (
      differTo > differFrom &&
      before.charCodeAt(differTo - 1) === after.charCodeAt(differTo - 1)
    )
      differTo -= 1;
    // The blanked text's units, listed again only around the difference (a whole extraction was
    // a fifth of a context read at 3,000 characters).
    const y = splice(x, after, differFrom, differTo, false, blankedExtraction);
    // Unit u of the last text adds what unit v of the blanked one does when both are the same
    // kind and span with the same hash and listed bucket (a bigram's row), and a word's folded
    // text (its table entry's key) lies outside the difference.
    const same = (u: number, v: number): boolean =>
      x.unitKind[u] === y.unitKind[v] &&
      x.unitStart[u] === y.unitStart[v] &&
      x.unitEnd[u] === y.unitEnd[v] &&
      x.unitHash[u] === y.unitHash[v] &&
      x.buckets[x.unitFirst[u] as number] === y.buckets[y.unitFirst[v] as number] &&
      (x.unitKind[u] === UNIT_BIGRAM ||
        (x.unitEnd[u] as number) <= differFrom ||
        (x.unitStart[u] as number) >= differTo);
    // The units the splice copied are the same (`keptBefore`, `keptAfter`): the scan for the
    // first and last that differ starts past them, and finds what a scan from the ends would.
    let prefix = y.keptBefore;
    const shorter = Math.min(x.unitCount, y.unitCount);
    while (prefix < shorter && same(prefix, prefix)) prefix += 1;
    const kept = Math.min(y.keptAfter, x.unitCount - prefix, y.unitCount - prefix);
    let xTo = x.unitCount - kept;
    let yTo = y.unitCount - kept;
    while (xTo > prefix && yTo > prefix && same(xTo - 1, yTo - 1)) {
      xTo -= 1;
      yTo -= 1;
    }
    // The blanked text's new units may add words; the last text's entries must stay valid, so
    // when the table would have to start over, read the blanked text whole.
    if (words.size + (yTo - prefix) > words.capacity) return whole();
    if (blankedRows.length < y.unitCount) {
      blankedRows = new Int32Array(y.unitCount * 2);
      blankedWords = new Int32Array(y.unitCount * 2);
    }
    blankedRows.set(unitRows.subarray(0, prefix));
    blankedWords.set(unitWords.subarray(0, prefix));
    blankedRows.set(unitRows.subarray(xTo, x.unitCount), yTo);
    blankedWords.set(unitWords.subarray(xTo, x.unitCount), yTo);
    blankedSums.set(sums);
    const { rows } = packed;
    const { values, weights: entryWeights, stride, weightStride, weightOffset } = words;
    for (let u = prefix; u < xTo; u += 1) {
      if (x.unitKind[u] === UNIT_BIGRAM) {
        const base = (unitRows[u] as number) << ROW_SHIFT;
        for (let h = 0; h < HEADS; h += 1)
          blankedSums[BIGRAM_SUMS + h] =
            (blankedSums[BIGRAM_SUMS + h] as number) - (rows[base + h] as number);
        continue;
      }
      const entry = unitWords[u] as number;
      const at = entry * stride;
      const weightsAt = entry * weightStride + weightOffset;
      for (let h = 0; h < HEADS; h += 1) {
        blankedSums[h] = (blankedSums[h] as number) - (entryWeights[weightsAt + h] as number);
        blankedSums[CHAR_SUMS + h] =
          (blankedSums[CHAR_SUMS + h] as number) - (values[at + h] as number);
      }
    }
    words.reserve(yTo - prefix);
    groupSums(y, packed, words, blankedSums, blankedRows, blankedWords, grams, prefix, yTo);
    return outputOf(y, blankedSums, blankedRows, blankedWords, levelOnly);
  };

  /** The output for text `x` given its sums and its units' rows and table entries. */
  const outputOf = (
    x: FeatureExtraction,
    sums: Float64Array,
    unitRows: Int32Array,
    unitWords: Int32Array,
    levelOnly = false,
  ): ModelOutput => {
    const { groupValues } = x;
    for (let h = 0; h < HEADS; h += 1) {
      const weighted =
        (groupValues[GROUP_WORD] as number) * (sums[h] as number) +
        (groupValues[GROUP_BIGRAM] as number) * (sums[BIGRAM_SUMS + h] as number) +
        (groupValues[GROUP_CHAR] as number) * (sums[CHAR_SUMS + h] as number);
      margins[h] = (bias[h] as number) + (scale[h] as number) * weighted;
    }
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
    // or crisis head that fires, in the same pass over the units.
    const slopeOf = (head: number): number => (plattA[head] as number) * (scale[head] as number);
    const levelHead = explainedHead(atLeast, selfHarm, thresholds);
    explained[0] = levelHead;
    slopes[0] = slopeOf(levelHead);
    let count = 1;
    for (let k = 0; !levelOnly && k < THRESHOLD_HEADS.length; k += 1) {
      if ((headP[k] as number) < headThresholds[THRESHOLD_HEADS[k] as ThresholdHead]) continue;
      explained[count] = FIRST_CONDITION_HEAD + k;
      slopes[count] = slopeOf(FIRST_CONDITION_HEAD + k);
      count += 1;
    }
    explainUnits(
      x,
      packed,
      unitRows,
      words,
      unitWords,
      explained,
      slopes,
      count,
      bestUnits,
      bestShares,
      found,
    );
    const top = featuresOf(x, 0, bestUnits, bestShares, found);
    if (levelOnly) {
      return {
        atLeast: atLeast as ModelOutput['atLeast'],
        selfHarm,
        top,
        conditions,
        crisis,
      };
    }
    const headTop: Partial<Record<ThresholdHead, ModelFeature[]>> = {};
    for (let k = 1; k < count; k += 1) {
      const name = THRESHOLD_HEADS[
        (explained[k] as number) - FIRST_CONDITION_HEAD
      ] as ThresholdHead;
      headTop[name] = featuresOf(x, k, bestUnits, bestShares, found);
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
    predictWithout,
    operatingPoints: Object.fromEntries(
      checked.operatingPoints.map((point) => [point.name, [...point.thresholds] as Thresholds]),
    ),
    levelOf: (output, cut = thresholds) => levelFromProbabilities(output.atLeast, cut),
  };
}

/** `output` without its heads' explanations (`predictWithout`'s `levelOnly`). */
function withoutHeadTop(output: ModelOutput): ModelOutput {
  const { headTop: _left, ...rest } = output;
  return rest;
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
