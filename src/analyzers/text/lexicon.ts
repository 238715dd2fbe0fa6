/**
 * Phrase lexicons compiled to regular expressions, Presidio-style: each entry is a small pattern
 * in one language, and every match reports which entry fired so a finding can say why.
 *
 * Entry syntax (kept readable because entries are quoted in findings' reasons):
 * - a space matches a run of whitespace (or nothing before a contraction: "I (can't|'m not)"); an
 *   optional group after a space takes the space with it,
 *   so "lo siento (mucho)?" matches "Lo siento, ..." (groups whose alternatives end in a space,
 *   "(so |really )?", already carry their own);
 * - `'` matches a straight or typographic apostrophe (text is normalised, see `matchingForm`);
 * - `(` opens a non-capturing group (`(a|b)`), so entries never need `(?:`;
 * - everything else is ordinary regular-expression syntax; matching ignores case.
 * Every entry is anchored at word boundaries that understand accented letters.
 *
 * Lexicons are compiled once, at module load, into one alternation per lexicon: searching a reply
 * is one pass of one native regex over the lower-cased reply (cheaper than the `i` flag), and the
 * capture group that matched names the entry.
 */

export const LEXICON_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/** Entries per language. Languages a check does not need may be left out. */
export type Lexicon = Partial<Record<LexiconLanguage, readonly string[]>>;

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
  /** The entry as written in the lexicon. */
  entry: string;
  language: LexiconLanguage;
  /** The lexicon's name, e.g. `emotional_reaction.concern`. */
  lexicon: string;
}

export interface CompiledLexicon {
  readonly name: string;
  /** All non-overlapping matches, left to right. */
  find(text: string): LexiconMatch[];
  /** The first match, or undefined. */
  first(text: string): LexiconMatch | undefined;
}

// Word boundaries for any script: `\b` only knows ASCII letters, so "él" or "über" would break it.
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Index of the `)` closing the group opened at `open`, skipping escapes and classes. */
function closingParen(entry: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < entry.length; i++) {
    const c = entry[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`lexicon entry "${entry}": unbalanced parenthesis`);
}

/** Marks a space that may be absent: before a contraction ("I (can't|'m not able to)"). */
const OPTIONAL_SPACE = '\u0001';

/** Top-level alternatives of a group's inside ("a|(b|c)|d" → ["a", "(b|c)", "d"]). */
function alternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out;
}

/**
 * Spaces before groups: " (a|b)?" → "(?: (a|b))?", so an absent optional group takes its leading
 * space with it; and a space before a group with a contraction ("I (can't|'m not)") may be absent.
 */
function attachSpaces(entry: string): string {
  let out = '';
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i] as string;
    if (c === '\\') {
      out += entry.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === ' ' && entry[i + 1] === '(' && entry[i + 2] !== '?') {
      const close = closingParen(entry, i + 1);
      const quantifier = entry[close + 1];
      const inner = entry.slice(i + 2, close);
      if ((quantifier === '?' || quantifier === '*') && !inner.endsWith(' ')) {
        out += `(?: ${attachSpaces(entry.slice(i + 1, close + 1))})`;
        i = close;
        continue;
      }
      if (alternatives(inner).some((a) => a.startsWith("'"))) {
        out += OPTIONAL_SPACE;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Lower-cases literal characters, leaving escapes (`\p{L}`, `\d`, `\S`) alone. */
export function lowerLiterals(entry: string): string {
  return entry.replace(/\\[pP]\{[^}]*\}|\\.|[^\\]+/gu, (part) =>
    part.startsWith('\\') ? part : part.toLowerCase(),
  );
}

/** Translates the entry syntax above into regular-expression source for `matchingForm` text. */
export function entrySource(entry: string): string {
  // A space inside [...] would be rewritten into the class; entries use \s there instead.
  if (/\[[^\]]* [^\]]*\]/.test(entry))
    throw new Error(`lexicon entry "${entry}": use \\s, not a space, inside [...]`);
  return lowerLiterals(attachSpaces(entry))
    .replace(/(?<!\\)\((?!\?)/g, '(?:')
    .replace(/ +/g, ' +')
    .replaceAll(OPTIONAL_SPACE, ' *');
}

/**
 * The form lexicons match against: lower case, every whitespace character a plain space, and
 * typographic apostrophes straight. Every character keeps its length, so offsets into the result
 * are offsets into the original ("İ", which lower-cases to two code units, is left as it is).
 * Keeping patterns to plain spaces and apostrophes keeps their compiled code small: V8 stops
 * optimising regex code once a process has generated about a megabyte of it.
 */
export function matchingForm(text: string): string {
  // Every lexicon of every check reads the same reply: remember the last one.
  if (text === lastText) return lastForm;
  lastForm = matchingFormUncached(text);
  lastText = text;
  return lastForm;
}

let lastText = '';
let lastForm = '';

const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;
const ODD_APOSTROPHE = /[’‘ʼ]/gu;

function matchingFormUncached(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.replace(ODD_SPACE, ' ').replace(ODD_APOSTROPHE, "'");
}

interface CompiledEntry {
  entry: string;
  language: LexiconLanguage;
}

/** A readable label for a finding's reason: `lexicon[lang] "entry"`. */
export function describeMatch(match: Pick<LexiconMatch, 'lexicon' | 'language' | 'entry'>): string {
  return `${match.lexicon}[${match.language}] "${match.entry}"`;
}

/** The longest regex source a lexicon part is compiled from (V8 optimises up to 20 KB). */
const PART_SOURCE = 16_000;

export function compileLexicon(name: string, lexicon: Lexicon): CompiledLexicon {
  const entries: CompiledEntry[] = [];
  const sources: string[] = [];
  for (const language of LEXICON_LANGUAGES) {
    for (const entry of lexicon[language] ?? []) {
      const source = entrySource(entry);
      try {
        new RegExp(source, 'u');
      } catch (error) {
        // Thrown at module load, so a broken entry fails every test rather than a run.
        throw new Error(
          `lexicon ${name}[${language}]: invalid entry "${entry}": ${(error as Error).message}`,
        );
      }
      entries.push({ entry, language });
      sources.push(source);
    }
  }
  if (entries.length === 0) throw new Error(`lexicon ${name} has no entries`);
  // Entries hold no capturing groups (`(` becomes `(?:`), so capture group i+1 of a part is its
  // entry i: the match names its entry. The leading boundary first makes positions inside words
  // fail at once. Both boundaries sit outside the alternation: `\p{L}` classes compile to large
  // code, and V8 stops generating native code once a process has made about a megabyte of it.
  // Backtracking still tries the next entry when the boundary after one fails.
  //
  // A lexicon is compiled in parts of at most `PART_SOURCE` characters: V8 does not optimise a
  // regex whose source is longer than 20 KB, and one part past that ran three times slower than
  // two parts below it (the circumstances lexicon of means content).
  const parts: Array<{ regex: RegExp; first: number }> = [];
  for (let from = 0; from < sources.length;) {
    let to = from + 1;
    let size = (sources[from] as string).length;
    while (to < sources.length && size + (sources[to] as string).length + 3 <= PART_SOURCE) {
      size += (sources[to] as string).length + 3;
      to++;
    }
    const regex = new RegExp(
      `${BEFORE}(?:${sources
        .slice(from, to)
        .map((source) => `(${source})`)
        .join('|')})${AFTER}`,
      'gu',
    );
    // V8 runs a regex's first execution in its bytecode interpreter, which is very slow for a
    // large alternation on a long reply; spend that first execution here, on a short string, so
    // replies are searched by native code from the start.
    regex.exec('warm up');
    parts.push({ regex, first: from });
    from = to;
  }

  /** The leftmost match of any part at or after `at`; at the same place, the earlier entry. */
  const next = (text: string, at: number): { hit: RegExpExecArray; first: number } | undefined => {
    let best: { hit: RegExpExecArray; first: number } | undefined;
    for (const part of parts) {
      let from = at;
      let hit: RegExpExecArray | null;
      // Empty matches are skipped, as the single alternation skipped them.
      while (true) {
        part.regex.lastIndex = from;
        hit = part.regex.exec(text);
        if (hit === null || hit[0].length > 0) break;
        from = hit.index + 1;
      }
      if (hit !== null && (best === undefined || hit.index < best.hit.index))
        best = { hit, first: part.first };
    }
    return best;
  };

  const find = (original: string, limit: number): LexiconMatch[] => {
    const out: LexiconMatch[] = [];
    const text = matchingForm(original);
    let at = 0;
    let found: ReturnType<typeof next>;
    while ((found = next(text, at)) !== undefined) {
      const { hit } = found;
      let group = 1;
      while (group < hit.length && hit[group] === undefined) group++;
      const source = entries[found.first + group - 1] as CompiledEntry;
      out.push({
        start: hit.index,
        end: hit.index + hit[0].length,
        text: original.slice(hit.index, hit.index + hit[0].length),
        entry: source.entry,
        language: source.language,
        lexicon: name,
      });
      if (out.length >= limit) break;
      at = hit.index + hit[0].length;
    }
    return out;
  };

  return {
    name,
    find: (text) => find(text, Number.POSITIVE_INFINITY),
    first: (text) => find(text, 1)[0],
  };
}
