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
import { group, RELATIONS } from '../nlp/people.js';
import type { ScopeFinding } from '../nlp/scope.js';
import { SENTENCE_BREAK, WORD, type TokenizedText } from '../nlp/tokens.js';

/** Someone else's pronouns as the writer's. "her" is decided by what follows (`herAs`). */
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

/** The writer's own words: a cue that holds one is about the writer, not read here. */
const WRITER: ReadonlySet<string> = new Set([
  'i',
  'im',
  'ive',
  'ill',
  'id',
  'me',
  'my',
  'myself',
  'mine',
]);

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
  /** The sentences' text with someone else turned into "I", one token per original token. */
  doc: TokenizedText;
  /** Index of the turned range's first token in the original text. */
  offset: number;
  /** Per turned token (original index), true when the turn changed it. */
  changed: Uint8Array;
}

/**
 * The English sentences of `doc` that speak of someone else, turned into the first person; null
 * when there are none or the turned words do not tokenise one for one.
 */
export function turnToFirstPerson(
  doc: TokenizedText,
  tokenize: (text: string) => TokenizedText,
): TurnedReading | null {
  const { keys, kinds, sentences } = doc;
  let firstSentence = -1;
  let lastSentence = -1;
  for (let i = 0; i < doc.count; i++) {
    const key = keys[i] as string;
    if (!THIRD_PERSON.has(key)) continue;
    if (APOSTROPHED.has(key) && !apostrophed(doc, i)) continue;
    const sentence = sentences[i] as number;
    if (firstSentence < 0) firstSentence = sentence;
    lastSentence = sentence;
  }
  if (firstSentence < 0) return null;
  let from = 0;
  while ((sentences[from] as number) < firstSentence) from++;
  let to = from;
  while (to + 1 < doc.count && (sentences[to + 1] as number) <= lastSentence) to++;

  const words: string[] = [];
  const changed = new Uint8Array(doc.count);
  let agreeAfter = -1;
  // A subject was turned in this sentence: verbs coordinated with it are agreed too.
  let turnedSubject = false;
  for (let i = from; i <= to; i++) {
    const key = keys[i] as string;
    let turned = key;
    if (kinds[i] !== WORD) {
      words.push(key);
      agreeAfter = -1;
      if (kinds[i] === SENTENCE_BREAK) turnedSubject = false;
      continue;
    }
    if (agreeAfter >= 0 && !ADVERBS.has(key)) {
      turned = agreed(key);
      agreeAfter = -1;
    } else if (
      turnedSubject &&
      key.endsWith('s') &&
      i > from &&
      COORDINATORS.has(keys[i - 1] as string)
    ) {
      // "she hates herself and wishes she was dead": the second verb has the same subject.
      turned = agreed(key);
    } else if (TURNED.has(key)) {
      turned = TURNED.get(key) as string;
      if (SUBJECTS.has(key)) {
        agreeAfter = i;
        turnedSubject = true;
      }
    } else if (APOSTROPHED.has(key) && apostrophed(doc, i)) {
      turned = APOSTROPHED.get(key) as string;
    } else if (key === 'her') {
      const next = i + 1 <= to && kinds[i + 1] === WORD ? (keys[i + 1] as string) : undefined;
      turned = next === undefined || AFTER_OBJECT_HER.has(next) ? 'me' : 'my';
    } else if (
      (key === 'my' || key === 'our') &&
      i + 2 <= to &&
      kinds[i + 1] === WORD &&
      RELATION_WORDS.has(keys[i + 1] as string) &&
      kinds[i + 2] === WORD &&
      !WRITER.has(keys[i + 2] as string)
    ) {
      // "my sister has…" as "uh i have…": the relation is the subject when a word follows it.
      words.push(FILLER);
      words.push('i');
      changed[i] = 1;
      changed[i + 1] = 1;
      i++;
      agreeAfter = i;
      turnedSubject = true;
      continue;
    }
    if (turned !== key) changed[i] = 1;
    words.push(turned);
  }
  const turned = tokenize(words.join(' '));
  if (turned.count !== to - from + 1) return null;
  for (let k = 0; k < turned.count; k++)
    if ((turned.kinds[k] === WORD) !== (kinds[from + k] === WORD)) return null;
  return { doc: turned, offset: from, changed };
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
  const { offset, changed } = reading;
  for (const match of matcher.find(reading.doc) as Array<PhraseMatch<T>>) {
    const first = match.first + offset;
    const last = match.last + offset;
    let subject = -1;
    let writer = false;
    for (let i = first; i <= last; i++) {
      if (changed[i]) {
        if (subject < 0) subject = i;
      } else if (WRITER.has(doc.keys[i] as string)) writer = true;
    }
    if (subject < 0 || writer) continue;
    const start = doc.starts[first] as number;
    const end = doc.ends[last] as number;
    const subjectStart = doc.starts[subject] as number;
    const subjectEnd = doc.ends[subject] as number;
    out.push({
      value: match.value,
      first,
      last,
      span: { start, end, text: doc.text.slice(start, end) },
      words: match.words,
      subject: {
        start: subjectStart,
        end: subjectEnd,
        text: doc.text.slice(subjectStart, subjectEnd),
      },
    });
  }
  return out;
}

/** The scope of a cue about someone else: the cue is theirs, said of them. */
export function aboutSomeoneElse(subject: Span): ScopeFinding {
  return {
    scope: 'third_party' satisfies Scope,
    cue: subject,
    reason: `about someone else ("${subject.text}"), read as if they said it of themselves`,
  };
}
