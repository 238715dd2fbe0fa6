/**
 * Reading what someone else is said to do or say as if they said it of themselves: "my brother's
 * been giving his stuff away", "she keeps saying she's a burden", "he has cuts on his arms". The
 * writer's own cues name the writer ("giving my stuff away", "i'm a burden"), so they never match
 * a sentence in the third person; the third-party lexicon repeats only a few of them. Here an
 * English sentence about someone else is re-read with that person turned into "I" (he → i, his →
 * my, himself → myself, "my sister" → i, and the verb after them agreed: wants → want), and every
 * cue found on words that were turned is a cue about someone else, scoped `third_party`, so the
 * conversation logic gives it the third-party level its kind carries (a plan or preparation is
 * `high`, a wish to die `moderate`). The writer's own words ("me", "my") never take part in such
 * a cue, so "he said he'd kill me" stays a threat to the writer, never their suicidal intent.
 *
 * English only: the other languages mark the person on the verb ("quiere morir" → "quiero
 * morir"), which a word-for-word turn cannot do.
 */
import type { Scope, Span } from '../core/index.js';
import type { PhraseMatch, PhraseMatcher } from '../nlp/phrase-patterns.js';
import { FIRST_PERSON_EN, group, RELATIONS } from '../nlp/people.js';
import type { ScopeFinding } from '../nlp/scope.js';
import { withKeys, WORD, type TokenizedText } from '../nlp/tokens.js';

/** Someone else's pronouns as the writer's ("her" is decided by the word after it: `AFTER_OBJECT_HER`). */
const TURNED: ReadonlyMap<string, string> = new Map([
  ['he', 'i'],
  ['she', 'i'],
  ['hes', 'im'],
  ['shes', 'im'],
  ['hed', 'id'],
  ['theyre', 'im'],
  ['theyve', 'ive'],
  ['him', 'me'],
  ['his', 'my'],
  ['himself', 'myself'],
  ['herself', 'myself'],
  ['themselves', 'myself'],
  ['themself', 'myself'],
]);

/** "he'll" and "she'll" reach the matcher as "hell" and "shell": turned only when apostrophed. */
const APOSTROPHED: ReadonlyMap<string, string> = new Map([
  ['hell', 'ill'],
  ['shell', 'ill'],
]);

/** Pronouns that are a subject: the verb after them is agreed with "I". */
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'hed', 'hell', 'shell']);

/** Words between a subject and its verb that the agreement steps over ("she really wants"). */
const ADVERBS: ReadonlySet<string> = new Set([
  'just',
  'really',
  'still',
  'always',
  'never',
  'even',
  'also',
  'only',
  'actually',
  'literally',
  'already',
  'apparently',
  'honestly',
  'genuinely',
  'seriously',
  'constantly',
  'often',
  'sometimes',
  'basically',
  'now',
  'kinda',
  'sorta',
]);

/** Third-person verb forms whose first-person form is not the word less an "s". */
const AGREED: ReadonlyMap<string, string> = new Map([
  ['is', 'am'],
  ['has', 'have'],
  ['hasnt', 'havent'],
  ['does', 'do'],
  ['doesnt', 'dont'],
  ['isnt', 'aint'],
  ['was', 'was'],
  ['wasnt', 'wasnt'],
  ['says', 'say'],
  ['goes', 'go'],
]);

/** Words after "her" that make it an object ("told her to", "gave her a"), not a possessive. */
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set([
  'to',
  'a',
  'an',
  'the',
  'that',
  'and',
  'or',
  'but',
  'so',
  'if',
  'when',
  'about',
  'up',
  'down',
  'out',
  'off',
  'in',
  'on',
  'at',
  'for',
  'with',
  'again',
  'anymore',
  'now',
  'too',
  'back',
  'home',
  'alone',
  'feel',
  'go',
]);

/** Words that join a second verb to the same subject ("… and wishes she was dead"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'n']);

/** Keys that make a sentence worth turning: someone else's pronouns. */
const THIRD_PERSON: ReadonlySet<string> = new Set([...TURNED.keys(), ...APOSTROPHED.keys(), 'her']);

/** Filler for the possessive of "my sister" when "sister" becomes "I": no pattern names it. */
const FILLER = 'uh';

/** People the writer knows, as one word after "my" or "our" ("sister", "flatmate", "boss"). */
const RELATION_WORDS: ReadonlySet<string> = new Set(
  group(RELATIONS.en)
    .replace(/[()]/g, '')
    .split('|')
    .filter((word) => !word.includes(' ') && !word.includes("'")),
);

function agreed(verb: string): string {
  const fixed = AGREED.get(verb);
  if (fixed !== undefined) return fixed;
  if (verb.length > 4 && verb.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  if (/(sh|ch|ss|x|o)es$/.test(verb)) return verb.slice(0, -2);
  if (verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss')) return verb.slice(0, -1);
  return verb;
}

/** Was token `i` written with an apostrophe ("he'll", not "hell")? */
function apostrophed(doc: TokenizedText, i: number): boolean {
  const word = doc.text.slice(doc.starts[i], doc.ends[i]);
  return word.includes("'") || word.includes('\u2019');
}

export interface TurnedReading {
  /** `doc` with someone else turned into "I": the same tokens and spans, other keys. */
  doc: TokenizedText;
  /** Per token, 1 when the turn changed its key. */
  changed: Uint8Array;
  /**
   * Where a cue resting on a turned word can start: per turned sentence, from its first token to
   * its last turned one, as `[from, to)` pairs.
   */
  ranges: number[];
}

/**
 * `doc` with the English sentences that speak of someone else turned into the first person, one
 * key for one key (spans and breaks stay); null when no sentence does.
 */
export function turnToFirstPerson(doc: TokenizedText): TurnedReading | null {
  const { keys, kinds, sentences, count } = doc;
  let found = false;
  for (let i = 0; i < count && !found; i++) {
    const key = keys[i] as string;
    found = THIRD_PERSON.has(key) && (!APOSTROPHED.has(key) || apostrophed(doc, i));
  }
  if (!found) return null;
  // The sentences that name someone else by a pronoun: only they are turned.
  const about = new Uint8Array((sentences[count - 1] as number) + 1);
  for (let i = 0; i < count; i++) {
    const key = keys[i] as string;
    if (THIRD_PERSON.has(key) && (!APOSTROPHED.has(key) || apostrophed(doc, i)))
      about[sentences[i] as number] = 1;
  }

  const turnedKeys = keys.slice();
  const changed = new Uint8Array(count);
  const ranges: number[] = [];
  let sentenceFrom = 0;
  let lastChanged = -1;
  let agreeAfter = -1;
  // A subject was turned in this sentence: verbs coordinated with it are agreed too.
  let turnedSubject = false;
  const change = (i: number, key: string) => {
    turnedKeys[i] = key;
    changed[i] = 1;
    lastChanged = i;
  };
  for (let i = 0; i < count; i++) {
    if (i > 0 && sentences[i] !== sentences[i - 1]) {
      if (lastChanged >= sentenceFrom) ranges.push(sentenceFrom, lastChanged + 1);
      sentenceFrom = i;
      agreeAfter = -1;
      turnedSubject = false;
    }
    if (!about[sentences[i] as number]) continue;
    const key = keys[i] as string;
    if (kinds[i] !== WORD) {
      agreeAfter = -1;
      continue;
    }
    if (agreeAfter >= 0 && !ADVERBS.has(key)) {
      const verb = agreed(key);
      if (verb !== key) change(i, verb);
      agreeAfter = -1;
    } else if (
      turnedSubject &&
      key.endsWith('s') &&
      i > 0 &&
      COORDINATORS.has(keys[i - 1] as string)
    ) {
      // "she hates herself and wishes she was dead": the second verb has the same subject.
      const verb = agreed(key);
      if (verb !== key) change(i, verb);
    } else if (TURNED.has(key)) {
      change(i, TURNED.get(key) as string);
      if (SUBJECTS.has(key)) {
        agreeAfter = i;
        turnedSubject = true;
      }
    } else if (APOSTROPHED.has(key) && apostrophed(doc, i)) {
      change(i, APOSTROPHED.get(key) as string);
    } else if (key === 'her') {
      const next =
        i + 1 < count && kinds[i + 1] === WORD && sentences[i + 1] === sentences[i]
          ? (keys[i + 1] as string)
          : undefined;
      change(i, next === undefined || AFTER_OBJECT_HER.has(next) ? 'me' : 'my');
    } else if (
      (key === 'my' || key === 'our') &&
      i + 2 < count &&
      kinds[i + 1] === WORD &&
      RELATION_WORDS.has(keys[i + 1] as string) &&
      kinds[i + 2] === WORD &&
      !FIRST_PERSON_EN.has(keys[i + 2] as string)
    ) {
      // "my sister has…" as "uh i have…": the relation is the subject when a word follows it.
      change(i, FILLER);
      change(i + 1, 'i');
      i++;
      agreeAfter = i;
      turnedSubject = true;
    }
  }
  if (lastChanged >= sentenceFrom) ranges.push(sentenceFrom, lastChanged + 1);
  if (ranges.length === 0) return null;
  return { doc: withKeys(doc, turnedKeys), changed, ranges };
}

/** The cue found on turned words, in the original text's token range. */
export interface TurnedCue<T> {
  value: T;
  first: number;
  last: number;
  span: Span;
  /** The pattern's literal words (for scoping). */
  words: ReadonlySet<string>;
  /** The turned word that makes it about someone else ("his", "she"). */
  subject: Span;
}

/**
 * Cues of `matcher` on the turned sentences that rest on a turned word and hold none of the
 * writer's own, mapped back onto `doc`.
 */
export function cuesAboutOthers<T>(
  doc: TokenizedText,
  reading: TurnedReading,
  matcher: PhraseMatcher<T>,
): Array<TurnedCue<T>> {
  const out: Array<TurnedCue<T>> = [];
  const { changed, ranges } = reading;
  for (let r = 0; r < ranges.length; r += 2) {
    for (const match of matcher.find(reading.doc, ranges[r], ranges[r + 1])) {
      const cue = aboutOthers(doc, changed, match);
      if (cue) out.push(cue);
    }
  }
  return out;
}

/** A match as a cue about someone else, if it rests on a turned word and holds none of the writer's. */
function aboutOthers<T>(
  doc: TokenizedText,
  changed: Uint8Array,
  match: PhraseMatch<T>,
): TurnedCue<T> | undefined {
  const { first, last } = match;
  let subject = -1;
  let writer = false;
  for (let i = first; i <= last; i++) {
    if (changed[i]) {
      if (subject < 0) subject = i;
    } else if (FIRST_PERSON_EN.has(doc.keys[i] as string)) writer = true;
  }
  if (subject < 0 || writer) return undefined;
  const subjectStart = doc.starts[subject] as number;
  const subjectEnd = doc.ends[subject] as number;
  return {
    value: match.value,
    first,
    last,
    span: { start: match.start, end: match.end, text: doc.text.slice(match.start, match.end) },
    words: match.words,
    subject: {
      start: subjectStart,
      end: subjectEnd,
      text: doc.text.slice(subjectStart, subjectEnd),
    },
  };
}

/** The scope of a cue about someone else: the cue is theirs, said of them. */
export function aboutSomeoneElse(subject: Span): ScopeFinding {
  return {
    scope: 'third_party' satisfies Scope,
    cue: subject,
    reason: `about someone else ("${subject.text}"), read as if they said it of themselves`,
  };
}
