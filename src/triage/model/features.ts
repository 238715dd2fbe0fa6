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
  const { buckets, groups, units, unitFirst, unitStart, unitEnd, unitKind, unitHash } = into;
  let count = 0;
  let unitCount = 0;
  let wordCount = 0;
  let bigramCount = 0;
  let charCount = 0;
  // The previous token of the current sentence, for bigrams (-1: none).
  let previousUnit = -1;
  let previousHash = 0;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    const cls = classOf(code);
    if (cls === WORD || cls === SYMBOL) {
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
  into.count = count;
  into.unitCount = unitCount;
  unitFirst[unitCount] = count;
  into.groupCounts[GROUP_WORD] = wordCount;
  into.groupCounts[GROUP_BIGRAM] = bigramCount;
  into.groupCounts[GROUP_CHAR] = charCount;
  for (let g = 0; g < FEATURE_GROUP_COUNT; g += 1) {
    const groupCount = into.groupCounts[g] as number;
    into.groupValues[g] = groupCount > 0 ? 1 / Math.sqrt(groupCount) : 0;
  }
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
