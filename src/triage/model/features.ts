/**
 * Hashed text features for the risk model: word unigrams and bigrams, and character 3–5-grams
 * inside each word with boundary markers ("<kms>" gives "<km", "kms", "ms>", "<kms", …), over the
 * text as the shared normaliser folds it (`normalizeText` in src/nlp/normalize.ts: case,
 * diacritics, apostrophes, leetspeak; same length, so offsets map 1:1), hashed into 2^bits
 * buckets.
 *
 * Written for speed: one pass over the code units, no per-character strings, hashes built
 * incrementally, results in reusable typed arrays. Every feature remembers the *unit* it came from
 * (a word, with its character n-grams, or a bigram) and each unit its span in the original text,
 * which is what the model's explanations cite.
 */
import { normalizeText } from '../../nlp/normalize.js';
import { CharClass, classOf as importedClassOf } from './char-class.js';

export const DEFAULT_FEATURE_BITS = 18;

/** Feature groups; each is scaled to unit L2 norm on its own, so none drowns out the others. */
export const FeatureGroup = { word: 0, bigram: 1, char: 2 } as const;
export const FEATURE_GROUP_COUNT = 3;

/** What an explanation unit is. */
export const UnitKind = { word: 0, bigram: 1 } as const;

// Local copies: under loaders that wrap ES module bindings in getters (tsx, vitest), reading an
// imported constant in the hot loop costs a function call per character.
const classOf = importedClassOf;
const normalize = normalizeText;
const WORD = CharClass.word;
const SYMBOL = CharClass.symbol;
const IGNORABLE = CharClass.ignorable;
const SENTENCE_BREAK = CharClass.sentenceBreak;
const GROUP_WORD = 0;
const GROUP_BIGRAM = 1;
const GROUP_CHAR = 2;
const UNIT_WORD = 0;
const UNIT_BIGRAM = 1;

const FNV_PRIME = 16777619;
const WORD_BASIS = 0x811c9dc5 | 0;
const CHAR_BASIS = 0x050c5d1f | 0;
const BIGRAM_SEED = 0x2545f491 | 0;
const BOUNDARY_START = 0x02;
const BOUNDARY_END = 0x03;

/** murmur3's finaliser: spreads FNV's weak low bits before masking to a bucket. */
export function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The features of one text, in reusable buffers: feature i has bucket `buckets[i]`, group
 * `groups[i]` and unit `units[i]`; unit u spans `unitStart[u]`..`unitEnd[u]` of the original text.
 * A word unit's last feature is its unigram (after its character n-grams, which `extractUnits`
 * leaves out). Valid until the next extraction that reuses the same object.
 */
export class FeatureExtraction {
  /**
   * The normalised text the features were computed over (same length as the original; the
   * original itself should the normaliser ever break that, see `folded`).
   */
  normalized = '';
  /** Whether `normalized` is the normaliser's output (false: the original text stands in). */
  folded = true;
  /** The bucket mask (2^bits - 1) the features were hashed with. */
  mask = 0;
  count = 0;
  unitCount = 0;
  readonly groupCounts = new Int32Array(FEATURE_GROUP_COUNT);
  readonly groupValues = new Float64Array(FEATURE_GROUP_COUNT);
  buckets = new Int32Array(1024);
  groups = new Uint8Array(1024);
  units = new Int32Array(1024);
  /** Unit u's features are `unitFirst[u]`..`unitFirst[u + 1]` (exclusive; the last: `count`). */
  unitFirst = new Int32Array(257);
  unitStart = new Int32Array(256);
  /** A word unit's hash (of its folded code units, ignorables left out); 0 for a bigram. */
  unitHash = new Int32Array(256);
  unitEnd = new Int32Array(256);
  unitKind = new Uint8Array(256);
  /**
   * After `extractSpliced`: how many leading and trailing units were copied from the earlier
   * extraction (the same units, in the same order); 0 after any other extraction.
   */
  keptBefore = 0;
  keptAfter = 0;

  /** Grows the buffers to hold the features of a text of `length` code units (an upper bound). */
  reserve(length: number): void {
    // Per word character at most 3 n-grams; per word 3 more at the end marker, a unigram and a
    // bigram; a symbol gives a unigram and a bigram. 8 per code unit bounds all of it.
    const features = 8 * length + 16;
    if (this.buckets.length < features) {
      this.buckets = new Int32Array(features);
      this.groups = new Uint8Array(features);
      this.units = new Int32Array(features);
    }
    const units = 2 * length + 4;
    if (this.unitStart.length < units) {
      this.unitFirst = new Int32Array(units + 1);
      this.unitStart = new Int32Array(units);
      this.unitHash = new Int32Array(units);
      this.unitEnd = new Int32Array(units);
      this.unitKind = new Uint8Array(units);
    }
  }
}

const shared = new FeatureExtraction();

/**
 * Extracts the hashed features of `text` into `into` (a shared buffer by default: copy what you
 * need before the next call). Feature values are `groupValues[groups[i]]`: 1/√(features in the
 * group), so each group's vector has unit norm whatever the text's length.
 */
export function extractFeatures(
  text: string,
  bits = DEFAULT_FEATURE_BITS,
  into: FeatureExtraction = shared,
): FeatureExtraction {
  return extractInto(text, bits, into, true);
}

/**
 * The same units, group counts and values as `extractFeatures`, but a word's character n-grams
 * are only counted, not listed: each unit's one listed feature is its unigram or its bigram. For
 * the model's predictions, which look a word's n-grams up only the first time they meet the word
 * (`charGrams` then gives them) — hashing every n-gram of every word was most of the extraction's
 * time and three quarters of the buffers it wrote, for words the model already knew.
 * `normalized`: `normalizeText(text)`, when the caller has it (`normalizeWithBlank`).
 */
export function extractUnits(
  text: string,
  bits = DEFAULT_FEATURE_BITS,
  into: FeatureExtraction = shared,
  normalized?: string,
): FeatureExtraction {
  return extractInto(text, bits, into, false, normalized);
}

function extractInto(
  text: string,
  bits: number,
  into: FeatureExtraction,
  listCharGrams: boolean,
  given?: string,
): FeatureExtraction {
  const mask = (1 << bits) - 1;
  const n = text.length;
  const normalized = given ?? normalize(text);
  // Same length is the normaliser's contract; should it ever break, the raw text keeps spans right.
  const folded = normalized.length === n ? normalized : text;
  into.normalized = folded;
  into.folded = folded === normalized;
  into.mask = mask;
  into.reserve(n);
  into.keptBefore = 0;
  into.keptAfter = 0;
  const state = SCAN_STATE;
  state.fill(0);
  state[SCAN_PREVIOUS_UNIT] = -1;
  scanUnits(folded, 0, mask, into, listCharGrams, null, n);
  finish(into, state);
  return into;
}

/**
 * Where `scanUnits` stands between two units: the counts so far (features, units, and per group)
 * and the previous token of the current sentence, for bigrams (its unit, -1: none; its hash).
 * When a scan stops at a unit of an earlier extraction, `SCAN_RESYNC` is that unit (-1: it ran to
 * the end). Module scratch rather than locals passed back, so a scan allocates nothing.
 */
const SCAN_STATE = new Int32Array(8);
const SCAN_COUNT = 0;
const SCAN_UNIT_COUNT = 1;
const SCAN_WORDS = 2;
const SCAN_BIGRAMS = 3;
const SCAN_CHARS = 4;
const SCAN_PREVIOUS_UNIT = 5;
const SCAN_PREVIOUS_HASH = 6;
const SCAN_RESYNC = 7;

/**
 * Lists the units of `folded` from code unit `from` (where a unit starts, or any position the
 * scan of the whole text passes between units) into `into`, continuing from `SCAN_STATE`, and
 * leaves the state there. With `previous` (an extraction of a text that agrees with `folded` from
 * `resyncFrom` on; its units are searched from `firstCandidate`), it stops at the first unit start at or after `resyncFrom` where `previous`
 * has a unit starting too with the same previous token: from there on both list the same units
 * (`SCAN_RESYNC` says which of `previous`'s).
 */
function scanUnits(
  folded: string,
  from: number,
  mask: number,
  into: FeatureExtraction,
  listCharGrams: boolean,
  previous: FeatureExtraction | null,
  resyncFrom: number,
  firstCandidate = 0,
): void {
  const n = folded.length;
  const state = SCAN_STATE;
  const { buckets, groups, units, unitFirst, unitStart, unitEnd, unitKind, unitHash } = into;
  let count = state[SCAN_COUNT] as number;
  let unitCount = state[SCAN_UNIT_COUNT] as number;
  let wordCount = state[SCAN_WORDS] as number;
  let bigramCount = state[SCAN_BIGRAMS] as number;
  let charCount = state[SCAN_CHARS] as number;
  // The previous token of the current sentence, for bigrams (-1: none).
  let previousUnit = state[SCAN_PREVIOUS_UNIT] as number;
  let previousHash = state[SCAN_PREVIOUS_HASH] as number;
  let resync = -1;
  // The next unit of `previous` that could start where this scan does (bigrams skipped).
  let candidate = firstCandidate;
  let i = from;
  while (i < n) {
    const code = folded.charCodeAt(i);
    const cls = classOf(code);
    if (cls === WORD || cls === SYMBOL) {
      if (previous !== null && i >= resyncFrom) {
        const at = resyncAt(previous, candidate, i, previousUnit, previousHash, unitStart);
        if (at >= 0) {
          resync = at;
          break;
        }
        candidate = -at - 1;
      }
      const unit = unitCount;
      unitCount += 1;
      unitKind[unit] = UNIT_WORD;
      unitFirst[unit] = count;
      unitStart[unit] = i;
      let hash = WORD_BASIS;
      let end = i + 1;
      if (cls === WORD) {
        // The word runs to the first unit that is neither a word unit nor ignorable; its hash
        // and its n-grams are over its word units.
        let length = 0;
        let j = i;
        for (; j < n; j += 1) {
          const unitCode = folded.charCodeAt(j);
          const unitClass = classOf(unitCode);
          if (unitClass === IGNORABLE) continue;
          if (unitClass !== WORD) break;
          hash = Math.imul(hash ^ unitCode, FNV_PRIME);
          end = j + 1;
          length += 1;
        }
        charCount += charGramCount(length);
        if (listCharGrams) {
          const after = charGrams(folded, i, end, mask, buckets, count);
          groups.fill(GROUP_CHAR, count, after);
          units.fill(unit, count, after);
          count = after;
        }
        i = j;
      } else {
        // A symbol token: one BMP symbol, or one astral character (emoji) as its surrogate pair.
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
          const low = folded.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            hash = Math.imul(hash ^ low, FNV_PRIME);
            end = i + 2;
          }
        }
        i = end;
      }
      unitEnd[unit] = end;
      unitHash[unit] = hash;
      buckets[count] = mix(hash) & mask;
      groups[count] = GROUP_WORD;
      units[count] = unit;
      count += 1;
      wordCount += 1;
      if (previousUnit >= 0) {
        const bigramUnit = unitCount;
        unitCount += 1;
        unitKind[bigramUnit] = UNIT_BIGRAM;
        unitFirst[bigramUnit] = count;
        unitStart[bigramUnit] = unitStart[previousUnit] as number;
        unitEnd[bigramUnit] = end;
        unitHash[bigramUnit] = 0;
        buckets[count] = mix(Math.imul(previousHash, 31) ^ hash ^ BIGRAM_SEED) & mask;
        groups[count] = GROUP_BIGRAM;
        units[count] = bigramUnit;
        count += 1;
        bigramCount += 1;
      }
      previousUnit = unit;
      previousHash = hash;
    } else {
      if (cls === SENTENCE_BREAK) previousUnit = -1;
      i += 1;
    }
  }
  state[SCAN_COUNT] = count;
  state[SCAN_UNIT_COUNT] = unitCount;
  state[SCAN_WORDS] = wordCount;
  state[SCAN_BIGRAMS] = bigramCount;
  state[SCAN_CHARS] = charCount;
  state[SCAN_PREVIOUS_UNIT] = previousUnit;
  state[SCAN_PREVIOUS_HASH] = previousHash;
  state[SCAN_RESYNC] = resync;
}

/**
 * Whether `previous` has a word or symbol unit starting at `position` (searched from unit
 * `candidate` on) whose scan stood where this one does: a previous token of the sentence in both
 * or in neither, and when in both, one with the same hash and start (what its bigram is made of).
 * Returns that unit, or `-(the next candidate) - 1` when there is none.
 */
function resyncAt(
  previous: FeatureExtraction,
  candidate: number,
  position: number,
  previousUnit: number,
  previousHash: number,
  unitStart: Int32Array,
): number {
  const { unitKind, unitStart: starts, unitHash, unitCount } = previous;
  let v = candidate;
  while (v < unitCount && (unitKind[v] === UNIT_BIGRAM || (starts[v] as number) < position)) v += 1;
  if (v >= unitCount || starts[v] !== position) return -v - 1;
  // A unit is followed by its bigram exactly when its sentence had a token before it.
  const hadPrevious = v + 1 < unitCount && unitKind[v + 1] === UNIT_BIGRAM;
  if (hadPrevious !== previousUnit >= 0) return -v - 1;
  if (!hadPrevious) return v;
  const word = unitKind[v - 1] === UNIT_BIGRAM ? v - 2 : v - 1;
  return unitHash[word] === previousHash && starts[v + 1] === (unitStart[previousUnit] as number)
    ? v
    : -v - 1;
}

/** Sets `into`'s counts and group values from the scan's state. */
function finish(into: FeatureExtraction, state: Int32Array): void {
  const count = state[SCAN_COUNT] as number;
  const unitCount = state[SCAN_UNIT_COUNT] as number;
  into.count = count;
  into.unitCount = unitCount;
  into.unitFirst[unitCount] = count;
  into.groupCounts[GROUP_WORD] = state[SCAN_WORDS] as number;
  into.groupCounts[GROUP_BIGRAM] = state[SCAN_BIGRAMS] as number;
  into.groupCounts[GROUP_CHAR] = state[SCAN_CHARS] as number;
  for (let g = 0; g < FEATURE_GROUP_COUNT; g += 1) {
    const groupCount = into.groupCounts[g] as number;
    into.groupValues[g] = groupCount > 0 ? 1 / Math.sqrt(groupCount) : 0;
  }
}

/**
 * The extraction (`extractUnits`, or `extractFeatures` with `listCharGrams`) of a text whose
 * folded form is `normalized` (same length as `previous.normalized`, which `previous` was
 * extracted from with the same `listCharGrams`), where the two differ only in
 * `[differFrom, differTo)`: the units of `previous` before and after the difference are copied and
 * only those around it are listed again, which gives exactly what extracting the whole text does.
 * For reading a message with one of its cues blanked (`predictWithout`): a 3,000-character text
 * whose blank changes a word or two. `into` must not be `previous`. Sets `into.keptBefore` and
 * `into.keptAfter` to how many leading and trailing units were copied.
 */
export function extractSpliced(
  previous: FeatureExtraction,
  normalized: string,
  differFrom: number,
  differTo: number,
  listCharGrams: boolean,
  into: FeatureExtraction,
): FeatureExtraction {
  const n = normalized.length;
  if (into === previous || n !== previous.normalized.length || !previous.folded)
    throw new Error('extractSpliced: needs an earlier extraction of a same-length folded text');
  const mask = previous.mask;
  into.normalized = normalized;
  into.folded = true;
  into.mask = mask;
  into.reserve(n);
  const x = previous;
  // The scan restarts at the last word or symbol unit starting before the difference: its state
  // there (every code unit it has read lies before the difference) is the previous text's.
  let restart = x.unitCount - 1;
  while (
    restart >= 0 &&
    (x.unitKind[restart] === UNIT_BIGRAM || (x.unitStart[restart] as number) >= differFrom)
  )
    restart -= 1;
  const state = SCAN_STATE;
  state.fill(0);
  state[SCAN_PREVIOUS_UNIT] = -1;
  let from = 0;
  if (restart > 0) {
    const features = x.unitFirst[restart] as number;
    into.buckets.set(x.buckets.subarray(0, features));
    into.groups.set(x.groups.subarray(0, features));
    into.units.set(x.units.subarray(0, features));
    into.unitFirst.set(x.unitFirst.subarray(0, restart));
    into.unitStart.set(x.unitStart.subarray(0, restart));
    into.unitEnd.set(x.unitEnd.subarray(0, restart));
    into.unitHash.set(x.unitHash.subarray(0, restart));
    into.unitKind.set(x.unitKind.subarray(0, restart));
    state[SCAN_COUNT] = features;
    state[SCAN_UNIT_COUNT] = restart;
    // The unit is followed by its bigram exactly when its sentence had a token before it.
    if (restart + 1 < x.unitCount && x.unitKind[restart + 1] === UNIT_BIGRAM) {
      const word = x.unitKind[restart - 1] === UNIT_BIGRAM ? restart - 2 : restart - 1;
      state[SCAN_PREVIOUS_UNIT] = word;
      state[SCAN_PREVIOUS_HASH] = x.unitHash[word] as number;
    }
    from = x.unitStart[restart] as number;
  } else {
    restart = 0;
  }
  scanUnits(normalized, from, mask, into, listCharGrams, x, differTo, restart);
  const resync = state[SCAN_RESYNC] as number;
  const copiedFrom = resync >= 0 ? resync : x.unitCount;
  // The group counts: the previous text's, less its units listed again, plus the new units'.
  let words = (x.groupCounts[GROUP_WORD] as number) + (state[SCAN_WORDS] as number);
  let bigrams = (x.groupCounts[GROUP_BIGRAM] as number) + (state[SCAN_BIGRAMS] as number);
  let chars = (x.groupCounts[GROUP_CHAR] as number) + (state[SCAN_CHARS] as number);
  const before = x.normalized;
  for (let u = restart; u < copiedFrom; u += 1) {
    if (x.unitKind[u] === UNIT_BIGRAM) {
      bigrams -= 1;
      continue;
    }
    words -= 1;
    const start = x.unitStart[u] as number;
    const end = x.unitEnd[u] as number;
    if (classOf(before.charCodeAt(start)) !== WORD) continue;
    let length = 0;
    for (let k = start; k < end; k += 1) if (classOf(before.charCodeAt(k)) === WORD) length += 1;
    chars -= charGramCount(length);
  }
  if (resync >= 0) {
    const unitShift = (state[SCAN_UNIT_COUNT] as number) - resync;
    const firstFeature = x.unitFirst[resync] as number;
    const featureShift = (state[SCAN_COUNT] as number) - firstFeature;
    const unitAt = state[SCAN_UNIT_COUNT] as number;
    const featureAt = state[SCAN_COUNT] as number;
    into.buckets.set(x.buckets.subarray(firstFeature, x.count), featureAt);
    into.groups.set(x.groups.subarray(firstFeature, x.count), featureAt);
    const { units, unitFirst } = into;
    for (let k = firstFeature; k < x.count; k += 1)
      units[k + featureShift] = (x.units[k] as number) + unitShift;
    for (let u = resync; u < x.unitCount; u += 1)
      unitFirst[u + unitShift] = (x.unitFirst[u] as number) + featureShift;
    into.unitStart.set(x.unitStart.subarray(resync, x.unitCount), unitAt);
    into.unitEnd.set(x.unitEnd.subarray(resync, x.unitCount), unitAt);
    into.unitHash.set(x.unitHash.subarray(resync, x.unitCount), unitAt);
    into.unitKind.set(x.unitKind.subarray(resync, x.unitCount), unitAt);
    state[SCAN_COUNT] = featureAt + (x.count - firstFeature);
    state[SCAN_UNIT_COUNT] = unitAt + (x.unitCount - resync);
  }
  state[SCAN_WORDS] = words;
  state[SCAN_BIGRAMS] = bigrams;
  state[SCAN_CHARS] = chars;
  finish(into, state);
  into.keptBefore = restart;
  into.keptAfter = resync >= 0 ? x.unitCount - resync : 0;
  return into;
}

/** How many character n-grams a word of `length` word units has (with its two boundaries). */
function charGramCount(length: number): number {
  return length + Math.max(0, length - 1) + Math.max(0, length - 2);
}

/**
 * The buckets of the character 3–5-grams of the word `folded[start..end)` (word units and
 * ignorables, which are skipped), with its boundary markers, written into `out` from `at`, in
 * order of where each n-gram ends (3-, 4-, then 5-gram); returns the index after the last.
 * `out` needs room for `3 * (end - start)` of them. A symbol unit (an emoji, say: its first unit
 * is not a word unit) has none.
 */
export function charGrams(
  folded: string,
  start: number,
  end: number,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  if (start >= end || classOf(folded.charCodeAt(start)) !== WORD) return at;
  // The last five folded units, newest first, for the character n-grams ending here.
  let c0 = BOUNDARY_START;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let have = 1;
  let count = at;
  for (let j = start; j <= end; j += 1) {
    let current: number;
    if (j < end) {
      current = folded.charCodeAt(j);
      if (classOf(current) === IGNORABLE) continue;
    } else {
      current = BOUNDARY_END;
    }
    c4 = c3;
    c3 = c2;
    c2 = c1;
    c1 = c0;
    c0 = current;
    have += 1;
    if (have >= 3) {
      // Hashed newest-first so that the 3-, 4- and 5-gram ending here share the work.
      let h = Math.imul(CHAR_BASIS ^ c0, FNV_PRIME);
      h = Math.imul(h ^ c1, FNV_PRIME);
      h = Math.imul(h ^ c2, FNV_PRIME);
      out[count] = mix(h) & mask;
      count += 1;
      if (have >= 4) {
        h = Math.imul(h ^ c3, FNV_PRIME);
        out[count] = mix(h ^ 4) & mask;
        count += 1;
        if (have >= 5) {
          h = Math.imul(h ^ c4, FNV_PRIME);
          out[count] = mix(h ^ 5) & mask;
          count += 1;
        }
      }
    }
  }
  return count;
}

/** A text's features as a sparse vector: bucket indices ascending, values summed per bucket. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/**
 * The sparse vector of `text` (for training): the same features and values `extractFeatures`
 * gives, with repeated buckets summed.
 */
export function sparseFeatures(text: string, bits = DEFAULT_FEATURE_BITS): SparseVector {
  const extraction = extractFeatures(text, bits, new FeatureExtraction());
  const totals = new Map<number, number>();
  for (let k = 0; k < extraction.count; k += 1) {
    const bucket = extraction.buckets[k] as number;
    const value = extraction.groupValues[extraction.groups[k] as number] as number;
    totals.set(bucket, (totals.get(bucket) ?? 0) + value);
  }
  const indices = Int32Array.from(totals.keys()).sort();
  const values = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k += 1)
    values[k] = totals.get(indices[k] as number) as number;
  return { indices, values };
}

/**
 * A readable name for explanation unit `unit`: `word:<folded word>` or `bigram:<w1> <w2>`, from
 * the normalised text of its span (punctuation between the two words of a bigram becomes one space).
 */
export function unitName(extraction: FeatureExtraction, unit: number): string {
  const text = extraction.normalized;
  const start = extraction.unitStart[unit] as number;
  const end = extraction.unitEnd[unit] as number;
  // Whole runs of kept units are sliced (a string per unit was most of what naming cost).
  let name = '';
  let runStart = -1;
  for (let k = start; k <= end; k += 1) {
    const cls = k < end ? classOf(text.charCodeAt(k)) : -1;
    const kept = cls === CharClass.word || cls === CharClass.symbol || cls === CharClass.ignorable;
    if (kept) {
      if (runStart < 0) runStart = k;
    } else if (runStart >= 0) {
      name = name.length > 0 ? `${name} ${text.slice(runStart, k)}` : text.slice(runStart, k);
      runStart = -1;
    }
  }
  return `${extraction.unitKind[unit] === UnitKind.bigram ? 'bigram' : 'word'}:${name}`;
}
