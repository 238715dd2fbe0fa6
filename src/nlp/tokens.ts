/**
 * Tokens with offsets, and the sentence and clause each belongs to. One pass over the normalised
 * text (see `normalize.ts`), so every token's `start`/`end` are offsets in the original text.
 *
 * A token's `key` is what patterns match: folded, without apostrophes ("don't" → "dont", so a
 * pattern needs one spelling), "ß" as "ss" and "œ" as "oe", leetspeak decoded, emphasis squeezed ("diiie" → "die") and masked
 * letters resolved ("s*icide" → "suicide") against a vocabulary when one is given. French and
 * Italian elisions are split ("j'ai" → "j" "ai", "m'ammazzo" → "m" "ammazzo") and hyphens
 * separate words ("self-harm" → "self" "harm"), so one pattern covers the spellings people use.
 */
import { Buffer } from 'node:buffer';
import { keyId, startKeyIdsOver } from './key-ids.js';
import { normalizeText, squeezeRepeats, unmask } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'emoji' | 'break';

/**
 * A token's kind in `TokenizedText.kinds`. Breaks come in two: a sentence break (. ! ? … or a
 * line break) and a clause break (, ; : a dash).
 */
export const WORD = 0;
export const NUMBER = 1;
export const EMOJI = 2;
export const CLAUSE_BREAK = 3;
export const SENTENCE_BREAK = 4;
const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'emoji', 'break', 'break'];

/** One token as an object: what `TokenizedText.tokens` lists. */
export interface Token {
  index: number;
  /** Offsets in the original text, UTF-16 code units. */
  start: number;
  end: number;
  /** The original text of the token. */
  text: string;
  /** The matching key (see the module comment); for breaks, the punctuation itself. */
  key: string;
  kind: TokenKind;
  /** Index of the sentence and of the clause the token is in (both count from 0). */
  sentence: number;
  clause: number;
  /** A break that ends a sentence (. ! ? … or a line break), not just a clause (, ; :). */
  sentenceBreak: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * A tokenised text. The tokens are columns, one entry per token (`count` of them), rather than
 * an object each: token objects were a third of what triage allocates on a long message, and the
 * garbage collections they cost set its p99 latency.
 */
export interface TokenizedText {
  text: string;
  /** Same length as `text`: folded case, accents and leetspeak. */
  normalized: string;
  count: number;
  /** Per token, the matching key (see the module comment); for breaks, the punctuation itself. */
  keys: readonly string[];
  /** Per token, its offsets in the original text (UTF-16 code units). */
  starts: Int32Array;
  ends: Int32Array;
  /** Per token, `WORD`, `NUMBER`, `EMOJI`, `CLAUSE_BREAK` or `SENTENCE_BREAK`. */
  kinds: Uint8Array;
  /** Per token, the sentence and the clause it is in (both count from 0). */
  sentences: Int32Array;
  clauses: Int32Array;
  /** The tokens as objects, made on first read: for tests and tools, slow on a hot path. */
  readonly tokens: readonly Token[];
  /** Spans between quotation marks (the marks excluded). */
  quotes: readonly TextRange[];
  /**
   * Keys of word, number, emoji and sentence-break tokens, each followed by one space (sentence
   * breaks as "."), for phrase patterns. `keyStart[i]` is where token i starts in it; a clause
   * break, which is left out, gets where the next key starts, so `keyStart` never decreases
   * (`tokenAtKey` searches it).
   */
  keyText: string;
  keyStart: Int32Array;
  /**
   * Per token, the id of its key in the shared key-id table (`key-ids.ts`; -1 for breaks), of
   * generation `keyIdGeneration`: phrase matchers read these instead of looking keys up.
   */
  keyIds: Int32Array;
  keyIdGeneration: number;
}

/** Is token `i` a break (of a sentence or a clause)? */
export function isBreak(doc: TokenizedText, i: number): boolean {
  return (doc.kinds[i] as number) >= CLAUSE_BREAK;
}

/** The token whose key (or the space after it) is at `position` in `doc.keyText`. */
export function tokenAtKey(doc: TokenizedText, position: number): number {
  // The last token starting at or before the position: a clause break shares its start with the
  // key after it, and comes first, so it is never the answer.
  const { keyStart } = doc;
  let low = 0;
  let high = keyStart.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((keyStart[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Words a caller's patterns know: used to squeeze emphasis and unmask censored letters. */
export interface Vocabulary {
  has(word: string): boolean;
  /** Known words of a length (for unmasking). */
  ofLength(length: number): readonly string[];
}

/** Character classes for the scanner, looked up per code point (cached for the BMP). */
const C_OTHER = 0;
const C_WORD = 1;
const C_JOIN = 2; // ' * # inside a word
const C_EMOJI = 3;
const C_EMOJI_PART = 4; // variation selector, zero-width joiner, skin tone
const C_SENTENCE = 5;
const C_CLAUSE = 6;
const UNSET = 255;
const BMP_CLASS = new Uint8Array(0x10000).fill(UNSET);
const ASTRAL_CLASS = new Map<number, number>();
const WORDISH = /^[\p{L}\p{N}\p{M}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (cp === 0x27 || cp === 0x2a || cp === 0x23) return C_JOIN;
  if (cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return C_EMOJI_PART;
  if ('.!?…。！？\n'.includes(ch)) return C_SENTENCE;
  if (',;:()[]—–'.includes(ch)) return C_CLAUSE;
  if (PICTOGRAPHIC.test(ch)) return C_EMOJI;
  if (WORDISH.test(ch)) return C_WORD;
  return C_OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASS[cp] as number;
    if (c === UNSET) {
      c = computeClass(cp);
      BMP_CLASS[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASS.get(cp);
  if (c === undefined) {
    c = computeClass(cp);
    ASTRAL_CLASS.set(cp, c);
  }
  return c;
}

const DIGITS = /^\d+$/;
const EMOJI_NOISE = /[\uFE0F\u200D]|\uD83C[\uDFFB-\uDFFF]/g;
const APOSTROPHE = /'/g;

/**
 * Elided articles and pronouns of French and Italian: split off so "m'ammazzo" matches
 * "ammazzo" and "j'ai envie" matches "j ai envie". English contractions ("i'm", "don't") are
 * not elisions of this kind and stay whole.
 */
const ELISION =
  /^(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll|quest|quell|un|nessun|buon|senz|tutt|gl)'(?=[a-zà-ÿh])/;

/** Words that start a new clause: contrast turns a sentence around ("not X, but Y"). */
const CLAUSE_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'tho',
  'pero',
  'sino',
  'mais',
  'cependant',
  'pourtant',
  'aber',
  'sondern',
  'jedoch',
  'trotzdem',
  'mas',
  'porem',
  'contudo',
  'ma',
  'tuttavia',
]);

/** Laughter in six languages' chat spelling ("jajaja", "kkkk", "mdr", "lol"). */
const LAUGHTER =
  /^(a?(ha){2,}h?|(he){2,}|(ja){2,}|(je){2,}|(ji){2,}|k{3,}|(rs)+|mdr|ptdr|lo+l+|lmf?a+o+|xd+|(ah){2,}a?|(eh){2,}|rofl)$/;

/** Is this word key laughter? In chat a laugh ends what came before it, as a full stop would. */
export function isLaughter(key: string): boolean {
  return LAUGHTER.test(key);
}

/** A word that turns a sentence around ("but", "pero", "mais", "aber"...). */
export function isContrastWord(key: string): boolean {
  return CLAUSE_WORDS.has(key);
}

function isQuoteBoundary(ch: string): boolean {
  return /[\s.,;:!?()[\]¿¡\-—–]/.test(ch);
}

/** Spans inside quotation marks: “…” «…» „…“ "…" and '…' used as quotes. */
const QUOTE_MARK = /["'“«„‹‚‘’]/g;
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›', '‚': '‘' };

/** What closes a straight or single quotation mark (constants: not an array per mark). */
const DOUBLE_CLOSERS: readonly string[] = ['"', '”'];
const SINGLE_CLOSERS: readonly string[] = ["'", '’'];

export function findQuotes(text: string): TextRange[] {
  const out: TextRange[] = [];
  const pairs = PAIRS;
  let i = 0;
  while (i < text.length) {
    // Jump to the next quotation mark or apostrophe: `test` rather than `exec` (no result array
    // per apostrophe); every mark is one code unit, so it stands just before `lastIndex`.
    QUOTE_MARK.lastIndex = i;
    if (!QUOTE_MARK.test(text)) break;
    i = QUOTE_MARK.lastIndex - 1;
    const ch = text.charAt(i);
    const close = pairs[ch];
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      // German „…“ also closes with ”; English “…” sometimes with a straight quote.
      const alt = ch === '„' ? text.indexOf('”', i + 1) : -1;
      const stop = end < 0 ? alt : alt < 0 ? end : Math.min(end, alt);
      if (stop > i) {
        out.push({ start: i + 1, end: stop });
        i = stop + 1;
        continue;
      }
    } else if (ch === '"' || ch === "'" || ch === '‘' || ch === '’') {
      const before = i === 0 ? ' ' : text.charAt(i - 1);
      const after = text.charAt(i + 1);
      // An opening mark follows a boundary and precedes a word ("'kms' is slang").
      if (isQuoteBoundary(before) && after !== '' && !/\s/.test(after)) {
        const closers = ch === '"' ? DOUBLE_CLOSERS : SINGLE_CLOSERS;
        let j = i + 1;
        let found = -1;
        while (j < text.length) {
          const c = text.charAt(j);
          if (c === '\n') break;
          if (closers.includes(c)) {
            const next = j + 1 < text.length ? text.charAt(j + 1) : ' ';
            if (isQuoteBoundary(next) && !/\s/.test(text.charAt(j - 1))) {
              found = j;
              break;
            }
          }
          j++;
        }
        if (found > i + 1) {
          out.push({ start: i + 1, end: found });
          i = found + 1;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** Emphasis: a letter three times ("diiie"), or doubled at the end ("diee", "kmss"). */
/** Letters that stand for two ("Straße", "sœur", "cæsar"): keys spell them out. */
const LIGATURE = /[ßœæ]/;
const EMPHASIS = /(.)\1\1|(.)\2$/;

function computeKey(word: string, vocabulary: Vocabulary | undefined): string {
  let key = word.includes("'") ? word.replace(APOSTROPHE, '') : word;
  // Keys need not keep length: "ß" is spelled "ss" so "Straße" and "Strasse" meet; "œ" is "oe".
  if (LIGATURE.test(key)) key = key.replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  if (vocabulary === undefined || key === '') return key;
  if (key.includes('*') || key.includes('#')) {
    const trimmed = key.endsWith('*') ? key.slice(0, -1) : key;
    key = unmask(trimmed, vocabulary.ofLength(trimmed.length)) ?? trimmed;
  }
  if (EMPHASIS.test(key)) key = squeezeRepeats(key, (w) => vocabulary.has(w));
  return key;
}

/** `KeyCache.flags`: the word is all digits (a number token). */
const IS_NUMBER = 1;
/** `KeyCache.flags`: the key is a word that starts a new clause (`CLAUSE_WORDS`). */
const OPENS_CLAUSE = 2;

/**
 * Keys of the words seen so far (words repeat across messages, so each is worked out once), looked
 * up by the code units of the word where it stands in the text: a word seen before costs a hash
 * and a comparison over its units, and no string slice or string hashing (they were a third of the
 * tokeniser's time on long messages). Open addressing over a power-of-two table kept at most a
 * third full, grown as words come (a small table stays in cache); when `KEY_CACHE_LIMIT` words are
 * in it, it starts over.
 *
 * Word w's entry is columns rather than an object: its hash, its code units (in one buffer, from
 * `#wordStart[w]` to `#wordStart[w + 1]`), its key, the key's id as of generation
 * `#generations[w]` and its `flags`. A hit reads typed arrays only (an object, a string and an
 * array of hashes per word were as many scattered reads), and the key's clause-word test is done
 * once per word rather than per token.
 */
class KeyCache {
  #slots = new Int32Array(KEY_CACHE_FIRST_SLOTS).fill(-1);
  #count = 0;
  #hashes = new Int32Array(KEY_CACHE_FIRST_WORDS);
  #wordStart = new Int32Array(KEY_CACHE_FIRST_WORDS + 1);
  #units = new Uint16Array(8 * KEY_CACHE_FIRST_WORDS);
  #generations = new Int32Array(KEY_CACHE_FIRST_WORDS);
  /** Per word, its key (read after `get`: the columns are replaced when they grow). */
  keys: string[] = [];
  /** Per word, its key's id as of the generation the last `get` of it was given. */
  ids = new Int32Array(KEY_CACHE_FIRST_WORDS);
  /** Per word, `IS_NUMBER` and `OPENS_CLAUSE`. */
  flags = new Uint8Array(KEY_CACHE_FIRST_WORDS);

  constructor(readonly vocabulary: Vocabulary | undefined) {}

  /** The word `text.slice(start, end)`'s entry, worked out and remembered on first sight. */
  get(text: string, start: number, end: number, generation: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const slots = this.#slots;
    const mask = slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const at = slots[slot] as number;
      if (at < 0) break;
      if (this.#hashes[at] === hash) {
        const from = this.#wordStart[at] as number;
        if (
          (this.#wordStart[at + 1] as number) - from === length &&
          sameUnits(this.#units, from, text, start, length)
        ) {
          if (this.#generations[at] !== generation) {
            this.ids[at] = keyId(this.keys[at] as string);
            this.#generations[at] = generation;
          }
          return at;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.#add(text, start, end, hash, generation);
  }

  #add(text: string, start: number, end: number, hash: number, generation: number): number {
    const word = text.slice(start, end);
    const key = computeKey(word, this.vocabulary);
    if (this.#count >= KEY_CACHE_LIMIT) {
      this.#slots = new Int32Array(KEY_CACHE_FIRST_SLOTS).fill(-1);
      this.#count = 0;
      this.keys = [];
    }
    const at = this.#count;
    if (at === this.#hashes.length) this.#grow();
    const from = this.#wordStart[at] as number;
    if (from + word.length > this.#units.length) {
      const units = new Uint16Array(2 * (from + word.length));
      units.set(this.#units.subarray(0, from));
      this.#units = units;
    }
    for (let k = 0; k < word.length; k++) this.#units[from + k] = word.charCodeAt(k);
    this.#wordStart[at + 1] = from + word.length;
    this.#hashes[at] = hash;
    this.keys[at] = key;
    this.ids[at] = keyId(key);
    this.#generations[at] = generation;
    this.flags[at] =
      (DIGITS.test(word) ? IS_NUMBER : 0) | (CLAUSE_WORDS.has(key) ? OPENS_CLAUSE : 0);
    this.#count = at + 1;
    if (this.#count * 3 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    else this.#place(at);
    return at;
  }

  /** Doubles the per-word columns. */
  #grow(): void {
    const size = 2 * this.#hashes.length;
    const grown = <A extends Int32Array | Uint8Array>(from: A, to: A): A => {
      to.set(from);
      return to;
    };
    this.#hashes = grown(this.#hashes, new Int32Array(size));
    this.#wordStart = grown(this.#wordStart, new Int32Array(size + 1));
    this.#generations = grown(this.#generations, new Int32Array(size));
    this.ids = grown(this.ids, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
  }

  /** Puts word `at` in the first free slot from its hash on. */
  #place(at: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = (this.#hashes[at] as number) & mask;
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    slots[slot] = at;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size).fill(-1);
    for (let at = 0; at < this.#count; at++) this.#place(at);
  }
}

/** Are `units[from..from + length)` the code units of `text` from `start` on? */
function sameUnits(
  units: Uint16Array,
  from: number,
  text: string,
  start: number,
  length: number,
): boolean {
  for (let k = 0; k < length; k++) {
    if (units[from + k] !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

const KEY_CACHE_LIMIT = 50_000;
const KEY_CACHE_FIRST_SLOTS = 1 << 10;
const KEY_CACHE_FIRST_WORDS = 1 << 8;
const KEY_CACHES = new WeakMap<Vocabulary, KeyCache>();
/** Keys without a vocabulary (no emphasis squeezed, no masks resolved) are remembered too. */
const PLAIN_KEY_CACHE = new KeyCache(undefined);

/** The key cache of `vocabulary`. */
function keyCacheFor(vocabulary: Vocabulary | undefined): KeyCache {
  if (vocabulary === undefined) return PLAIN_KEY_CACHE;
  let cache = KEY_CACHES.get(vocabulary);
  if (!cache) {
    cache = new KeyCache(vocabulary);
    KEY_CACHES.set(vocabulary, cache);
  }
  return cache;
}

/**
 * Scratch columns, shared by every call: a text's tokens are collected here and copied out once
 * (growing arrays per text were a tenth of what triage allocates on a long message). Kept for
 * the next text unless one huge text grew them past `SCRATCH_LIMIT` tokens.
 */
class Scratch {
  readonly keys: string[];
  readonly keyIds: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
  readonly clauses: Int32Array;
  readonly kinds: Uint8Array;

  constructor(readonly size: number) {
    this.keys = new Array<string>(size).fill('');
    this.keyIds = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.sentences = new Int32Array(size);
    this.clauses = new Int32Array(size);
    this.kinds = new Uint8Array(size);
  }

  /** A scratch twice the size holding this one's columns. */
  grown(): Scratch {
    const next = new Scratch(this.size * 2);
    for (let i = 0; i < this.size; i++) next.keys[i] = this.keys[i] as string;
    next.keyIds.set(this.keyIds);
    next.starts.set(this.starts);
    next.ends.set(this.ends);
    next.sentences.set(this.sentences);
    next.clauses.set(this.clauses);
    next.kinds.set(this.kinds);
    if (next.size <= SCRATCH_LIMIT) shared = next;
    return next;
  }
}
const SCRATCH_LIMIT = 1 << 16;
let shared = new Scratch(1024);

export function tokenize(text: string, vocabulary?: Vocabulary): TokenizedText {
  const normalized = normalizeText(text);
  const generation = startKeyIdsOver();
  let scratch = shared;
  let count = 0;
  let clauseBreaks = 0;
  let sentence = 0;
  let clause = 0;
  const cache = keyCacheFor(vocabulary);
  // `opensClause`: a word key in `CLAUSE_WORDS` (the key cache knows it per word).
  const push = (
    start: number,
    end: number,
    key: string,
    id: number,
    kind: number,
    opensClause: boolean,
  ) => {
    const at = count++;
    if (at === scratch.size) scratch = scratch.grown();
    if (kind === WORD && at > 0 && opensClause) {
      if ((scratch.kinds[at - 1] as number) < CLAUSE_BREAK) clause++;
    }
    scratch.keyIds[at] = id;
    scratch.starts[at] = start;
    scratch.ends[at] = end;
    scratch.sentences[at] = sentence;
    scratch.clauses[at] = clause;
    scratch.kinds[at] = kind;
    scratch.keys[at] = key;
    if (kind >= CLAUSE_BREAK) {
      if (kind === CLAUSE_BREAK) clauseBreaks++;
      clause++;
      if (kind === SENTENCE_BREAK) sentence++;
    }
  };

  const word = (start: number, end: number, apostrophe: boolean) => {
    const elision = apostrophe ? ELISION.exec(normalized.slice(start, end)) : null;
    let from = start;
    if (elision) {
      const article = elision[1] as string;
      from = start + article.length + 1;
      push(start, from, article, keyId(article), WORD, CLAUSE_WORDS.has(article));
    }
    const at = cache.get(normalized, from, end, generation);
    const flags = cache.flags[at] as number;
    push(
      from,
      end,
      cache.keys[at] as string,
      cache.ids[at] as number,
      (flags & IS_NUMBER) !== 0 ? NUMBER : WORD,
      (flags & OPENS_CLAUSE) !== 0,
    );
  };
  const n = normalized.length;
  const cpAt = (i: number): number => {
    const unit = normalized.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const low = normalized.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    }
    return unit;
  };
  let i = 0;
  while (i < n) {
    const cp = cpAt(i);
    const size = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (cls === C_WORD) {
      // A word: letters, digits and marks, joined by ' * # between them (and a trailing *).
      let j = i + size;
      // Only a word with an apostrophe inside can be an elision ("j'ai").
      let apostrophe = false;
      while (j < n) {
        const c = cpAt(j);
        const k = classOf(c);
        if (k === C_WORD) j += c > 0xffff ? 2 : 1;
        else if (k === C_JOIN && j + 1 < n && classOf(cpAt(j + 1)) === C_WORD) {
          if (c === 0x27) apostrophe = true;
          j += 1;
        } else if (k === C_JOIN && normalized.charCodeAt(j) === 0x2a) {
          j += 1;
          break;
        } else break;
      }
      word(i, j, apostrophe);
      i = j;
    } else if (cls === C_EMOJI) {
      let j = i + size;
      while (j < n) {
        const c = cpAt(j);
        const k = classOf(c);
        if (k === C_EMOJI_PART) {
          j += c > 0xffff ? 2 : 1;
          if (c === 0x200d && j < n && classOf(cpAt(j)) === C_EMOJI) j += cpAt(j) > 0xffff ? 2 : 1;
        } else break;
      }
      const key = normalized.slice(i, j).replace(EMOJI_NOISE, '');
      push(i, j, key, keyId(key), EMOJI, false);
      i = j;
    } else if (cls === C_SENTENCE) {
      const newline = cp === 0x0a;
      let j = i + 1;
      while (j < n) {
        const c = normalized.charCodeAt(j);
        if (newline ? c === 0x0a : classOf(c) === C_SENTENCE && c !== 0x0a) j++;
        else break;
      }
      // A full stop between digits ("2.5") is a decimal point, not the end of a sentence.
      const decimal =
        j === i + 1 &&
        cp === 0x2e &&
        i > 0 &&
        /\d/.test(normalized.charAt(i - 1)) &&
        /\d/.test(normalized.charAt(j));
      if (!decimal) push(i, j, newline ? '\n' : normalized.slice(i, j), -1, SENTENCE_BREAK, false);
      i = j;
    } else if (cls === C_CLAUSE) {
      push(i, i + 1, normalized.charAt(i), -1, CLAUSE_BREAK, false);
      i += 1;
    } else if (
      cp === 0x2d &&
      i > 0 &&
      i + 1 < n &&
      /\s/.test(normalized.charAt(i - 1)) &&
      /\s/.test(normalized.charAt(i + 1))
    ) {
      // A dash between spaces separates clauses ("I'm fine - not really").
      push(i, i + 1, '-', -1, CLAUSE_BREAK, false);
      i += 1;
    } else {
      i += size;
    }
  }

  // The columns share one buffer: each typed array of its own is a backing store the next minor
  // GC must sweep, and that sweep was a good part of the GC pause on long messages.
  const buffer = new ArrayBuffer(count * (6 * Int32Array.BYTES_PER_ELEMENT + 1));
  const column = (k: number, from: Int32Array | undefined) => {
    const out = new Int32Array(buffer, k * count * Int32Array.BYTES_PER_ELEMENT, count);
    if (from) out.set(from.subarray(0, count));
    return out;
  };
  const kinds = new Uint8Array(buffer, 6 * count * Int32Array.BYTES_PER_ELEMENT, count);
  kinds.set(scratch.kinds.subarray(0, count));
  const keys = scratch.keys.slice(0, count);
  const keyStart = column(0, undefined);
  const keyText = keyTextOf(keys, kinds, count, clauseBreaks, keyStart);
  return new Tokenized(
    text,
    normalized,
    keys,
    column(1, scratch.starts),
    column(2, scratch.ends),
    kinds,
    column(3, scratch.sentences),
    column(4, scratch.clauses),
    findQuotes(text),
    keyText,
    keyStart,
    column(5, scratch.keyIds),
    generation,
  );
}

/**
 * The key text (`TokenizedText.keyText`) of `count` tokens, with each token's offset in it into
 * `keyStart`: every key but a clause break's, sentence breaks as ".", each followed by one space.
 * Its code units are written into a shared buffer and decoded once (UCS-2 decoding gives a
 * one-byte string when every unit fits one): an array of parts joined with " " cost ~11 KB of
 * garbage per 3,000-character message (the parts, and the join's own scratch) besides the string.
 */
export function keyTextOf(
  keys: readonly string[],
  kinds: Uint8Array,
  count: number,
  clauseBreaks: number,
  keyStart: Int32Array,
): string {
  let length = 0;
  for (let t = 0; t < count; t++) {
    keyStart[t] = length;
    const kind = kinds[t] as number;
    if (kind === CLAUSE_BREAK) continue;
    length += (kind === SENTENCE_BREAK ? 1 : (keys[t] as string).length) + 1;
  }
  if (!LITTLE_ENDIAN || length === 0) return joinedKeys(keys, kinds, count, clauseBreaks);
  if (keyUnits.length < length) {
    keyUnits = new Uint16Array(Math.max(length, 2 * keyUnits.length));
    keyBytes = Buffer.from(keyUnits.buffer);
  }
  const units = keyUnits;
  let at = 0;
  for (let t = 0; t < count; t++) {
    const kind = kinds[t] as number;
    if (kind === CLAUSE_BREAK) continue;
    if (kind === SENTENCE_BREAK) units[at++] = 0x2e;
    else {
      const key = keys[t] as string;
      for (let k = 0; k < key.length; k++) units[at++] = key.charCodeAt(k);
    }
    units[at++] = 0x20;
  }
  return keyBytes.toString('ucs2', 0, 2 * length);
}

/**
 * `doc` with other keys for its tokens (same tokens, spans, breaks, sentences and clauses): a
 * text re-read with some words swapped (`src/triage/perspective.ts`) without tokenising it again.
 * `keys` must have one key per token, breaks unchanged.
 */
export function withKeys(doc: TokenizedText, keys: readonly string[]): TokenizedText {
  const generation = startKeyIdsOver();
  const { count, kinds } = doc;
  let clauseBreaks = 0;
  for (let t = 0; t < count; t++) if (kinds[t] === CLAUSE_BREAK) clauseBreaks++;
  const keyStart = new Int32Array(count);
  const keyText = keyTextOf(keys, kinds, count, clauseBreaks, keyStart);
  const keyIds = new Int32Array(count);
  const sameIds = generation === doc.keyIdGeneration;
  for (let t = 0; t < count; t++) {
    const key = keys[t] as string;
    keyIds[t] =
      (kinds[t] as number) >= CLAUSE_BREAK
        ? (doc.keyIds[t] as number)
        : sameIds && key === doc.keys[t]
          ? (doc.keyIds[t] as number)
          : keyId(key);
  }
  return new Tokenized(
    doc.text,
    doc.normalized,
    keys,
    doc.starts,
    doc.ends,
    kinds,
    doc.sentences,
    doc.clauses,
    doc.quotes,
    keyText,
    keyStart,
    keyIds,
    generation,
  );
}

/** `keyTextOf`'s text built by `join` (big-endian hosts, where UCS-2 decoding would swap bytes). */
function joinedKeys(
  keys: readonly string[],
  kinds: Uint8Array,
  count: number,
  clauseBreaks: number,
): string {
  // A last '' gives the final space without copying the text again.
  const parts = new Array<string>(count - clauseBreaks + 1);
  let part = 0;
  for (let t = 0; t < count; t++) {
    const kind = kinds[t] as number;
    if (kind === CLAUSE_BREAK) continue;
    parts[part++] = kind === SENTENCE_BREAK ? '.' : (keys[t] as string);
  }
  parts[part] = '';
  return parts.join(' ');
}

/** The key text's code units, shared by every call (grown for a long text, never shrunk). */
let keyUnits = new Uint16Array(4096);
let keyBytes = Buffer.from(keyUnits.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

class Tokenized implements TokenizedText {
  #tokens: Token[] | undefined;

  constructor(
    readonly text: string,
    readonly normalized: string,
    readonly keys: readonly string[],
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly kinds: Uint8Array,
    readonly sentences: Int32Array,
    readonly clauses: Int32Array,
    readonly quotes: readonly TextRange[],
    readonly keyText: string,
    readonly keyStart: Int32Array,
    readonly keyIds: Int32Array,
    readonly keyIdGeneration: number,
  ) {}

  get count(): number {
    return this.keys.length;
  }

  get tokens(): readonly Token[] {
    this.#tokens ??= this.keys.map((key, index) => {
      const start = this.starts[index] as number;
      const end = this.ends[index] as number;
      const kind = this.kinds[index] as number;
      return {
        index,
        start,
        end,
        text: this.text.slice(start, end),
        key,
        kind: KIND_NAMES[kind] as TokenKind,
        sentence: this.sentences[index] as number,
        clause: this.clauses[index] as number,
        sentenceBreak: kind === SENTENCE_BREAK,
      };
    });
    return this.#tokens;
  }
}

/** The token range [first, last] of a clause. */
export function clauseRange(doc: TokenizedText, tokenIndex: number): [number, number] {
  return runAround(doc.clauses, doc.count, tokenIndex);
}

/** The token range [first, last] of a sentence. */
export function sentenceRange(doc: TokenizedText, tokenIndex: number): [number, number] {
  return runAround(doc.sentences, doc.count, tokenIndex);
}

/** The first token of `tokenIndex`'s sentence (`sentenceRange` without the pair it allocates). */
export function sentenceFirst(doc: TokenizedText, tokenIndex: number): number {
  const { sentences } = doc;
  const value = sentences[tokenIndex] ?? 0;
  let first = tokenIndex;
  while (first > 0 && sentences[first - 1] === value) first--;
  return first;
}

/** The last token of `tokenIndex`'s sentence (`sentenceRange` without the pair it allocates). */
export function sentenceLast(doc: TokenizedText, tokenIndex: number): number {
  const { sentences, count } = doc;
  const value = sentences[tokenIndex] ?? 0;
  let last = tokenIndex;
  while (last < count - 1 && sentences[last + 1] === value) last++;
  return last;
}

/** The range of tokens around `tokenIndex` with its value in `column` (0 when out of range). */
function runAround(column: Int32Array, count: number, tokenIndex: number): [number, number] {
  const value = column[tokenIndex] ?? 0;
  let first = tokenIndex;
  let last = tokenIndex;
  while (first > 0 && column[first - 1] === value) first--;
  while (last < count - 1 && column[last + 1] === value) last++;
  return [first, last];
}
