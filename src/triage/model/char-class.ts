/**
 * How each UTF-16 code unit of the *normalised* text takes part in tokenising for the model's
 * features. Classes are looked up in a table filled on first sight of a unit, so the hot loop does
 * one typed-array read per character.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../../nlp/normalize.js';

export const CharClass = {
  /** Space and punctuation: ends a word. */
  separator: 0,
  /** Letter or digit: part of a word. */
  word: 1,
  /** Apostrophes and combining marks: kept inside a word's span but not hashed ("don't" = "dont"). */
  ignorable: 2,
  /** Emoji and other symbols (and surrogate pairs): a one-character token of its own. */
  symbol: 3,
  /** Sentence punctuation and line breaks: ends a word and the bigram chain. */
  sentenceBreak: 4,
} as const;

const UNSET = 0xff;
const CLASS = new Uint8Array(0x10000).fill(UNSET);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SYMBOL = /^\p{So}$/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x60, 0xb4]);
const SENTENCE_BREAKS = new Set([
  0x2e, 0x21, 0x3f, 0x3b, 0x0a, 0x0d, 0x2026, 0x3002, 0xff01, 0xff1f, 0x0964,
]);

function computeClass(unit: number): number {
  if (APOSTROPHES.has(unit)) return CharClass.ignorable;
  if (SENTENCE_BREAKS.has(unit)) return CharClass.sentenceBreak;
  if (unit >= 0xd800 && unit <= 0xdfff) return CharClass.symbol;
  const char = String.fromCharCode(unit);
  if (LETTER_OR_DIGIT.test(char)) return CharClass.word;
  if (MARK.test(char)) return CharClass.ignorable;
  if (SYMBOL.test(char)) return CharClass.symbol;
  return CharClass.separator;
}

for (let unit = 0; unit < 0x80; unit += 1) CLASS[unit] = computeClass(unit);

/** The tokenising class of one UTF-16 code unit (see `CharClass`). */
export function classOf(unit: number): number {
  let cls = CLASS[unit] as number;
  if (cls === UNSET) {
    cls = computeClass(unit);
    CLASS[unit] = cls;
  }
  return cls;
}

/** Version of the tokenising rules above; a change requires retraining. */
const TOKENISER_VERSION = 'tokens@1';

/**
 * Texts that exercise every behaviour of the shared normaliser the features rely on (case,
 * diacritics, apostrophes, leetspeak, numbers with units).
 */
const NORMALISER_PROBES = [
  Array.from({ length: 0x250 - 0x20 }, (_, k) => String.fromCharCode(0x20 + k)).join(' '),
  'I’M SO DONE ´cause it’s ALL my fault',
  'k1ll mys3lf, $uicide, su!c!de, d13, 4ever, 4real, 10kms, 4pm, 3rd, 2x, !!kms, die!!',
  'Quiéro MORIR, ça va, Müde, não aguento, perché, ÆØÅ, İstanbul, Straße',
];

/**
 * Fingerprint of the text normalisation the features are computed over: the tokeniser version
 * plus a hash of the shared normaliser's output on the probes. Stored with the weights; when the
 * normaliser changes behaviour, the fingerprint changes and the model reports the drift (and the
 * model tests fail until it is retrained).
 */
export const NORMALISATION_FINGERPRINT = `${TOKENISER_VERSION}+normalize@${createHash('sha256')
  .update(NORMALISER_PROBES.map((probe) => normalizeText(probe)).join('\n'))
  .digest('hex')
  .slice(0, 8)}`;
