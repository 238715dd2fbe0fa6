/**
 * Normalisation that keeps offsets: every function here returns a string of the same length as
 * its input, so a span found in the normalised copy is the same span in the original text. That
 * is what lets a detector match "SU1C1DE" or "quiéro" against plain lower-case patterns and still
 * point at the person's own words.
 *
 * What is folded, one UTF-16 unit at a time:
 * - case (A→a, Ä→ä), then diacritics (ä→a, ç→c, ñ→n) when the base letter is one unit;
 * - typographic apostrophes (’ ‘ ʼ ´ `) to "'";
 * - leetspeak inside words that mix letters with 0 1 3 4 5 7 @ $ ! ("k1ll", "d13", "$uicide",
 *   "su!c!de"), but not numbers with units ("10kms", "4pm", "3rd").
 * Characters whose folded form would change length (İ, ß stays ß, emoji) are kept as they are.
 *
 * Repeated letters ("diiiie") cannot be squeezed without changing length, so that happens per
 * word, guided by a vocabulary: see `squeezeRepeats`.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '\u0060', '\u2032']);

/** Folded form of each non-ASCII BMP unit, computed once per distinct unit. */
const FOLD_CACHE = new Map<number, string>();

function foldUnit(code: number, unit: string): string {
  const cached = FOLD_CACHE.get(code);
  if (cached !== undefined) return cached;
  let out = unit;
  if (APOSTROPHES.has(unit)) {
    out = "'";
  } else if (code < 0xd800 || code > 0xdfff) {
    const lower = unit.toLowerCase();
    if (lower.length === 1) {
      const base = lower.normalize('NFD').charAt(0);
      out = base.length === 1 && base !== '' ? base : lower;
    }
  }
  FOLD_CACHE.set(code, out);
  return out;
}

/** Nothing outside ASCII (a negated class, so no control character has to be named). */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const BACKTICK = /`/g;

/**
 * Lower case and without diacritics, same length as the input. Surrogate pairs (emoji) pass
 * through untouched.
 */
export function foldSameLength(text: string): string {
  // Plain ASCII (most messages): only A–Z and the backtick change, which is what these do.
  if (ASCII_ONLY.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('`') ? lower.replace(BACKTICK, "'") : lower;
  }
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        out += text.slice(plainFrom, i) + String.fromCharCode(code + 32);
        plainFrom = i + 1;
      } else if (code === 96) {
        out += text.slice(plainFrom, i) + "'";
        plainFrom = i + 1;
      }
      continue;
    }
    const unit = text.charAt(i);
    const folded = foldUnit(code, unit);
    if (folded !== unit) {
      out += text.slice(plainFrom, i) + folded;
      plainFrom = i + 1;
    }
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** Leetspeak substitutions, each one unit for one unit. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

// A run of word-ish characters in which leet may hide, /[a-z0-9@$!]+/. `!`, `@` and `$` only
// count inside a run (between letters or digits), so "die!" or "@sam" keep their punctuation.
const RUN = 1;
const LETTER = 2;
const LEET_CHAR = 4;
/** Per ASCII code: RUN when in a run, plus LETTER for a-z and LEET_CHAR for 0 1 3 4 5 7 @ $ !. */
const RUN_CHAR = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyz') RUN_CHAR[ch.charCodeAt(0)] = RUN | LETTER;
for (const ch of '0123456789@$!') RUN_CHAR[ch.charCodeAt(0)] = RUN;
for (const ch of '013457@$!') RUN_CHAR[ch.charCodeAt(0)] = RUN | LEET_CHAR;
const HAS_LETTER = /[a-z]/;
const HAS_LEET = /[013457@$!]/;
/** Numbers, times, ordinals and measurements: "10kms", "4pm", "3rd", "2x", "5yo", "1st". */
const NUMBER_WITH_UNIT =
  /^\d+(?:am|pm|h|hr|hrs|st|nd|rd|th|k|km|kms|kg|kgs|lb|lbs|mg|mgs|mcg|ml|g|cm|mm|m|s|min|mins|x|yo|y|yr|yrs|d|w|mo|gb|mb|p|fps|ish)?$/;

/**
 * Decodes the leet characters of one run (already lower case, edge symbols trimmed). A leading
 * "4" stays: "4ever", "4real" are words of their own.
 */
function decodeRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const ch = run.charAt(i);
    const sub = i === 0 && ch === '4' ? undefined : LEET[ch];
    out += sub ?? ch;
  }
  return out;
}

/**
 * Decodes leetspeak in words that mix letters with digits or symbols. Same length as the input.
 * Expects folded (lower-case) text.
 */
export function decodeLeet(folded: string): string {
  if (!HAS_LEET.test(folded)) return folded;
  let out = '';
  let from = 0;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    // The runs of /[a-z0-9@$!]+/, scanned by hand: most are plain words, which need no slicing.
    const code = folded.charCodeAt(i);
    if (code >= 128 || ((RUN_CHAR[code] as number) & RUN) === 0) {
      i++;
      continue;
    }
    const runStart = i;
    let seen = 0;
    for (; i < n; i++) {
      const unit = folded.charCodeAt(i);
      const kind = unit < 128 ? (RUN_CHAR[unit] as number) : 0;
      if ((kind & RUN) === 0) break;
      seen |= kind;
    }
    // Trimming only removes characters: a run without both a letter and a leet character
    // cannot have them once trimmed.
    if ((seen & (LETTER | LEET_CHAR)) !== (LETTER | LEET_CHAR)) continue;
    let run = folded.slice(runStart, i);
    let start = runStart;
    // Trim symbols that sit at the edges: "!!kms" or "die!!" are punctuation, not leet.
    while (run.length > 0 && (run.startsWith('!') || run.startsWith('@'))) {
      run = run.slice(1);
      start++;
    }
    while (run.length > 0 && /[!@$]$/.test(run)) run = run.slice(0, -1);
    if (run.length < 2 || !HAS_LETTER.test(run) || !HAS_LEET.test(run)) continue;
    if (NUMBER_WITH_UNIT.test(run)) continue;
    out += folded.slice(from, start) + decodeRun(run);
    from = start + run.length;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/**
 * The last two texts normalised and their results: triage normalises each message twice (the
 * tokeniser and the model's features), so the second pass is a lookup.
 */
let lastText: string | undefined;
let lastNormalized = '';
let previousText: string | undefined;
let previousNormalized = '';

/** Case, diacritics, apostrophes and leetspeak folded; same length as `text`. */
export function normalizeText(text: string): string {
  if (text === lastText) return lastNormalized;
  if (text === previousText) return previousNormalized;
  const normalized = decodeLeet(foldSameLength(text));
  previousText = lastText;
  previousNormalized = lastNormalized;
  lastText = text;
  lastNormalized = normalized;
  return normalized;
}

/**
 * `normalizeText` of `text` with `text[start..end)` blanked (each unit a space), given
 * `normalized`, `normalizeText(text)`: only the runs the blank cuts are normalised again. Folding
 * is unit by unit, and leet is decoded run by run over runs of /[a-z0-9@$!]/ that a space ends
 * (and decoding keeps a unit in or out of a run), so outside the runs that touch the blank the
 * two texts normalise alike.
 */
export function normalizeWithBlank(
  text: string,
  normalized: string,
  start: number,
  end: number,
): string {
  const inRun = (i: number): boolean => {
    const code = normalized.charCodeAt(i);
    return code < 128 && ((RUN_CHAR[code] as number) & RUN) !== 0;
  };
  let from = start;
  while (from > 0 && inRun(from - 1)) from--;
  let to = end;
  while (to < normalized.length && inRun(to)) to++;
  const window = text.slice(from, start) + ' '.repeat(end - start) + text.slice(end, to);
  return normalized.slice(0, from) + decodeLeet(foldSameLength(window)) + normalized.slice(to);
}

const REPEAT = /(.)\1+/g;
const MAX_RUNS = 4;

/**
 * Squeezes letters a writer repeated for emphasis ("diiiie", "killlll", "pleaseee"), choosing
 * among the squeezed forms one the vocabulary knows: each run of a repeated letter becomes one or
 * two letters ("killll" → "kill", "diiie" → "die"). Words the vocabulary already knows, or
 * without repeats, come back unchanged; an unknown word loses runs of three or more.
 */
export function squeezeRepeats(word: string, isKnown: (word: string) => boolean): string {
  if (isKnown(word)) return word;
  const runs: Array<{ start: number; length: number }> = [];
  REPEAT.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = REPEAT.exec(word)) !== null) runs.push({ start: hit.index, length: hit[0].length });
  if (runs.length === 0) return word;
  if (runs.length <= MAX_RUNS) {
    // Every combination of 1 or 2 letters per run; fewer letters first so "soooo" → "so".
    const combos = 1 << runs.length;
    for (let mask = 0; mask < combos; mask++) {
      let out = '';
      let from = 0;
      runs.forEach((run, r) => {
        out += word.slice(from, run.start) + word.charAt(run.start).repeat(mask & (1 << r) ? 2 : 1);
        from = run.start + run.length;
      });
      out += word.slice(from);
      if (out !== word && isKnown(out)) return out;
    }
  }
  // Unknown either way: only runs of three or more are emphasis ("cooool"), doubles are spelling.
  return word.replace(/(.)\1{2,}/g, '$1$1');
}

/** Censored letters people type to dodge filters: "s*icide", "k*ll", "su#cide". */
const MASK = /[*#]/;

/**
 * Resolves a word with masked letters ("s*icide") to the single vocabulary word of the same
 * length it can stand for, where a mask matches any letter. Returns undefined when none or
 * several fit, so a mask never guesses between two words.
 */
export function unmask(word: string, candidates: readonly string[]): string | undefined {
  if (!MASK.test(word)) return undefined;
  let found: string | undefined;
  for (const candidate of candidates) {
    if (candidate.length !== word.length) continue;
    let ok = true;
    let letters = 0;
    for (let i = 0; i < word.length && ok; i++) {
      const c = word.charAt(i);
      if (c === '*' || c === '#') continue;
      letters++;
      ok = c === candidate.charAt(i);
    }
    // At least half the letters must be visible: "****" is not a word.
    if (!ok || letters * 2 < word.length) continue;
    if (found !== undefined && found !== candidate) return undefined;
    found = candidate;
  }
  return found;
}
