/**
 * How people mistype a word: the misspellings one slip of the finger or of the ear away from it.
 * A lexicon that names a few words it cannot afford to miss ("suicidal", "umbringen",
 * "ammazzarmi") asks for their variants once, at load, and matches them as the word itself, so a
 * typo costs nothing per message (no fuzzy search over the text).
 *
 * One edit per variant, of the kinds people make when typing fast or by ear:
 * - a doubled letter typed once ("amazzarmi", "kil") or a single consonant doubled ("mourrir");
 * - a letter inside a long word left out ("sucidal", "umzubringn");
 * - two neighbouring letters swapped ("myslef", "sucidie");
 * - a spelling by sound: "qu" as "k" ("kiero"), a soft "c" as "s" ("suisidarme"), "z" as "s",
 *   and endings a language spells by ear (`TypoOptions.endings`).
 * The first letter is never touched but for "qu" heard as "k" (people rarely get it wrong, and it
 * keeps variants apart from unrelated words), and short words get fewer kinds of edit. Words are
 * folded (lower case, no accents), as token keys are.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Shortest word that may lose a letter or have two swapped (shorter ones collide too often). */
const MIN_DELETE = 5;
const MIN_SWAP = 4;
/** Shortest word whose consonants may be doubled or double letters halved. */
const MIN_DOUBLE = 4;

/** Spellings by sound, each one edit: [what is written, what people type instead]. */
const BY_SOUND: ReadonlyArray<readonly [RegExp, string]> = [
  [/qu(?=[ei])/g, 'k'],
  [/c(?=[ei])/g, 's'],
  [/z/g, 's'],
];

export interface TypoOptions {
  /** Real words that must not be read as `word`. */
  exclude?: ReadonlySet<string>;
  /**
   * Endings spelled by ear in the word's language, [written, typed]: French "-er" typed "-é"
   * ("me suicidé"), German "-en" typed "-n" ("umbringn").
   */
  endings?: ReadonlyArray<readonly [string, string]>;
}

/** The misspellings of `word` one edit away (see the module comment), without `word` itself. */
export function typoVariants(word: string, options: TypoOptions = {}): string[] {
  const out = new Set<string>();
  const n = word.length;
  for (let i = 1; i < n; i++) {
    const ch = word.charAt(i);
    // A doubled letter typed once.
    if (n >= MIN_DOUBLE && ch === word.charAt(i - 1)) out.add(word.slice(0, i) + word.slice(i + 1));
    // A single consonant doubled (not one already doubled, and not at the end).
    if (
      n >= MIN_DOUBLE + 1 &&
      i < n - 1 &&
      !VOWELS.has(ch) &&
      ch !== word.charAt(i - 1) &&
      ch !== word.charAt(i + 1)
    )
      out.add(word.slice(0, i) + ch + word.slice(i));
    // A letter left out inside the word.
    if (n >= MIN_DELETE && i < n - 1) out.add(word.slice(0, i) + word.slice(i + 1));
    // Two neighbours swapped (not the first letter).
    if (n >= MIN_SWAP && i < n - 1 && ch !== word.charAt(i + 1))
      out.add(word.slice(0, i) + word.charAt(i + 1) + ch + word.slice(i + 2));
  }
  for (const [written, typed] of BY_SOUND) {
    written.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = written.exec(word)) !== null) {
      // Only the sound of "qu" changes a first letter ("kiero", "ke").
      if (hit.index === 0 && typed !== 'k') continue;
      out.add(word.slice(0, hit.index) + typed + word.slice(hit.index + hit[0].length));
    }
  }
  for (const [written, typed] of options.endings ?? []) {
    if (word.length >= written.length + 2 && word.endsWith(written))
      out.add(word.slice(0, -written.length) + typed);
  }
  out.delete(word);
  for (const w of options.exclude ?? []) out.delete(w);
  return [...out].filter((w) => /^[a-z]+$/.test(w));
}
