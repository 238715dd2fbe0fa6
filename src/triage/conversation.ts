/**
 * Conversation logic: reads every user message with the rules, in order, and keeps what a crisis
 * worker keeps in mind between turns —
 * - distress said earlier makes a later means question count ("I lost my job." … "Which bridges
 *   are tallest?" is C-SSRS 3, as a `context:` signal that cites both);
 * - an assistant's question about suicide answered "yeah" is a signal on the user's answer, and
 *   answered by naming a means or a place instead of a "no" is a means in mind;
 * - an earlier turn the model reads as suicidal talk vouches for a later cue that needs it;
 * - a time in one turn turns an intent in the previous one into a plan;
 * - risk persists (`RiskState`, across requests via `previous`) and comes down only when the user
 *   clears it up ("no I meant my phone battery lol", "that was a song lyric", "omg no 😅 my
 *   dissertation", "en finir avec mon mémoire"), never because the topic changed.
 * Only user messages are scored; assistant and counsellor messages are context.
 */
import type {
  Cssrs,
  RiskCategory,
  RiskLevel,
  Role,
  Scope,
  Span,
  TriageSignal,
} from '../core/index.js';
import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from '../nlp/phrase-patterns.js';
import {
  scopeLanguageOf,
  SCOPE_LANGUAGES,
  type Lookalike,
  type ScopeFinding,
  type ScopeLanguage,
} from '../nlp/scope.js';
import {
  EMOJI,
  isBreak,
  isContrastWord,
  findQuotes,
  isLaughter,
  NUMBER,
  sentenceFirst,
  sentenceLast,
  WORD,
  type TokenizedText,
} from '../nlp/tokens.js';
import type { Decision, LevelFlags, MessageContext, ThirdPartySeverity } from './combine.js';
import { THIRD_PARTY_SEVERITIES } from './combine.js';
import {
  AFFIRMATIONS,
  AGE_QUESTIONS,
  CASE_QUESTIONS,
  CLARIFICATIONS,
  CORRECTION_SOFTENERS,
  OPENING_DENIALS,
  DENIALS,
  MINIMISING,
  NON_ANSWERS,
  FINE_ANSWERS,
  NOT_A_NOUN,
  NOT_ECHO_WORDS,
  CORRECTION_LEAD_WORDS,
  NAMES_DEATH,
  MEANS_DANGER,
  MEANS_NAMED,
  CHOSEN_PLACE,
  STATEMENT_NOUNS,
  OTHERS_PREPARATION,
  NOT_AN_OBJECT,
  PURPOSE_PREPOSITIONS,
  WHOLE_OR_SELF,
  OBJECT_DETERMINERS,
  LANGUAGE_MARKERS,
  MEANING_QUESTIONS,
  SUBJECT_CORRECTIONS,
  SAFETY_QUESTIONS,
  LOW_MOOD_ANSWERS,
  PLAY_FRAMES,
  HYPERBOLE,
  LETHALITY_QUESTIONS,
  NOT_AROUND,
  PLACE_DETAIL_QUESTIONS,
  QUESTIONS,
  REAL_LIFE,
  TOPICS,
  type QuestionTopic,
  type TopicId,
  WELLBEING_QUESTIONS,
} from './lexicons/dialogue.js';
import type { RuleKind } from './lexicons/types.js';
import { readMessage, tokenizeForTriage, type MessageReading, type RuleHit } from './rules.js';
import { sortStable } from './sort.js';

/** Risk carried across messages and requests. Store it with the conversation; pass it back. */
export interface RiskState {
  level: RiskLevel;
  cssrs: Cssrs;
  categories: RiskCategory[];
  /** The evidence behind it (unscoped signals and distress, at most `STATE_SIGNALS`). */
  signals: TriageSignal[];
  updatedAt?: string;
}

export interface ConversationMessage {
  role: Role;
  content: string;
}

export interface Assessment {
  decision: Decision;
  /** One per user message, for the model policy. */
  contexts: MessageContext[];
  /** The previous state's level, unless the user cleared it up. */
  floor: RiskLevel;
}

/** Signals kept in a RiskState. */
export const STATE_SIGNALS = 32;

// ---------------------------------------------------------------------------------------------
// Dialogue matchers (questions, answers, clarifications).

type DialogueValue =
  | { type: 'question'; topic: QuestionTopic }
  | { type: 'wellbeing' }
  | { type: 'low_mood' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'clarify' }
  | { type: 'minimise' }
  | { type: 'non_answer' }
  | { type: 'fine' }
  | { type: 'soften' }
  | { type: 'safety' }
  | { type: 'age' }
  | { type: 'case' }
  | { type: 'meaning' }
  | { type: 'subject' }
  | { type: 'others_prep'; sign: string; lang: ScopeLanguage }
  | { type: 'frame' }
  | { type: 'real_life' }
  | { type: 'hyperbole' }
  | { type: 'lethality' }
  | { type: 'place_detail' }
  | { type: 'not_around' }
  | { type: 'danger' };

function dialogueEntries(): PhraseEntry<DialogueValue>[] {
  const out: PhraseEntry<DialogueValue>[] = [];
  for (const lang of SCOPE_LANGUAGES) {
    for (const [topic, patterns] of Object.entries(QUESTIONS[lang]) as Array<
      [TopicId, readonly string[]]
    >) {
      for (const pattern of patterns)
        out.push({ pattern, value: { type: 'question', topic: TOPICS[topic] } });
    }
    for (const pattern of AFFIRMATIONS[lang]) out.push({ pattern, value: { type: 'yes' } });
    for (const pattern of DENIALS[lang]) out.push({ pattern, value: { type: 'no' } });
    for (const pattern of CLARIFICATIONS[lang]) out.push({ pattern, value: { type: 'clarify' } });
    for (const pattern of MINIMISING[lang]) out.push({ pattern, value: { type: 'minimise' } });
    for (const pattern of NON_ANSWERS[lang]) out.push({ pattern, value: { type: 'non_answer' } });
    for (const pattern of FINE_ANSWERS[lang]) out.push({ pattern, value: { type: 'fine' } });
    for (const pattern of CORRECTION_SOFTENERS[lang])
      out.push({ pattern, value: { type: 'soften' } });
    for (const pattern of SAFETY_QUESTIONS[lang]) out.push({ pattern, value: { type: 'safety' } });
    for (const pattern of AGE_QUESTIONS[lang]) out.push({ pattern, value: { type: 'age' } });
    for (const pattern of CASE_QUESTIONS[lang]) out.push({ pattern, value: { type: 'case' } });
    for (const pattern of MEANING_QUESTIONS[lang])
      out.push({ pattern, value: { type: 'meaning' } });
    for (const pattern of SUBJECT_CORRECTIONS[lang])
      out.push({ pattern, value: { type: 'subject' } });
    for (const [sign, patterns] of Object.entries(OTHERS_PREPARATION[lang])) {
      for (const pattern of patterns)
        out.push({ pattern, value: { type: 'others_prep', sign, lang } });
    }
    for (const pattern of WELLBEING_QUESTIONS[lang])
      out.push({ pattern, value: { type: 'wellbeing' } });
    for (const pattern of LOW_MOOD_ANSWERS[lang])
      out.push({ pattern, value: { type: 'low_mood' } });
    for (const pattern of PLAY_FRAMES[lang]) out.push({ pattern, value: { type: 'frame' } });
    for (const pattern of REAL_LIFE[lang]) out.push({ pattern, value: { type: 'real_life' } });
    for (const pattern of HYPERBOLE[lang]) out.push({ pattern, value: { type: 'hyperbole' } });
    for (const pattern of LETHALITY_QUESTIONS[lang])
      out.push({ pattern, value: { type: 'lethality' } });
    for (const pattern of PLACE_DETAIL_QUESTIONS[lang])
      out.push({ pattern, value: { type: 'place_detail' } });
    for (const pattern of NOT_AROUND[lang]) out.push({ pattern, value: { type: 'not_around' } });
    for (const pattern of MEANS_DANGER[lang]) out.push({ pattern, value: { type: 'danger' } });
  }
  return out;
}

/**
 * One matcher per use, so each pass runs only the patterns it reads: assistant messages are read
 * for questions, the opening words of a reply for yes and no, every user message for
 * clarifications. (Each keeps the relative order of its patterns in `dialogueEntries`, so it finds
 * what one matcher of all of them would, in the same order.)
 */
const entriesOf = (...types: ReadonlyArray<DialogueValue['type']>) =>
  dialogueEntries().filter((e) => types.includes(e.value.type));
const QUESTION_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('question'));
const ANSWER_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('yes', 'no'));
const CLARIFICATION_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('clarify'));
const MINIMISING_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('minimise'));
const NON_ANSWER_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('non_answer'));
const FINE_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('fine'));
const SOFTENER_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('soften'));
const SAFETY_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('safety'));
const AGE_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('age'));
const CASE_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('case'));
const MEANING_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('meaning'));
const SUBJECT_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('subject'));
const DANGER_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('danger'));

const WELLBEING_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('wellbeing'));
const LOW_MOOD_MATCHER = new PhraseMatcher<DialogueValue>(entriesOf('low_mood'));
/**
 * What every user turn is read for besides its cues: games and stories and stepping out of them,
 * signs of someone else's preparation, saying one is dying of something, and the signs that count
 * only across turns (a lethality question, not being around much longer). One pass over the turn
 * for all of them.
 */
const TURN_MATCHER = new PhraseMatcher<DialogueValue>(
  entriesOf(
    'frame',
    'real_life',
    'others_prep',
    'hyperbole',
    'lethality',
    'place_detail',
    'not_around',
  ),
);

/**
 * A game or story the person names ("this boss is impossible", "nel gioco") frames their cues
 * about dying, jumping or killing in the same message and in their next turn: "you have to jump
 * off the cliff to reset the run" is the game, as a crisis worker who heard the turn before would
 * read it. The frame lasts while the person's turns stay in it (a turn whose cue it set aside
 * carries it on) and ends when they say distress, step out of it ("irl", "en la vida real") or
 * say they are serious.
 */
const FRAMEABLE: ReadonlySet<RuleKind> = new Set<RuleKind>([
  // Dying, jumping, killing and hurting happen in games and stories; giving one's things away, a
  // farewell, a plan or an attempt are the person's own ("le pasé mi cuenta del juego a mi
  // hermano … gg a todos" is a goodbye).
  'passive_wish',
  'active_ideation',
  'coded',
  'method',
  'means_seeking',
  'lethality_seeking',
  'intent',
  'self_harm',
  'harm_thoughts',
  'harm_intent',
]);

/**
 * Everyday frames that explain a farewell said in the person's next turn: "today's my last day,
 * retiring!" … "thank you for everything, this is my last message from the work laptop".
 */
const FAREWELL_FRAMES: readonly Lookalike[] = ['life_change', 'moving'];
/** A farewell that says when the person will be back is a goodbye for now ("bis bald"). */
const FOR_NOW: readonly Lookalike[] = ['see_you'];
/** The rules of farewell words and notes (`<lang>.prep.farewell_words`, `….farewell_note`). */
const FAREWELL_RULE = /\.prep\.farewell_(words|note)$/;

interface Frame {
  message: number;
  span: Span;
  /** Token range, in its own message. */
  first: number;
  last: number;
}

/**
 * The frame that covers a cue: one named in its sentence ("throw myself off the cliff in the
 * level") or the sentence before it ("nel gioco muoio sempre. devi saltare dal ponte"), else the
 * one carried from the turn before.
 */
function frameFor(
  doc: TokenizedText,
  frames: readonly Frame[],
  hit: RuleHit,
  carried: Frame | undefined,
): Frame | undefined {
  const sentence = doc.sentences[hit.first] ?? 0;
  const here = frames.find((f) => {
    const at = doc.sentences[f.first] ?? -1;
    return (at === sentence || at === sentence - 1) && (f.last < hit.first || f.first > hit.last);
  });
  return here ?? carried;
}

/**
 * The games and stories a message names, but in sentences that step out of them ("irl") or say
 * they are about the writer; and those sentences.
 */
function framesIn(
  reading: MessageReading,
  found: readonly PhraseMatch<DialogueValue>[],
  message: number,
): { frames: Frame[]; realLife: ReadonlySet<number> } {
  const { doc } = reading;
  const realLife = new Set<number>();
  for (const m of found)
    if (m.value.type === 'real_life') realLife.add(doc.sentences[m.first] ?? -1);
  const frames: Frame[] = [];
  for (const m of found) {
    if (m.value.type !== 'frame' || realLife.has(doc.sentences[m.first] ?? -1)) continue;
    const span = { start: m.start, end: m.end, text: reading.text.slice(m.start, m.end) };
    frames.push({ message, span, first: m.first, last: m.last });
  }
  return { frames, realLife };
}

/** An empty span: the model reads the whole message. */
const NOTHING: Span = { start: 0, end: 0, text: '' };

/** Answers count when they open the reply. */
const ANSWER_WINDOW = 3;

interface PendingQuestion {
  topic: QuestionTopic;
  message: number;
  span: Span;
}

/** A child's age, 5 to 17, as the first number of a reply to "how old are you?" ("14.", "tengo 13"). */
function ageAnswerIn(reading: MessageReading): Span | undefined {
  const { doc } = reading;
  let words = 0;
  for (let i = 0; i < doc.count && words < 3; i++) {
    if (doc.kinds[i] === NUMBER) {
      const n = Number(doc.keys[i]);
      if (!(n >= 5 && n <= 17)) return undefined;
      const start = doc.starts[i] as number;
      const end = doc.ends[i] as number;
      return { start, end, text: reading.text.slice(start, end) };
    }
    if (doc.kinds[i] === WORD) words++;
  }
  return undefined;
}

/** Suicide named by its word in any of the six languages (folded keys). */
const SUICIDE_WORD = /^(suicid|suizid|selbstmord)/;

/** "killing yourself", "ending your life", "take your own life" at token `i` (folded keys). */
function killingSelfAt(doc: TokenizedText, i: number): boolean {
  const key = (k: number) => (doc.kinds[k] === WORD ? (doc.keys[k] as string) : '');
  if (/^(kill|killing)$/.test(key(i))) return /^(yourself|urself)$/.test(key(i + 1));
  if (!/^(end|ending|take|taking)$/.test(key(i)) || !/^(your|ur)$/.test(key(i + 1))) return false;
  return key(i + 2) === 'life' || (key(i + 2) === 'own' && key(i + 3) === 'life');
}

/**
 * A turn that names suicide (in English also "killing yourself", "ending your life") and then
 * asks whether that is the person's case, in words the topic phrases do not know ("Manchmal
 * verschenken Menschen ihre Sachen, wenn sie an Suizid denken. Ist das bei dir so?", "You
 * mentioned killing yourself. Is that something you're actually thinking about?"): a question
 * about thoughts of suicide. Not "Suicide is hard to talk about. Do
 * you want to talk?": a yes to that is no yes to suicide.
 */
function suicideCaseQuestion(doc: TokenizedText, message: number): PendingQuestion | undefined {
  // Most turns ask no such thing: look for the question first, then for suicide named before it.
  const cases = CASE_MATCHER.find(doc);
  const lastCase = cases[cases.length - 1];
  if (!lastCase) return undefined;
  let named = -1;
  for (let i = 0; i < lastCase.first && named < 0; i++)
    if (
      doc.kinds[i] === WORD &&
      (SUICIDE_WORD.test(doc.keys[i] as string) || killingSelfAt(doc, i))
    )
      named = i;
  if (named < 0) return undefined;
  const asked = cases.find((m) => m.first > named);
  if (!asked || insideQuotationMarks(doc.text, asked.start)) return undefined;
  return {
    topic: TOPICS.ideation,
    message,
    span: { start: asked.start, end: asked.end, text: doc.text.slice(asked.start, asked.end) },
  };
}

/**
 * Whether an offset stands inside quotation marks: a question the assistant suggests someone else
 * ask (« Quand tu dis ça, est-ce que tu penses à te suicider? ») is not asked of the person.
 */
function insideQuotationMarks(text: string, at: number): boolean {
  return findQuotes(text).some((q) => q.start <= at && at < q.end);
}

function questionIn(doc: TokenizedText, message: number): PendingQuestion | undefined {
  let best: PendingQuestion | undefined;
  for (const match of QUESTION_MATCHER.find(doc)) {
    if (match.value.type !== 'question') continue;
    if (insideQuotationMarks(doc.text, match.start)) continue;
    const topic = match.value.topic;
    if (!best || (topic.cssrs ?? 1.5) > (best.topic.cssrs ?? 1.5)) {
      best = {
        topic,
        message,
        span: { start: match.start, end: match.end, text: doc.text.slice(match.start, match.end) },
      };
    }
  }
  return best ?? suicideCaseQuestion(doc, message);
}

/** The token index of the `n`th word (or the last, when there are fewer), if there are words. */
function nthWord(doc: TokenizedText, n: number): number | undefined {
  let last: number | undefined;
  let seen = 0;
  for (let i = 0; i < doc.count && seen < n; i++) {
    if (doc.kinds[i] !== WORD) continue;
    last = i;
    seen++;
  }
  return last;
}

/** The token index of the last word an answer may open with, if the message has words. */
function answerLimit(doc: TokenizedText): number | undefined {
  return nthWord(doc, ANSWER_WINDOW);
}

function wellbeingQuestionIn(doc: TokenizedText, message: number): PendingQuestion | undefined {
  const match = WELLBEING_MATCHER.find(doc)[0];
  if (!match) return undefined;
  return {
    topic: { id: 'wellbeing', category: 'suicide', reason: 'how the person is' },
    message,
    span: { start: match.start, end: match.end, text: doc.text.slice(match.start, match.end) },
  };
}

const ANSWER_NEGATOR = /^(not|no|nao|non|nicht|pas|never|dont|nope)$/;
const NEGATOR_BEFORE = /^(not|no|nao|non|nicht|pas|nem|ni|nada|never|nie|kein)$/;

/** A low answer ("awful", "not great", "di merda") opening the reply to how the person is. */
function lowMoodIn(reading: MessageReading): Span | undefined {
  const { doc } = reading;
  const limit = answerLimit(doc);
  if (limit === undefined) return undefined;
  for (const match of LOW_MOOD_MATCHER.find(doc, 0, limit + 1)) {
    // "not bad", "pas mal", "non male": a negator right before a bare low word says the opposite.
    let before = match.first - 1;
    while (before >= 0 && doc.kinds[before] !== WORD) before--;
    const opensNegated = NEGATOR_BEFORE.test(doc.keys[match.first] ?? '');
    if (before >= 0 && !opensNegated && NEGATOR_BEFORE.test(doc.keys[before] as string)) continue;
    return { start: match.start, end: match.end, text: reading.text.slice(match.start, match.end) };
  }
  return undefined;
}

function answerIn(reading: MessageReading): { yes: Span } | undefined {
  const { doc } = reading;
  const limit = nthWord(doc, ANSWER_WINDOW);
  if (limit === undefined) return undefined;
  let yes: Span | undefined;
  for (const match of ANSWER_MATCHER.find(doc, 0, limit + 1)) {
    if (match.value.type === 'no') return undefined;
    if (match.value.type === 'yes' && !yes) {
      yes = {
        start: match.start,
        end: match.end,
        text: reading.text.slice(match.start, match.end),
      };
    }
  }
  // "I am not", "je ne suis pas": a negation among the first words turns a yes into a no.
  if (!yes) return undefined;
  const negationLimit = nthWord(doc, ANSWER_WINDOW + 1) as number;
  for (let i = 0; i <= negationLimit; i++) {
    if (doc.kinds[i] === WORD && ANSWER_NEGATOR.test(doc.keys[i] as string)) return undefined;
  }
  return { yes };
}

/**
 * How the person clears up what they said: in so many words ("I meant my phone", "era una
 * broma") or by naming the thing they meant in a short correcting reply ("omg no 😅 my
 * dissertation!!", "al celu jaja", "die Monstera 🙈"). Never when they wave the subject away
 * ("nah forget it, it's nothing"): minimising after real risk keeps it.
 */
function clarificationIn(
  reading: MessageReading,
  afterSafetyQuestion: boolean,
  answeredYes: boolean,
  echoWords: ReadonlySet<string>,
  shape: ReplyShape,
  earlier: { risk: readonly Evidence[]; lang: ScopeLanguage | undefined },
): Clarification | undefined {
  if (MINIMISING_MATCHER.find(reading.doc).length > 0) return undefined;
  const said = saidClarification(reading, shape.determiners);
  // Said in so many words, the reply may go on to say the ambiguous words again with what they
  // were about ("je me suis mal exprimée !! je veux en finir avec cette thèse"), at any length:
  // that cue is the one explained, not a new one.
  const framed = () => {
    const { marked } = correctionShape(
      markedAsCorrection(reading.doc, afterSafetyQuestion),
      reading,
      shape,
      afterSafetyQuestion,
    );
    return framedExplanationIn(reading, marked, earlier.risk, earlier.lang);
  };
  if (said) {
    const echo =
      echoWords.size > 0
        ? echoedObjectIn(reading, afterSafetyQuestion, echoWords, shape, true)
        : undefined;
    if (echo) return { ...said, naming: true, explains: echo.explains };
    if (said.naming) return said;
    // Said in so many words, and the thing named further on ("kkkkk sou eu, foi mal pelo susto.
    // é o TCC mesmo") or the everyday frame given: the words are resolved, not only taken back.
    if (namedObjectIn(reading, afterSafetyQuestion, shape)) return { ...said, naming: true };
    const frame = framed();
    return frame ? { ...said, naming: true, explains: frame.explains } : said;
  }
  // "jaja la verdad es que sí": a yes to the question is no correction.
  if (answeredYes) return undefined;
  const named = namedObjectIn(reading, afterSafetyQuestion, shape);
  if (named) return { span: named, naming: true };
  const echoed =
    echoWords.size > 0 ? echoedObjectIn(reading, afterSafetyQuestion, echoWords, shape) : undefined;
  return (
    echoed ??
    framed() ??
    (shape.askedSuicide && !afterSafetyQuestion
      ? deniedWithExplanation(reading, earlier.risk)
      : undefined)
  );
}

/**
 * A sign of preparation in a correcting reply that counts only with distress around it ("apaguei
 * o insta" after "quero sumir" … "não, sumir da internet kkk apaguei o insta"): the distress it
 * would need is what the reply clears up, so it does not veto the correction. Said together with
 * another oblique sign, it still vouches for that one when the reply's cues are read. Cues that
 * need suicidal talk do veto: "I mean it", "I'll do it" are no everyday words in a reply to a
 * question about suicide.
 */
function needsWhatIsCleared(hit: RuleHit): boolean {
  return hit.rule.needs === 'distress' && hit.rule.kind === 'preparation';
}

/**
 * A cue in a correcting reply that says nothing the correction does not already answer: a time
 * ("tomorrow's exam"), a sign that needs the distress being cleared up (`needsWhatIsCleared`), or
 * distress itself ("the job. I'm done with the place", "estoy hecho polvo"): being fed up with the
 * thing named is the everyday reading the reply gives. Ideation, intent, a plan or a means in the
 * reply still veto it.
 */
function explainsNothingNew(hit: RuleHit, marked: boolean): boolean {
  return (
    hit.rule.kind === 'timeline' ||
    hit.rule.kind === 'distress' ||
    // Only a reply the person marked as a correction (laughing, apologising, "no", "not me")
    // may carry a sign of preparation it explains: "the letters for my kids are done", said
    // plainly to "what do you mean?", is the sign, not a thing named.
    (marked && needsWhatIsCleared(hit))
  );
}

/**
 * A preparation has a move or a change of life as its everyday reading even where its rule names
 * none ("me despedí de todos" … "me voy a vivir a Bellmoor"), and so has a turn only the model
 * read as risk ("ich verschenk gerade alles was ich hab").
 */
function explainingFrames(hit: RuleHit | undefined): readonly Lookalike[] {
  const own = hit?.rule.lookalikes ?? [];
  if (hit && !LEAVING_KINDS.has(hit.rule.kind)) return own;
  // A plan or an intent in words that name no death is leaving too ("tengo todo preparado,
  // mañana me voy y no vuelvo" … "me salió la pega en Punta Arenas").
  if (hit && hit.rule.kind !== 'preparation' && namesDeath(hit.span)) return own;
  return [...new Set([...own, ...FAREWELL_FRAMES])];
}
const LEAVING_KINDS: ReadonlySet<RuleKind> = new Set(['preparation', 'plan', 'intent']);

/** `OPENING_DENIALS` of every language, as word sequences. */
const OPENING_DENIAL_WORDS: ReadonlyArray<readonly string[]> = Object.values(OPENING_DENIALS)
  .flat()
  .map((denial) => denial.split(' '));

/**
 * The last token of a denial phrase (`OPENING_DENIALS`) whose first word is token `from` and that
 * stands on its own: punctuation, an emoji or nothing after it, not more words ("no way out",
 * "de jeito nenhum eu aguento mais" say the opposite of a denial).
 */
function standingDenialPhraseAt(doc: TokenizedText, from: number): number | undefined {
  const words: number[] = [];
  for (let i = from; i < doc.count && words.length < 5; i++)
    if (doc.kinds[i] === WORD) words.push(i);
  for (const denial of OPENING_DENIAL_WORDS) {
    if (!denial.every((word, k) => words[k] !== undefined && doc.keys[words[k]!] === word))
      continue;
    const last = words[denial.length - 1] as number;
    if (last + 1 >= doc.count || doc.kinds[last + 1] !== WORD) return last;
  }
  return undefined;
}

/** Whether the reply opens with a denial that stands on its own ("¡qué va, hombre!", "nem pensar!"). */
function opensWithDenial(doc: TokenizedText): boolean {
  let first = 0;
  while (first < doc.count && doc.kinds[first] !== WORD) first++;
  return first < doc.count && standingDenialPhraseAt(doc, first) !== undefined;
}

/** A "no" answers a direct question when it stands among the reply's first this many words. */
const DENIAL_WORDS = 8;

/**
 * The first "no" that stands on its own among the reply's first `within` words: a no-word ("no",
 * "non", "nein", "não", "na", "nooo") followed by punctuation, an emoji, nothing, another no or a
 * denial phrase that stands ("¡ños, qué dices! no, no, no.", "geh bitte, na!", "hein ? non pas du
 * tout !"), or a denial phrase opening the reply (`OPENING_DENIALS`: "ma va' là!"). Not "no one",
 * "no sé", "não aguento", a tag question ("estoy cansada, ¿no?"), nor a phrase inside a sentence
 * ("ich schlafe gar nicht."). As a token range.
 */
function standingDenialIn(
  doc: TokenizedText,
  within = DENIAL_WORDS,
): { first: number; last: number } | undefined {
  let words = 0;
  for (let i = 0; i < doc.count && words < within; i++) {
    if (doc.kinds[i] !== WORD) continue;
    words++;
    if (words === 1) {
      const last = standingDenialPhraseAt(doc, i);
      if (last !== undefined) return { first: i, last };
    }
    if (!OPENING_NO.test(doc.keys[i] as string)) continue;
    const next = i + 1;
    if (next >= doc.count) return { first: i, last: i };
    if (doc.kinds[next] !== WORD) {
      // Not a tag question ("estoy cansada, ¿no?").
      if (!(doc.keys[next] as string).startsWith('?')) return { first: i, last: i };
      continue;
    }
    if (OPENING_NO.test(doc.keys[next] as string)) return { first: i, last: i };
    const last = standingDenialPhraseAt(doc, next);
    if (last !== undefined) return { first: i, last };
  }
  return undefined;
}

/** Signs read only across turns (`TURN_MATCHER`): any of them in an explaining reply keeps the risk. */
const ACROSS_TURN_SIGNS: ReadonlySet<DialogueValue['type']> = new Set([
  'lethality',
  'place_detail',
  'not_around',
]);

/** The words after the denial that make it an explanation rather than a bare "no". */
const EXPLANATION_WORDS = 6;

/**
 * A direct question about suicide answered with a standing "no" and an explanation in which the
 * rules read no cue but distress ("¡ños, qué dices! no, no, no. que dejo el curro del hotel, el
 * jefe es un sinvergüenza…", "hein ? non pas du tout ! disparaître genre partir trois semaines
 * en Ariège"): the person has said what they meant, so what only the model read in their words,
 * or only an oblique sign said, is answered. Not a cue said outright, which the "no" may not be
 * about. A bare "no" ("no. leave me alone") answers nothing yet, and any other cue in the reply
 * keeps the risk.
 */
function deniedWithExplanation(
  reading: MessageReading,
  earlierRisk: readonly Evidence[],
): Clarification | undefined {
  // Said outright ("pienso en matarme casi todos los días"), a cue is not answered by a "no" to
  // the question that followed it ("¿tienes un plan?" "no, no tengo plan…").
  if (earlierRisk.some((e) => !e.viaModel && !e.oblique)) return undefined;
  const { doc } = reading;
  const denial = standingDenialIn(doc);
  if (!denial) return undefined;
  let after = 0;
  for (let i = denial.last + 1; i < doc.count; i++) if (doc.kinds[i] === WORD) after++;
  if (after < EXPLANATION_WORDS) return undefined;
  if (
    reading.hits.some((h) => !h.scope && h.rule.kind !== 'distress' && h.rule.kind !== 'timeline')
  )
    return undefined;
  // Nor a sign only the conversation reads ("… no voy a estar por aquí", a place asked about).
  if (TURN_MATCHER.find(doc).some((m) => ACROSS_TURN_SIGNS.has(m.value.type))) return undefined;
  const start = doc.starts[denial.first] as number;
  const end = doc.ends[denial.last] as number;
  return { span: { start, end, text: reading.text.slice(start, end) }, naming: false };
}

/** Whether a word, a laugh or a sheepish emoji marks the reply as a correction. */
function markedAsCorrection(doc: TokenizedText, afterSafetyQuestion: boolean): boolean {
  if (!afterSafetyQuestion && opensWithDenial(doc)) return true;
  let words = 0;
  for (let i = 0; i < doc.count; i++) {
    const key = doc.keys[i] as string;
    if (doc.kinds[i] === EMOJI) {
      if (SHEEPISH_EMOJI.test(key)) return true;
      continue;
    }
    if (doc.kinds[i] !== WORD) continue;
    words++;
    if (isLaughter(key)) return true;
    if (words <= 3 && !afterSafetyQuestion && OPENING_NO.test(key)) return true;
  }
  return false;
}

/**
 * A reply marked as a correction that gives, in words of its own, the everyday frame each earlier
 * cue's rule knows as its lookalike: the two turns read as one message would ("je dis adieu à
 * tout le monde ce soir" … "mais non, je pars en Erasmus à Lisbonne", "escrevi minha carta de
 * despedida" … "não, é pro pessoal do escritório, saio da empresa sexta"). Every earlier risk cue
 * must have that reading, and so must every cue of the reply itself; a reply said plainly ("vendo
 * lo que queda") explains nothing, nor does a frame the person denies.
 */
function framedExplanationIn(
  reading: MessageReading,
  marked: boolean,
  earlier: readonly Evidence[],
  lang: ScopeLanguage | undefined,
): Clarification | undefined {
  if (!marked) return undefined;
  let found: ScopeFinding | undefined;
  const framed = (frames: readonly Lookalike[], ruleLang: ScopeLanguage | undefined) => {
    if (frames.length === 0) return false;
    for (const l of new Set([
      ...(ruleLang ? [ruleLang] : []),
      ...(lang ? [lang] : SCOPE_LANGUAGES),
    ])) {
      const frame = reading.scopes.everydayFrame(l, frames);
      if (frame) {
        found ??= frame;
        return true;
      }
    }
    return false;
  };
  // No cue the rules read: the turn asked about is one only the model may read as risk.
  const cues = earlier.length > 0 ? earlier.map((e) => e.hit) : [undefined];
  if (!cues.every((hit) => framed(explainingFrames(hit), hit?.rule.lang))) return undefined;
  // The reply's own cues that the same frame explains ("per sempre nel senso che non torno in
  // questo paesino") say the earlier words again; any other cue vetoes the reading.
  const explains = reading.hits.filter(
    (h) => h.rule.kind !== 'timeline' && h.scope === undefined && !explainsNothingNew(h, true),
  );
  if (!explains.every((h) => framed(explainingFrames(h), h.rule.lang)) || !found) return undefined;
  return { span: found.cue, naming: true, explains };
}

/** The floor a clarification leaves after a plan: not a cue a later time can make a plan of. */
const FLOOR_ID = 'context:clarified_floor';

interface Clarification {
  span: Span;
  /**
   * It names the thing an ambiguous word was about ("my dissertation", "hablaba del trabajo"):
   * that resolves "ending it tonight", not "killing myself tonight" (see `NAMES_DEATH`).
   */
  naming: boolean;
  /** Cues in the reply that only say the ambiguous words again to explain them (`echoedObjectIn`). */
  explains?: readonly RuleHit[];
}

/** Every language's determiners: for a conversation whose language is neither given nor clear. */
const ANY_DETERMINER: ReadonlySet<string> = new Set(Object.values(OBJECT_DETERMINERS).flat());
const DETERMINERS_BY_LANGUAGE = new Map<ScopeLanguage, ReadonlySet<string>>(
  SCOPE_LANGUAGES.map((l) => [l, new Set(OBJECT_DETERMINERS[l])]),
);
const MARKERS_BY_LANGUAGE = new Map<ScopeLanguage, ReadonlySet<string>>(
  SCOPE_LANGUAGES.map((l) => [l, new Set(LANGUAGE_MARKERS[l])]),
);
/** A guess needs this many marker words, and this lead over the next language. */
const LANGUAGE_MIN_MARKERS = 3;
const LANGUAGE_LEAD = 1.5;

/**
 * The conversation's language for reading determiners: the one given, else the one whose
 * function words (`LANGUAGE_MARKERS`) clearly lead over every turn, else none (every language's
 * determiners are read, as before). "i mean" is no Italian article in English, "die" no German one.
 */
export function conversationLanguage(
  messages: readonly ConversationMessage[],
  given: ScopeLanguage | undefined,
): ScopeLanguage | undefined {
  if (given) return given;
  const counts = new Map<ScopeLanguage, number>(SCOPE_LANGUAGES.map((l) => [l, 0]));
  for (const message of messages) {
    const doc = tokenizeForTriage(message.content);
    for (let i = 0; i < doc.count; i++) {
      if (doc.kinds[i] !== WORD) continue;
      const key = doc.keys[i] as string;
      for (const [l, markers] of MARKERS_BY_LANGUAGE)
        if (markers.has(key)) counts.set(l, (counts.get(l) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < LANGUAGE_MIN_MARKERS) return undefined;
  return first[1] >= LANGUAGE_LEAD * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * How a reply is read for the shape of a clarification: the determiners of the conversation's
 * language, and whether the assistant has just checked in (asked about suicide, safety or what
 * the person meant), which makes the reply an answer.
 */
/** An answer fragment may run this many words past the noun ("the book club", "de derecho"). */
const FRAGMENT_TAIL = 3;

/** Does a clause break, an emoji or the end of the reply come within a few words after `last`? */
function fragmentEndsAfter(doc: TokenizedText, last: number): boolean {
  let words = 0;
  for (let i = last + 1; i < doc.count; i++) {
    if (isBreak(doc, i) || doc.kinds[i] === EMOJI) return true;
    if (doc.kinds[i] === WORD && ++words > FRAGMENT_TAIL) return false;
  }
  return true;
}

/** Questions a reply naming a thing corrects rather than answers (not a plan, a means, a time). */
const CHECK_IN_TOPICS: ReadonlySet<string> = new Set(['passive', 'ideation', 'self_harm']);

interface ReplyShape {
  determiners: ReadonlySet<string>;
  checkedIn: boolean;
  /** The assistant has just asked directly about suicide (`UNANSWERED_TOPICS`). */
  askedSuicide?: boolean;
}

/**
 * Is a short reply a correction? The person marks it as one (laughter, a sheepish emoji, an
 * apology, an opening "no", or correcting who the words were about: "the startup, not me", "não
 * é comigo", `SUBJECT_CORRECTIONS`) — `marked` — or it answers the assistant's check-in about
 * suicide or about what they meant, which makes naming a thing an answer (a "no" to "are you
 * safe?" is left to the marks: "no. the house is empty"; a question about a plan or a means is
 * answered by naming one, not corrected).
 */
function correctionShape(
  marked: boolean,
  reading: MessageReading,
  shape: ReplyShape,
  afterSafetyQuestion: boolean,
): { correction: boolean; marked: boolean } {
  const byPerson =
    marked ||
    SOFTENER_MATCHER.find(reading.doc).length > 0 ||
    SUBJECT_MATCHER.find(reading.doc).length > 0;
  return {
    correction:
      byPerson ||
      (shape.checkedIn && !afterSafetyQuestion && wordsIn(reading.doc) <= UNMARKED_ANSWER_WORDS),
    marked: byPerson,
  };
}

/**
 * An unmarked answer to a check-in corrects only when it is short ("the band", "la tesis de
 * máster"): a long one that neither says no nor laughs answers the question, whatever thing it
 * names ("é melhor assim … amanhã já está tudo resolvido").
 */
const UNMARKED_ANSWER_WORDS = 20;

function wordsIn(doc: TokenizedText): number {
  let words = 0;
  for (let i = 0; i < doc.count; i++) if (doc.kinds[i] === WORD) words++;
  return words;
}
const NOT_AN_OBJECT_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(NOT_AN_OBJECT).flat(),
  ...Object.values(MEANS_NAMED).flat(),
  ...STATEMENT_NOUNS,
]);
const NOT_A_NOUN_WORDS: ReadonlySet<string> = new Set(NOT_A_NOUN);
const LEAD_WORDS: ReadonlySet<string> = new Set(CORRECTION_LEAD_WORDS);
/** A "no" opening the reply, however drawn out ("noo", "nãooo", "nee", "nan"). */
const OPENING_NO = /^(no+|na+h*|nope|nop|naw|non+|nan|ne+|nein|na+o+)$/;
/** Laughing, sheepish and facepalm emoji (a crying face is not among them). */
const SHEEPISH_EMOJI =
  /[\u{1F602}\u{1F923}\u{1F605}\u{1F648}\u{1F606}\u{1F62C}\u{1F926}\u{1F643}\u{1F604}\u{1F601}\u{1F61C}\u{1F92D}]/u;
/**
 * A correcting reply is short: past this many words it is a new message, not a correction, unless
 * the person marked it as one (a laugh, an apology, an opening "no").
 */
const CORRECTION_WORDS = 30;
/**
 * Spanish and Portuguese "está" (is) folds to the Spanish determiner "esta" (this): written with
 * its accent it is the verb, so "amanhã já está tudo resolvido" names no thing.
 */
const ACCENTED_VERB = /^est[áé]n?s?$/iu;

/** Whether token `i` of `doc` is one of `determiners` as written (`ACCENTED_VERB` is not). */
function isDeterminerAt(doc: TokenizedText, i: number, determiners: ReadonlySet<string>): boolean {
  return (
    determiners.has(doc.keys[i] as string) &&
    !ACCENTED_VERB.test(doc.text.slice(doc.starts[i], doc.ends[i]))
  );
}

/** The thing named opens within the reply's first words ("sorry jetzt merk ick erst wie das klang 🙈 die Steuererklärung"). */
const CORRECTION_OBJECT_WINDOW = 12;

/**
 * A short reply that corrects a reading (it laughs, apologises, reassures, or opens with a "no"
 * that is not an answer to "are you safe?") and names a thing within its first words: a
 * determiner and a noun that is not the person, their life or another person. Any cue the rules
 * read in it unscoped vetoes it ("no, the pills are right here"), as does a named thing that is
 * itself part of a cue.
 */
function namedObjectIn(
  reading: MessageReading,
  afterSafetyQuestion: boolean,
  shape: ReplyShape,
): Span | undefined {
  const { doc } = reading;
  const determiners = shape.determiners;
  let words = 0;
  let object: [number, number] | undefined;
  // Only the first determiner phrase is read: "lol my brother, he ate my leftovers" names a person.
  let named = false;
  // Nothing but interjections, apologies and a copula so far in this clause.
  let clauseOpen = true;
  for (let i = 0; i < doc.count; i++) {
    const kind = doc.kinds[i];
    const key = doc.keys[i] as string;
    if (isBreak(doc, i)) {
      clauseOpen = true;
      continue;
    }
    // In chat an emoji or a laugh ends what came before it, as a full stop would: "arre no no
    // yaar 😅 the thesis chapter!", "nooo causa jaja de las redes!!".
    if (kind === EMOJI) {
      clauseOpen = true;
      continue;
    }
    if (kind !== WORD) continue;
    words++;
    if (isLaughter(key)) {
      clauseOpen = true;
      continue;
    }
    const lead = OPENING_NO.test(key) || LEAD_WORDS.has(key);
    const opensClause = clauseOpen;
    if (!lead && !isDeterminerAt(doc, i, determiners)) clauseOpen = false;
    if (named || words > CORRECTION_OBJECT_WINDOW || OPENING_NO.test(key)) continue;
    if (!opensClause || !isDeterminerAt(doc, i, determiners)) continue;
    const next = i + 1;
    const noun = doc.keys[next];
    // A preposition before an article ("a la piscina"), a pronoun ("that's"), laughter: read on.
    if (next >= doc.count || doc.kinds[next] !== WORD || noun === undefined) continue;
    if (noun.length < 3 || determiners.has(noun) || NOT_A_NOUN_WORDS.has(noun)) continue;
    if (isLaughter(noun)) continue;
    named = true;
    if (!NOT_AN_OBJECT_WORDS.has(noun)) object = [i, next];
    else if (MEANS_WORDS.has(noun)) {
      // "das Seil für die Schaukel": a means with the everyday thing it is for.
      const purpose = purposeAfter(doc, next, determiners);
      if (purpose) object = [i, purpose];
    }
  }
  if (!object) return undefined;
  const thing = object;
  // Any cue in the reply vetoes it ("lol the problem is i mean it"), even one set aside, but a
  // time ("tomorrow's exam") and an idiom the thing named is the subject of ("die
  // Steuererklärung bringt mich um").
  const { correction, marked } = correctionShape(
    markedAsCorrection(doc, afterSafetyQuestion),
    reading,
    shape,
    afterSafetyQuestion,
  );
  if (!correction) return undefined;
  // A long reply is a new message unless the person marked it as a correction ("HAHAHA ben
  // voyons, la clope pis la vape! 22 ans de fumage, …"): the thing is still named first.
  if (words > CORRECTION_WORDS && !marked) return undefined;
  // Unmarked, only the answer to the check-in makes it a correction, and an answer that names
  // the thing is a fragment ("The boat, love.", "Con la relación.", "A casa."): "the letters for
  // my kids are written" goes on to say something new about it.
  if (!marked && !fragmentEndsAfter(doc, thing[1])) return undefined;
  const vetoes = (h: RuleHit) =>
    !explainsNothingNew(h, marked) && !(h.scope?.scope === 'figurative' && h.first > thing[1]);
  if (reading.hits.some(vetoes)) return undefined;
  const start = doc.starts[object[0]] as number;
  const end = doc.ends[object[1]] as number;
  return { start, end, text: reading.text.slice(start, end) };
}

const MEANS_WORDS: ReadonlySet<string> = new Set(Object.values(MEANS_NAMED).flat());
const PURPOSE_WORDS: ReadonlySet<string> = new Set(PURPOSE_PREPOSITIONS);

/**
 * A purpose right after a means (token `at`): a purpose preposition (`PURPOSE_PREPOSITIONS`),
 * then a determiner phrase or a bare word naming a thing that is not a person, a means or a place
 * ("für die Schaukel", "pra rede", "per l'altalena"). The token that ends it, if any.
 */
function purposeAfter(
  doc: TokenizedText,
  at: number,
  determiners: ReadonlySet<string>,
): number | undefined {
  let i = at + 1;
  while (i < doc.count && doc.kinds[i] !== WORD && !isBreak(doc, i)) i++;
  if (i >= doc.count || !PURPOSE_WORDS.has(doc.keys[i] as string)) return undefined;
  i++;
  while (i < doc.count && doc.kinds[i] !== WORD && !isBreak(doc, i)) i++;
  if (i < doc.count && doc.kinds[i] === WORD && determiners.has(doc.keys[i] as string)) i++;
  while (i < doc.count && doc.kinds[i] !== WORD && !isBreak(doc, i)) i++;
  if (i >= doc.count || doc.kinds[i] !== WORD) return undefined;
  const noun = doc.keys[i] as string;
  if (noun.length < 3 || NOT_A_NOUN_WORDS.has(noun) || NOT_AN_OBJECT_WORDS.has(noun))
    return undefined;
  if (determiners.has(noun) || DEATH_WORDS.has(noun)) return undefined;
  return i;
}

/**
 * A means or a place named in a reply (`MEANS_NAMED`: "le pont", "a corda", "il ponte"), unless a
 * "no" or a negator opens the reply or stands before it in its sentence ("I don't have pills").
 */
function meansNamedIn(reading: MessageReading): Span | undefined {
  const { doc } = reading;
  const limit = answerLimit(doc);
  if (limit === undefined) return undefined;
  if (ANSWER_MATCHER.find(doc, 0, limit + 1).some((m) => m.value.type === 'no')) return undefined;
  let negated = false;
  for (let i = 0; i < doc.count; i++) {
    if (isBreak(doc, i)) negated = false;
    if (doc.kinds[i] !== WORD) continue;
    const key = doc.keys[i] as string;
    if (NEGATOR_BEFORE.test(key) || ANSWER_NEGATOR.test(key)) negated = true;
    else if (!negated && MEANS_WORDS.has(key)) {
      const start = doc.starts[i] as number;
      const end = doc.ends[i] as number;
      return { start, end, text: reading.text.slice(start, end) };
    }
  }
  return undefined;
}

/**
 * Words that open a question without a question mark ("random q, is the path still open after
 * dark", "do you know if …", "weißt du, ob …"): the first word of a clause.
 */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...['is', 'are', 'does', 'do', 'can', 'could', 'would', 'how', 'where', 'which'],
  ...['sabes', 'sabe', 'sais', 'savez', 'weisst', 'wisst', 'ist', 'voce', 'vc', 'sai', 'sapete'],
  ...['cuantas', 'cuantos', 'combien', 'quantas', 'quantos', 'quante', 'quanti'],
]);

/**
 * Is token `at` in a question: its sentence ends in a question mark, or its clause opens with a
 * question word (`QUESTION_OPENERS`)?
 */
function inQuestion(reading: MessageReading, at: number): boolean {
  const { doc } = reading;
  const sentence = doc.sentences[at];
  const clause = doc.clauses[at];
  let i = at;
  while (i + 1 < doc.count && doc.sentences[i + 1] === sentence) i++;
  const end = i + 1 < doc.count ? (doc.starts[i + 1] as number) : reading.text.length;
  if (reading.text.slice(doc.starts[at] as number, end).includes('?')) return true;
  let first = at;
  while (first > 0 && doc.clauses[first - 1] === clause && doc.sentences[first - 1] === sentence)
    first--;
  while (first < at && doc.kinds[first] !== WORD) first++;
  return QUESTION_OPENERS.has(doc.keys[first] as string);
}

function spanOf(reading: MessageReading, m: PhraseMatch<DialogueValue>): Span {
  return { start: m.start, end: m.end, text: reading.text.slice(m.start, m.end) };
}

/**
 * A means or a place named in the person's latest earlier turn that names one, no rule reading it
 * ("tengo la soga en el coche desde el martes", "ich hab mir die Stelle an der Brücke
 * angeschaut"): not a turn cleared up, set aside or figurative.
 */
function meansNamedEarlier(
  contexts: readonly MessageContext[],
  readingAt: ReadonlyMap<number, MessageReading>,
): { message: number; span: Span } | undefined {
  for (let k = contexts.length - 1; k >= 0; k--) {
    const context = contexts[k] as MessageContext;
    if (context.cleared || context.setAside || context.figurative) continue;
    const earlier = readingAt.get(context.message);
    const span = earlier ? meansNamedIn(earlier) : undefined;
    if (span) return { message: context.message, span };
  }
  return undefined;
}

/** Questions a reply may leave unanswered: about wishing to be dead, suicide, intent, a plan. */
const UNANSWERED_TOPICS: ReadonlySet<string> = new Set(['passive', 'ideation', 'intent', 'plan']);

/**
 * How a reply leaves a direct question about suicide unanswered, if it does: it does not know or
 * will not be asked ("sei lá", "não me perguntes isso"), waves the question away ("forget i said
 * anything", "lascia stà"), or talks of something else with neither a yes nor a no. A "no", a
 * denial, a negation among the opening words ("I'm not", "je ne crois pas") or "I'm fine" answers
 * it. The span is what to quote: the words that do not answer, or the reply's first sentence.
 */
function leftUnanswered(reading: MessageReading): Span | undefined {
  const { doc } = reading;
  const opening = answerLimit(doc);
  if (opening === undefined) return undefined;
  const nonAnswer = NON_ANSWER_MATCHER.find(doc, 0, opening + 1)[0];
  if (nonAnswer) return spanOf(reading, nonAnswer);
  if (opensWithDenial(doc)) return undefined;
  if (ANSWER_MATCHER.find(doc, 0, opening + 1).some((m) => m.value.type === 'no')) return undefined;
  // Waving it away before any "no" ("deixa pra lá, não é nada não") leaves it unanswered.
  const waving = MINIMISING_MATCHER.find(doc, 0, (nthWord(doc, WAVING_WORDS) as number) + 1)[0];
  if (waving) return spanOf(reading, waving);
  // A "no" anywhere ("… and no, before you ask, I'm not"), saying what they meant or whom the words
  // were about answers it, however late in the reply.
  if (
    standingDenialIn(doc, Infinity) ||
    CLARIFICATION_MATCHER.find(doc).length > 0 ||
    SUBJECT_MATCHER.find(doc).length > 0
  )
    return undefined;
  const negationLimit = nthWord(doc, ANSWER_WINDOW + 1) as number;
  let first = -1;
  for (let i = 0; i <= negationLimit; i++) {
    if (doc.kinds[i] !== WORD) continue;
    const key = doc.keys[i] as string;
    if (first < 0 && OPENING_NO.test(key)) return undefined;
    if (ANSWER_NEGATOR.test(key)) return undefined;
    if (first < 0) first = i;
  }
  if (FINE_MATCHER.find(doc).length > 0) return undefined;
  const last = sentenceLast(doc, first);
  const start = doc.starts[first] as number;
  const end = doc.ends[last] as number;
  return { start, end, text: reading.text.slice(start, end) };
}

/** Signs of acting that waving them away in the next turn vouches for (step 3e). */
const WAVED_AWAY_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>([
  'preparation',
  'attempt',
  'attempt_now',
]);
/** The waving away opens the reply: within this many words. */
const WAVING_WORDS = 8;

/** Means words that also name a way of getting somewhere ("is the train running?"). */
const TRANSPORT_WORDS: ReadonlySet<string> = new Set([
  'train',
  'tren',
  'zug',
  'trem',
  'comboio',
  'treno',
]);

/**
 * The everyday frame a means question said with distress alone may be asked in: the routine use
 * of a medicine or the state of a place on an errand ("should i take my pills before or after
 * food?", "is the bridge still closed for roadworks?"). Not the broader frames the means rules
 * take (an outing, a pet, a child, a sport): they found no more routine questions on the routine
 * batches, and set aside a held-out crisis (docs/triage.md, `triage@42`).
 */
const MEANS_QUESTION_FRAMES: readonly Lookalike[] = ['routine_use'];
const EVERYDAY_ONLY: ReadonlySet<Scope> = new Set<Scope>(['everyday']);

/** A means question asked, or one set aside because an everyday frame says what it is for. */
interface MeansQuestion {
  span: Span;
  everyday?: ScopeFinding;
}

/**
 * A means or a place (`MEANS_NAMED`, not treatment or transport) in a question, not after a
 * negator in its clause: "la falaise au bout du sentier, elle est surveillée la nuit ?". With
 * `everydayDeterminers` (distress alone, no suicidal talk), a means said with what it is for ("die
 * Tabletten für den Blutdruck") is no question, and one in an everyday frame of its sentence
 * (`MEANS_QUESTION_FRAMES`) is returned with that frame, to be set aside, when no other is asked.
 */
function meansAskedIn(
  reading: MessageReading,
  lang: ScopeLanguage | undefined,
  everydayDeterminers?: ReadonlySet<string>,
): MeansQuestion | undefined {
  const asked = (key: string, i: number) =>
    MEANS_WORDS.has(key) &&
    !TREATMENT_WORDS.has(key) &&
    !TRANSPORT_WORDS.has(key) &&
    inQuestion(reading, i) &&
    // "die Tabletten für den Blutdruck, nimmt man die morgens?": said with what it is for.
    !(everydayDeterminers && purposeAfter(reading.doc, i, everydayDeterminers) !== undefined);
  if (!everydayDeterminers) {
    const span = unnegatedWordIn(reading, 0, reading.doc.count, asked);
    return span && { span };
  }
  let framed: { at: number; frame: ScopeFinding } | undefined;
  const unframed = unnegatedWordIn(reading, 0, reading.doc.count, (key, i) => {
    if (!asked(key, i)) return false;
    const frame = everydayFrameAt(reading, i, lang, everydayDeterminers);
    if (!frame) return true;
    framed ??= { at: i, frame };
    return false;
  });
  if (unframed) return { span: unframed };
  if (!framed) return undefined;
  const start = reading.doc.starts[framed.at] as number;
  const end = reading.doc.ends[framed.at] as number;
  return { span: { start, end, text: reading.text.slice(start, end) }, everyday: framed.frame };
}

/** Words that join a means to what kind it is: "fusil de chasse", "comprimidos da tensão". */
const KIND_JOINERS: ReadonlySet<string> = new Set([
  ...['of', 'de', 'di', 'da', 'do', 'du', 'des', 'del', 'della', 'dello', 'dos', 'das', 'dei'],
]);

/**
 * An everyday frame of a means question in the sentence of token `at` (or the one after it),
 * unless the sentence asks about danger, quantity, the night or a height (`MEANS_DANGER`). A
 * frame word that only says what kind of means it is ("hunting rifle", "le fusil de chasse", "os
 * comprimidos da tensão") says nothing of what the question is for.
 */
function everydayFrameAt(
  reading: MessageReading,
  at: number,
  lang: ScopeLanguage | undefined,
  determiners: ReadonlySet<string>,
): ScopeFinding | undefined {
  const { doc } = reading;
  const from = sentenceFirst(doc, at);
  const to = sentenceLast(doc, at);
  if (DANGER_MATCHER.find(doc, from, to + 1).length > 0) return undefined;
  const [first, last] = meansKindPhrase(doc, at, determiners);
  const literals = new Set<string>();
  for (let i = first; i <= last; i++) literals.add(doc.keys[i] as string);
  for (const l of lang ? [lang] : SCOPE_LANGUAGES) {
    const frame = reading.scopes.scopeOf({
      first,
      last,
      lang: l,
      checks: EVERYDAY_ONLY,
      lookalikes: MEANS_QUESTION_FRAMES,
      literals,
    });
    if (frame) return frame;
  }
  return undefined;
}

/**
 * The tokens naming a means and its kind around token `at`: up to two words before it that are no
 * determiners ("hunting rifle", "blood pressure pills"), and a joiner with the word after it ("de
 * chasse", "da tensão", "de la presión").
 */
function meansKindPhrase(
  doc: TokenizedText,
  at: number,
  determiners: ReadonlySet<string>,
): [number, number] {
  const wordAt = (i: number) =>
    i >= 0 && i < doc.count && doc.kinds[i] === WORD && doc.clauses[i] === doc.clauses[at];
  // Up to two words before, stopping at a determiner: "blood pressure pills", not "my pills".
  let first = at;
  while (first > at - 2 && wordAt(first - 1) && !determiners.has(doc.keys[first - 1] as string))
    first--;
  let last = at;
  if (wordAt(at + 1) && KIND_JOINERS.has(doc.keys[at + 1] as string)) {
    let i = at + 2;
    if (wordAt(i) && determiners.has(doc.keys[i] as string)) i++;
    if (wordAt(i)) last = i;
  }
  return [first, last];
}

/**
 * The first word of tokens [from, to) that `wanted` accepts and that no negator before it in its
 * clause denies ("I'd never have the pills"), as a span.
 */
function unnegatedWordIn(
  reading: MessageReading,
  from: number,
  to: number,
  wanted: (key: string, at: number) => boolean,
): Span | undefined {
  const { doc } = reading;
  let negated = false;
  let clause = doc.clauses[from];
  for (let i = from; i < to; i++) {
    if (doc.clauses[i] !== clause) {
      clause = doc.clauses[i];
      negated = false;
    }
    if (doc.kinds[i] !== WORD) continue;
    const key = doc.keys[i] as string;
    if (NEGATOR_BEFORE.test(key) || ANSWER_NEGATOR.test(key)) negated = true;
    else if (!negated && wanted(key, i)) {
      const start = doc.starts[i] as number;
      const end = doc.ends[i] as number;
      return { start, end, text: reading.text.slice(start, end) };
    }
  }
  return undefined;
}

/**
 * A low answer opening one of the person's earlier turns not cleared up ("tô muito mal, perdi
 * minha vó"), asked only when a lethality question needs distress.
 */
function lowMoodEarlier(
  contexts: readonly MessageContext[],
  readingAt: ReadonlyMap<number, MessageReading>,
): TriageSignal | undefined {
  for (const context of contexts) {
    if (context.cleared || context.setAside || context.figurative) continue;
    const reading = readingAt.get(context.message);
    const low = reading ? lowMoodIn(reading) : undefined;
    if (low)
      return {
        id: 'context:low_mood',
        source: 'context',
        category: 'suicide',
        message: context.message,
        span: low,
        weight: 0,
        reason: 'distress: a low word opening the turn',
      };
  }
  return undefined;
}

/** Means words that also name treatment ("the meds stopped working"). */
const TREATMENT_WORDS: ReadonlySet<string> = new Set([
  'meds',
  'medocs',
  'medoc',
  'remedios',
  'remedio',
  'farmaci',
  'overdose',
]);
const CHOSEN_PLACE_WORDS: ReadonlySet<string> = new Set(Object.values(CHOSEN_PLACE).flat());

/**
 * A means (`MEANS_NAMED`, but not the words that also name treatment: "thinking about suicide,
 * the meds aren't working") or a chosen place ("l'endroit", "the spot", `CHOSEN_PLACE`, after a
 * determiner) in the sentence of token `at`, not after a negator in its clause ("I'd never have
 * the pills"). Where the thought comes ("in the shower, in the car") is no place in mind.
 */
function meansInSentence(reading: MessageReading, at: number): Span | undefined {
  const { doc } = reading;
  const sentence = doc.sentences[at] as number;
  let from = at;
  while (from > 0 && doc.sentences[from - 1] === sentence) from--;
  let to = at;
  while (to < doc.count && doc.sentences[to] === sentence) to++;
  return unnegatedWordIn(
    reading,
    from,
    to,
    (key, i) =>
      (MEANS_WORDS.has(key) && !TREATMENT_WORDS.has(key)) ||
      (CHOSEN_PLACE_WORDS.has(key) && i > 0 && ANY_DETERMINER.has(doc.keys[i - 1] as string)),
  );
}

/** An echoed word has at least this many letters: "en", "com", "it" echo nothing. */
const ECHO_MIN_LENGTH = 4;
const NOT_ECHO: ReadonlySet<string> = new Set(Object.values(NOT_ECHO_WORDS).flat());
/** The thing named follows the echoed word within this many words. */
const ECHO_OBJECT_WINDOW = 4;

/**
 * The words of the person's earlier risk cues that a correcting reply may say again to explain
 * them ("en finir", "Schluss", "acabar com tudo"): content words, never a word that names death or
 * the person ("matarme", "myself": `NAMES_DEATH`), a determiner, or a time. When no rule read risk
 * there but the assistant has just asked about the person's last turn (`askedTurn`, else -1), the
 * model may have read that turn whole, so any of its words may be the ambiguous ones ("lo voy a
 * dejar todo" … "noo tranqui, dejar la carrera de derecho").
 */
function echoWordsOf(
  earlier: readonly Evidence[],
  readingAt: ReadonlyMap<number, MessageReading>,
  askedTurn: number,
  determiners: ReadonlySet<string>,
): Set<string> {
  const words = new Set<string>();
  for (const e of earlier) {
    const hit = e.hit;
    if (!hit || hit.rule.kind === 'timeline') continue;
    const doc = readingAt.get(e.signal.message)?.doc;
    if (doc) addEchoWords(doc, hit.first, hit.last, words, determiners);
  }
  // The cue's own span is often not the ambiguous verb ("stasera chiudo con tutto e non torno
  // più" reads "non torno più"; the reply says "chiudo con il bar"): the turn asked about lends
  // all its words.
  if (askedTurn >= 0) {
    const doc = readingAt.get(askedTurn)?.doc;
    if (doc) addEchoWords(doc, 0, doc.count - 1, words, determiners);
  }
  return words;
}

function addEchoWords(
  doc: TokenizedText,
  first: number,
  last: number,
  words: Set<string>,
  determiners: ReadonlySet<string>,
): void {
  for (let i = first; i <= last; i++) {
    const key = doc.keys[i] as string;
    if (doc.kinds[i] !== WORD || key.length < ECHO_MIN_LENGTH) continue;
    if (DEATH_WORDS.has(key) || determiners.has(key) || NOT_ECHO.has(key)) continue;
    words.add(key);
  }
}

/**
 * A correcting reply that says the ambiguous words again with what they were about: "ah non non,
 * pardon ! en finir avec mon mémoire", "Oh Gott nein 😅 Schluss mit dem Rauchen!", "kkkk calma!!
 * acabar com tudo = apagar todas as minhas fotos". A word of an earlier cue comes back and a thing
 * (as `namedObjectIn` reads one) is named within the next few words; the reply is short and marked
 * as a correction. The cue the echoed words trigger again in the reply is the one explained; any
 * other cue in it vetoes the reading, as for a thing named.
 */
function echoedObjectIn(
  reading: MessageReading,
  afterSafetyQuestion: boolean,
  echoWords: ReadonlySet<string>,
  shape: ReplyShape,
  /** The reply already cleared up in so many words: no length limit, no marker needed. */
  said = false,
): Clarification | undefined {
  const { doc } = reading;
  let words = 0;
  let found: { echo: number; object: [number, number] } | undefined;
  for (let i = 0; i < doc.count; i++) {
    const key = doc.keys[i] as string;
    if (doc.kinds[i] !== WORD) continue;
    words++;
    if (words > CORRECTION_WORDS && !said) return undefined;
    if (found || !echoWords.has(key)) continue;
    const object = objectAfter(doc, i, ECHO_OBJECT_WINDOW, shape.determiners);
    if (object) found = { echo: i, object };
  }
  if (!found) return undefined;
  const { correction, marked } = correctionShape(
    said || markedAsCorrection(doc, afterSafetyQuestion),
    reading,
    shape,
    afterSafetyQuestion,
  );
  if (!correction) return undefined;
  const { echo, object } = found;
  // A question says nothing again: "sabes a que horas sai o último cacilheiro da noite para a
  // outra margem?" shares "para" with "só sou um peso para todos" and explains none of it.
  if (doc.keys[sentenceLast(doc, echo)] === '?') return undefined;
  // A means or lethality question is never the earlier words said again, whatever it shares with
  // them ("better off if i just wasnt here" … "which bridge round here is the highest").
  const explains = reading.hits.filter(
    (h) =>
      h.rule.kind !== 'timeline' &&
      h.rule.kind !== 'means_seeking' &&
      h.rule.kind !== 'lethality_seeking' &&
      h.first <= echo &&
      echo <= h.last,
  );
  const vetoes = (h: RuleHit) =>
    h.rule.kind !== 'timeline' &&
    !explains.includes(h) &&
    !explainsNothingNew(h, marked) &&
    !(h.scope?.scope === 'figurative' && h.first > object[1]);
  if (reading.hits.some(vetoes)) return undefined;
  const start = doc.starts[echo] as number;
  const end = doc.ends[object[1]] as number;
  return { span: { start, end, text: reading.text.slice(start, end) }, naming: true, explains };
}

/**
 * A determiner and a thing within `window` words after token `from` ("mit dem Rauchen", "avec
 * mon mémoire", "todas as minhas fotos"): the token range, if the noun is not the person, their
 * life, another person, a means or a place (the same test as `namedObjectIn`).
 */
function objectAfter(
  doc: TokenizedText,
  from: number,
  window: number,
  determiners: ReadonlySet<string>,
): [number, number] | undefined {
  let seen = 0;
  for (let i = from + 1; i < doc.count && seen < window; i++) {
    if (isBreak(doc, i)) return undefined;
    if (doc.kinds[i] !== WORD) continue;
    seen++;
    if (!isDeterminerAt(doc, i, determiners)) continue;
    let next = i + 1;
    while (next < doc.count && doc.kinds[next] !== WORD) next++;
    const noun = doc.keys[next];
    if (noun === undefined || next >= doc.count) return undefined;
    if (determiners.has(noun)) continue;
    if (noun.length < 3 || NOT_A_NOUN_WORDS.has(noun) || isLaughter(noun)) return undefined;
    return NOT_AN_OBJECT_WORDS.has(noun) ? undefined : [i, next];
  }
  return undefined;
}

function saidClarification(
  reading: MessageReading,
  determiners: ReadonlySet<string>,
): Clarification | undefined {
  for (const match of CLARIFICATION_MATCHER.find(reading.doc)) {
    if (
      match.value.type === 'clarify' &&
      !meantWholeOrSelf(reading.doc, match.last) &&
      !meansNamedAt(reading.doc, match.last, determiners)
    ) {
      return {
        span: {
          start: match.start,
          end: match.end,
          text: reading.text.slice(match.start, match.end),
        },
        naming: thingNamedAt(reading.doc, match.last, determiners),
      };
    }
  }
  return undefined;
}

const WHOLE_OR_SELF_WORDS: ReadonlySet<string> = new Set(WHOLE_OR_SELF);

/**
 * "Ich meinte alles. Nicht den Job. Mich.", "je voulais dire moi aussi": the word after a
 * clarifying phrase is everything or the person, so the reply says the risk again, not what the
 * words were about.
 */
function meantWholeOrSelf(doc: TokenizedText, last: number): boolean {
  for (let i = last + 1; i < doc.count; i++) {
    if (isBreak(doc, i)) return false;
    if (doc.kinds[i] === WORD) return WHOLE_OR_SELF_WORDS.has(doc.keys[i] as string);
  }
  return false;
}

/**
 * "he means the pills he has been saving", "I meant the rope": what the words were about is a
 * means, so the reply says the risk again, not an everyday thing.
 */
function meansNamedAt(doc: TokenizedText, last: number, determiners: ReadonlySet<string>): boolean {
  for (let i = last; i <= last + 2 && i + 1 < doc.count; i++) {
    const key = doc.keys[i] as string;
    if (MEANS_WORDS.has(key)) return true;
    if (
      doc.kinds[i] === WORD &&
      isDeterminerAt(doc, i, determiners) &&
      MEANS_WORDS.has(doc.keys[i + 1] as string)
    )
      return true;
  }
  return false;
}

/** "I meant my phone", "hablaba de la uni": a determiner and a thing right after `last`. */
function thingNamedAt(doc: TokenizedText, last: number, determiners: ReadonlySet<string>): boolean {
  for (let i = last; i <= last + 2 && i + 1 < doc.count; i++) {
    if (doc.kinds[i] !== WORD || !isDeterminerAt(doc, i, determiners)) continue;
    const noun = doc.keys[i + 1] as string;
    if (doc.kinds[i + 1] !== WORD || determiners.has(noun)) continue;
    return noun.length >= 3 && !NOT_A_NOUN_WORDS.has(noun) && !NOT_AN_OBJECT_WORDS.has(noun);
  }
  return false;
}

/** Does a cue's own wording name death, suicide or the person as the one killed? */
function namesDeath(span: Span): boolean {
  return span.text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => DEATH_WORDS.has(w));
}
const DEATH_WORDS: ReadonlySet<string> = new Set(Object.values(NAMES_DEATH).flat());

// ---------------------------------------------------------------------------------------------
// Evidence: a signal plus what the level mapping needs to know about it.

interface Evidence {
  signal: TriageSignal;
  kind?: RuleKind;
  near?: boolean;
  thirdParty?: ThirdPartySeverity;
  /** The rule hit behind it, if any (token range, for pairing). */
  hit?: RuleHit;
  /** Timelines: it made something a plan or near; unused times are not reported. */
  used?: boolean;
  /** Counted because the model read the rest of the message as suicidal talk. */
  viaModel?: boolean;
  /**
   * Rests on words with an everyday reading that counted only by context (the model, another
   * oblique sign): a clarification of what they meant clears it without a floor.
   */
  oblique?: boolean;
  /** Set aside only for want of context (a cue with `needs` and nothing to vouch for it). */
  unmet?: boolean;
  /**
   * Set aside for want of distress or suicidal talk, whatever its kind: a direct question about
   * suicide left unanswered supplies it (step 2c).
   */
  wantsContext?: boolean;
  corroboratedBy?: Evidence;
  /**
   * A mania sign about someone else: like the writer's own mania, it is a concern only when two
   * different kinds of sign are said (no sleep plus grandiosity, racing or risky plans).
   */
  othersMania?: RuleKind;
}

/**
 * Kinds of cue that, set aside only for want of context, vouch for each other when two of them
 * (on different words: the same words matched by two languages' rules are one sign) stand in one message: "said goodbye to everyone and
 * deleted my profiles. tomorrow I'm not here anymore", or in two of the person's turns of one
 * conversation ("gave my dog to my sister today" … "thanks for everything. this is my last
 * message"). One oblique sign of preparation has an everyday reading; two together rarely do. Means questions are not among them: a bare means
 * question needs distress said in words.
 */
const CORROBORATING: ReadonlySet<RuleKind> = new Set([
  'intent',
  'plan',
  'preparation',
  'attempt',
  'attempt_now',
  'lethality_seeking',
]);

/**
 * Unmet cues that vouch for each other (see `CORROBORATING`); each counts, citing the other.
 */
function corroborate(unmet: readonly Evidence[], counted: readonly Evidence[] = []): void {
  // Two matches of one light rule (farewell words: "thanks for everything, take care") are one
  // sign said twice; a rule that names acts (weight ≥ 0.8) may vouch for itself on other words.
  const vouches = (e: Evidence, o: Evidence) =>
    e.hit?.rule.id !== o.hit?.rule.id || (e.hit?.rule.weight ?? 0) >= 0.8;
  const apart = (e: Evidence, o: Evidence) =>
    o.signal.message !== e.signal.message ||
    o.signal.span.end <= e.signal.span.start ||
    e.signal.span.end <= o.signal.span.start;
  // A sign the model let count (`viaModel`) vouches too for the other half of an act under way:
  // unmet, the two would have vouched for each other anyway ("finally did it" … "waiting for it
  // to work"). Only for an act now: a plan or preparation keeps needing its own second sign.
  for (const e of unmet) {
    const vouchers = e.kind === 'attempt_now' ? [...unmet, ...counted] : unmet;
    const other = vouchers.find(
      (o) =>
        o !== e &&
        vouches(e, o) &&
        o.signal.span.text.toLowerCase() !== e.signal.span.text.toLowerCase() &&
        apart(e, o),
    );
    if (!other) continue;
    e.corroboratedBy = other;
  }
  for (const e of unmet) {
    const other = e.corroboratedBy;
    if (!other) continue;
    delete e.signal.scopedOut;
    const there = other.signal.message === e.signal.message ? '' : `, ${where(other.signal)}`;
    e.signal.reason = `${e.signal.reason.replace(/ — set aside: needs .*$/, '')} (no distress said around it, but said together with another sign, ${quote(other.signal.span)}${there})`;
    e.unmet = false;
    e.oblique = true;
  }
}

/**
 * An act's effect on the body ("getting really sleepy", "je sens plus mes mains", a `bodily`
 * rule) is everyday alone; once it counts as an attempt in progress (said with suicidal talk, or
 * vouched for by another sign in `corroborate`), the body reacting is a medical emergency too,
 * caused by the attempt (the in-progress round).
 */
function effectOfCountedAttempt(mine: Evidence[]): void {
  const effects = mine.filter(
    (e) => e.hit?.rule.bodily && e.kind === 'attempt_now' && !e.signal.scopedOut,
  );
  for (const e of effects) {
    mine.push({
      kind: 'medical',
      oblique: e.oblique,
      signal: {
        id: 'context:attempt_effect_in_body',
        source: 'context',
        category: 'medical_emergency',
        message: e.signal.message,
        span: e.signal.span,
        weight: e.signal.weight,
        reason: `the body reacting to an attempt in progress (${quote(e.signal.span)}): a medical emergency`,
      },
    });
  }
}

const MANIA_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>([
  'mania_sleep',
  'mania_sign',
  'mania_risk',
]);

/**
 * What the learned model reads in one user message, offered to the rules as context: a cue that
 * needs distress or suicidal talk around it ("I have a plan", "I'm going to do it") also counts
 * when the model reads the REST of the message as suicidal talk. The cue's own words are blanked
 * before the model reads it: otherwise "tying up loose ends" would vouch for itself.
 */
export interface ModelContext {
  /** Calibrated P(C-SSRS ≥ 1) of the message. */
  suicidal: number;
  /** The words that pushed the model most, for the reason. */
  words: string;
}

const PLANNABLE: ReadonlySet<RuleKind> = new Set([
  'active_ideation',
  'coded',
  'method',
  'intent',
  'plan',
  'preparation',
  'attempt_now',
]);

/**
 * Does a moment for acts stand with the act: inside it, right before it ("grad vor seiner Tür"),
 * or at most three words after it ("he's holding me now"), in its clause, with no "but" between?
 * "And now", "until now" or "for now" turn to another time: "he choked me last week and now he's
 * sweet" is no abuse now, "und jetzt überleg ich, wie ich ihn erwische" no harm now.
 */
function besideAct(doc: TokenizedText, time: RuleHit, act: RuleHit): boolean {
  if (TURN_TO_ANOTHER_TIME.has(doc.keys[time.first - 1] ?? '')) return false;
  if (contrastBetween(doc, time, act)) return false;
  if (time.first >= act.first && time.last <= act.last) return true;
  // "my ex hit me, now I'm ok": a clause break between them says another time.
  if (time.first > act.last)
    return time.first - act.last <= 3 && doc.clauses[time.first] === doc.clauses[act.last];
  return act.first - time.last <= 1 && doc.clauses[time.last] === doc.clauses[act.first];
}

/** Words before "now" that make it another time than the act's (and, until, for; six languages). */
const TURN_TO_ANOTHER_TIME: ReadonlySet<string> = new Set(
  'and so until till til for y e et und ed hasta bis jusqu ate fino por pour fur per pra'.split(
    ' ',
  ),
);

/** Is there a contrast word ("but", "mas", "aber"...) between two token ranges? */
function contrastBetween(
  doc: TokenizedText,
  a: { first: number; last: number },
  b: { first: number; last: number },
): boolean {
  const [from, to] = a.last < b.first ? [a.last + 1, b.first - 1] : [b.last + 1, a.first - 1];
  for (let i = from; i <= to; i++) {
    const key = doc.keys[i];
    if (key === undefined || !isContrastWord(key)) continue;
    // Spanish "más" folds to "mas" ("no aguanto más esta noche"): not the Portuguese "but".
    if (key === 'mas' && SPANISH_MORE_BEFORE.has(doc.keys[i - 1] ?? '')) continue;
    return true;
  }
  return false;
}

const SPANISH_MORE_BEFORE: ReadonlySet<string> = new Set(
  'no aguanto puedo ya nada algo poco vez lo que un cada mucho'.split(' '),
);

/** C-SSRS a plannable cue reaches with a time. */
function withTime(kind: RuleKind, cssrs: Cssrs): Cssrs {
  // A coded cue that names a means (a noose, gun or bridge emoji: C-SSRS 3) is a method in mind,
  // so a time makes it a plan, as it does a method said in words.
  if (kind === 'coded' && cssrs >= 3) return Math.max(cssrs, 5) as Cssrs;
  if (kind === 'active_ideation' || kind === 'coded') return Math.max(cssrs, 4) as Cssrs;
  if (kind === 'method' || kind === 'intent' || kind === 'plan') return Math.max(cssrs, 5) as Cssrs;
  return cssrs;
}

/** How a cue about someone else reads as a third-party concern. */
function thirdPartyOf(kind: RuleKind): ThirdPartySeverity | undefined {
  switch (kind) {
    case 'passive_wish':
    case 'active_ideation':
    case 'coded':
    case 'self_harm':
    case 'abuse':
    case 'abuse_now':
      return 'warning';
    case 'method':
    case 'means_seeking':
    case 'lethality_seeking':
    case 'intent':
    case 'plan':
    case 'preparation':
    case 'attempt':
    case 'self_harm_medical':
      return 'plan';
    case 'attempt_now':
    case 'overdose':
    case 'medical':
      return 'now';
    case 'psychosis':
    case 'eating_disorder':
    case 'substance':
    case 'mania_sleep':
    case 'mania_sign':
      return 'worry';
    // As for the writer: risky psychosis and a severe eating disorder are `moderate`, command
    // hallucinations `high` (docs/triage.md, Level mapping).
    case 'mania_risk':
    case 'psychosis_risk':
    case 'eating_disorder_severe':
      return 'warning';
    case 'command_hallucination':
      return 'plan';
    default:
      return undefined;
  }
}

const THIRD_PARTY_KINDS: Partial<Record<RuleKind, ThirdPartySeverity>> = {
  third_party_worry: 'worry',
  third_party_warning: 'warning',
  third_party_plan: 'plan',
  third_party_now: 'now',
};

function tpRank(s: ThirdPartySeverity | undefined): number {
  return s === undefined ? -1 : THIRD_PARTY_SEVERITIES.indexOf(s);
}

function quote(span: Span): string {
  const text = span.text.length > 60 ? `${span.text.slice(0, 57)}…` : span.text;
  return `"${text}"`;
}

function where(signal: TriageSignal): string {
  return signal.message < 0 ? 'earlier in the conversation' : `message ${signal.message}`;
}

const isRiskSignal = (s: TriageSignal) =>
  s.scopedOut === undefined && (s.category !== 'suicide' || (s.cssrs ?? 0) >= 1);

/** The highest C-SSRS among the risk cues read so far (0 when none). */
function strongestCssrs(evidence: readonly Evidence[]): number {
  let strongest = 0;
  for (const e of evidence)
    if (isRiskSignal(e.signal)) strongest = Math.max(strongest, e.signal.cssrs ?? 0);
  return strongest;
}

// ---------------------------------------------------------------------------------------------

/** Reads a conversation with the rules (no model): signals, C-SSRS, categories, flags. */
export function assessConversation(
  messages: readonly ConversationMessage[],
  options: {
    previous?: RiskState;
    lang?: string;
    /** The model's reading of the user message at an index, with `without` blanked out. */
    model?: (index: number, without: Span) => ModelContext | undefined;
    /** Minimum `ModelContext.suicidal` for a cue that needs context to count. */
    modelContextMinimum?: number;
  } = {},
): Assessment {
  const lang: ScopeLanguage | undefined = scopeLanguageOf(options.lang);
  const evidence: Evidence[] = [];
  const contexts: MessageContext[] = [];
  const previous = options.previous;
  let previousCleared = false;

  // What the conversation has shown so far: the signal to cite for distress and for suicidal talk.
  let distressCite: TriageSignal | undefined;
  let suicidalCite: TriageSignal | undefined;
  if (previous && previous.level !== 'none') {
    const earlier = previous.signals.filter((s) => s.scopedOut === undefined);
    suicidalCite = [...earlier]
      .reverse()
      .find((s) => s.category === 'suicide' && (s.cssrs ?? 0) >= 1);
    distressCite =
      [...earlier].reverse().find((s) => s.category === 'suicide') ?? earlier[earlier.length - 1];
    if (suicidalCite) suicidalCite = { ...suicidalCite, message: -1 };
    if (distressCite) distressCite = { ...distressCite, message: -1 };
  }

  let pending: PendingQuestion | undefined;
  // Someone else's signs of preparation so far, by sign; whether a move or retirement explains them.
  const othersPreparation = new Map<string, { message: number; span: Span }>();
  // The person's turns read so far, by message index.
  const readingAt = new Map<number, MessageReading>();
  // The model's reading of earlier user turns, whole, asked for only when a cue needs it.
  const earlierReads = new Map<number, ModelContext | null>();
  // The person's turns that said they were dying or killed of something, with no risk or distress
  // read in them (`HYPERBOLE`): joking, as an idiom the scope knows is.
  const hyperbolic = new Set<number>();
  let othersPreparationSaid = false;
  // The last assistant turn asked whether the person is safe: a "no" to it is not a correction.
  let askedSafety = false;
  // The last assistant turn asked what the person meant ("what do you mean?", "cosa intendi?").
  let askedMeaning = false;
  // The determiners of the conversation's language, guessed once a reply is read for a correction.
  let determiners: ReadonlySet<string> | undefined;
  const determinersHere = (): ReadonlySet<string> => {
    if (!determiners) {
      const language = conversationLanguage(messages, lang);
      determiners = language
        ? (DETERMINERS_BY_LANGUAGE.get(language) ?? ANY_DETERMINER)
        : ANY_DETERMINER;
    }
    return determiners;
  };
  let pendingWellbeing: PendingQuestion | undefined;
  let lowMoodCite: TriageSignal | undefined;
  let minor: { message: number; span: Span } | undefined;
  let askedAge = false;
  let lastPlannable: Evidence | undefined;
  let lastUser = -1;
  // The game or story in force for the person's next turn, and their previous turn's reading
  // (its everyday frames: "retiring after 30 years!" … "thank you for everything").
  let frame: Frame | undefined;
  let previousUser: { index: number; reading: MessageReading } | undefined;

  messages.forEach((message, index) => {
    if (message.role !== 'user') {
      if (message.role === 'assistant' || message.role === 'counselor') {
        const doc = tokenizeForTriage(message.content);
        pending = questionIn(doc, index);
        pendingWellbeing = wellbeingQuestionIn(doc, index);
        askedSafety = SAFETY_MATCHER.find(doc).length > 0;
        askedMeaning = MEANING_MATCHER.find(doc).length > 0;
        askedAge = AGE_MATCHER.find(doc).length > 0;
      }
      return;
    }
    const reading = readMessage(message.content, lang ? { lang } : {});
    if (askedAge) {
      const age = ageAnswerIn(reading);
      if (age) minor ??= { message: index, span: age };
      askedAge = false;
    }
    const mine: Evidence[] = [];
    const modelMinimum = options.modelContextMinimum ?? 1;
    const modelReads = (span: Span): ModelContext | undefined => {
      const reading = options.model?.(index, span);
      return reading && reading.suicidal >= modelMinimum ? reading : undefined;
    };
    // The person's earlier turn the model reads whole as suicidal talk, for a cue that needs
    // distress or suicidal talk and finds none in words the rules know. Not a turn cleared up,
    // nor one whose cues were set aside (a game, an idiom): those explain their own words. The
    // `cite` is for reasons only (quoting the turn); it is not added as evidence.
    const earlierTurnRead = ():
      { message: number; reading: ModelContext; cite: TriageSignal } | undefined => {
      if (!options.model) return undefined;
      for (const context of contexts) {
        if (context.cleared || context.setAside || context.figurative) continue;
        let read = earlierReads.get(context.message);
        if (read === undefined) {
          read = options.model(context.message, NOTHING) ?? null;
          earlierReads.set(context.message, read);
        }
        if (read && read.suicidal >= modelMinimum) {
          const text = context.text.length > 60 ? `${context.text.slice(0, 57)}…` : context.text;
          const cite: TriageSignal = {
            id: 'context:model_reads_turn',
            source: 'context',
            category: 'suicide',
            message: context.message,
            span: { start: 0, end: context.text.length, text },
            weight: 0,
            reason: `the model reads this turn as suicidal talk (P(C-SSRS ≥ 1) = ${read.suicidal.toFixed(2)})`,
          };
          return { message: context.message, reading: read, cite };
        }
      }
      return undefined;
    };

    // 1. A clarification clears what came before (not what this message says).
    // The person's answer to the assistant's last question, if it asked one since their last turn.
    const answer = pending && pending.message > lastUser ? answerIn(reading) : undefined;
    const earlierRisk = evidence.filter((e) => isRiskSignal(e.signal));
    // Read only when there is something to clear (most turns have nothing): risk the rules read,
    // risk carried over, or an earlier turn the assistant has just asked about — the model may
    // have read it as risk even where the rules read only distress ("I am done. I will finish it
    // tonight" … "are you thinking of ending your life?" … "arre no no yaar 😅 the thesis chapter!").
    const askedAboutIt =
      lastUser >= 0 &&
      (askedSafety || askedMeaning || (pending !== undefined && pending.message > lastUser));
    // The assistant asked directly about suicide since the person's last turn (`UNANSWERED_TOPICS`).
    const askedDirectly =
      lastUser >= 0 &&
      pending !== undefined &&
      pending.message > lastUser &&
      UNANSWERED_TOPICS.has(pending.topic.id)
        ? pending
        : undefined;
    const clarified =
      earlierRisk.length > 0 ||
      (previous && previous.level !== 'none' && !previousCleared) ||
      askedAboutIt
        ? clarificationIn(
            reading,
            askedSafety,
            answer !== undefined,
            echoWordsOf(earlierRisk, readingAt, askedAboutIt ? lastUser : -1, determinersHere()),
            {
              determiners: determinersHere(),
              checkedIn:
                lastUser >= 0 &&
                (askedMeaning ||
                  (pending !== undefined &&
                    pending.message > lastUser &&
                    CHECK_IN_TOPICS.has(pending.topic.id))),
              askedSuicide: askedDirectly !== undefined,
            },
            { risk: earlierRisk, lang },
          )
        : undefined;
    askedSafety = false;
    askedMeaning = false;
    if (clarified) {
      // Only what was said outright keeps a floor: "I'm going to end things tonight" counted
      // because the model read it as suicidal, and "I meant ending things with Jake" says what the
      // words meant. "I'm going to kill myself tonight" … "jk" still keeps one.
      // Naming what an ambiguous word was about ("ending it tonight" … "omg no the group chat")
      // clears it too, unless some cue's own words named death or the person ("kill myself").
      // So does saying the same words again in the everyday frame that explains them ("heute
      // mach ich Schluss" … "nee! mit dem Timo mach ich Schluss, sorry für den Schreck": the
      // rule reads them again and its own lookalike sets them aside).
      const reframed = earlierRisk.some(
        (e) =>
          e.hit !== undefined &&
          reading.hits.some((h) => h.rule.id === e.hit?.rule.id && h.scope?.scope === 'everyday'),
      );
      const resolved =
        (clarified.naming || reframed) &&
        !earlierRisk.some((e) => e.hit && !e.viaModel && !e.oblique && namesDeath(e.hit.span));
      const outright = resolved ? [] : earlierRisk.filter((e) => !e.viaModel && !e.oblique);
      const worst = Math.max(
        0,
        previousCleared ? 0 : (previous?.cssrs ?? 0),
        ...outright.map((e) => e.signal.cssrs ?? 0),
      );
      const wasUrgent = outright.some(
        (e) => e.kind === 'attempt_now' || e.kind === 'overdose' || e.kind === 'preparation',
      );
      for (const e of earlierRisk) {
        e.signal.scopedOut = 'clarified';
        e.signal.reason += ` — set aside: clarified in message ${index} (${quote(clarified.span)})`;
      }
      previousCleared = true;
      for (const context of contexts) context.cleared = true;
      // Nor may an earlier oblique sign vouch for a later one, nor a later question lift it.
      for (const e of evidence) {
        e.unmet = false;
        e.wantsContext = false;
      }
      distressCite = undefined;
      lowMoodCite = undefined;
      suicidalCite = undefined;
      lastPlannable = undefined;
      const category = earlierRisk[0]?.signal.category ?? previous?.categories[0] ?? 'suicide';
      mine.push({
        signal: {
          id: 'context:clarification',
          source: 'context',
          category,
          cssrs: 0,
          message: index,
          span: clarified.span,
          weight: 0,
          reason: `the person cleared up an earlier misunderstanding (${quote(clarified.span)})`,
        },
      });
      if (worst >= 5 || wasUrgent) {
        // A plan, preparation or attempt is not undone by "jk": keep a floor until someone checks.
        mine.push({
          kind: 'active_ideation',
          signal: {
            id: FLOOR_ID,
            source: 'context',
            category: 'suicide',
            cssrs: 2,
            message: index,
            span: clarified.span,
            weight: 0.6,
            reason:
              'cleared up, but an earlier plan, preparation or attempt keeps this at moderate until a person checks in',
          },
        });
      }
    }

    // 1b. Someone else's preparation: two different oblique signs across the person's turns
    //     ("she gave my sister her jewellery" … "she's sorted her will"), unless a move or a
    //     retirement said in any of those turns explains them.
    const turnMatches = TURN_MATCHER.find(reading.doc);
    for (const match of turnMatches) {
      if (match.value.type !== 'others_prep') continue;
      const span = {
        start: match.start,
        end: match.end,
        text: reading.text.slice(match.start, match.end),
      };
      if (!othersPreparation.has(match.value.sign))
        othersPreparation.set(match.value.sign, { message: index, span });
    }
    readingAt.set(index, reading);
    // Read for a move or a retirement only once two signs stand (most conversations have none).
    const explained = () =>
      [...readingAt.values()].some((r) =>
        (lang ? [lang] : SCOPE_LANGUAGES).some((l) => r.scopes.everydayFrame(l, FAREWELL_FRAMES)),
      );
    if (othersPreparation.size >= 2 && !othersPreparationSaid && !explained()) {
      othersPreparationSaid = true;
      const signs = [...othersPreparation.values()];
      mine.push({
        thirdParty: 'plan',
        signal: {
          id: 'context:someone_else_preparing',
          source: 'context',
          category: 'third_party',
          message: index,
          span: (signs[signs.length - 1] as { span: Span }).span,
          weight: 0.85,
          reason: `someone else shows two signs of preparation (${signs.map((x) => `${quote(x.span)}, message ${x.message}`).join('; ')})`,
        },
      });
    }

    // 2. "yeah" to an assistant's question about suicide or self-harm.
    let answeredSuicidal: TriageSignal | undefined;
    if (pending && answer) {
      const topic = pending.topic;
      const signal: TriageSignal = {
        id: `context:answered_${topic.id}`,
        source: 'context',
        category: topic.category,
        message: index,
        span: answer.yes,
        weight: 0.8,
        reason: `answered yes to a question about ${topic.reason} (${quote(pending.span)}, message ${pending.message})`,
      };
      if (topic.cssrs !== undefined) signal.cssrs = topic.cssrs;
      const e: Evidence = {
        signal,
        kind: topic.now ? 'attempt_now' : topic.category === 'self_harm' ? 'self_harm' : 'intent',
      };
      mine.push(e);
      if (topic.category === 'suicide' && (topic.cssrs ?? 0) >= 2) lastPlannable = e;
      // A yes to a question about suicide is suicidal talk in the person's own turn: the cues that
      // need it count ("¿Estás pensando en quitarte la vida?" "sí. ya tengo las pastillas").
      if (topic.category === 'suicide' && (topic.cssrs ?? 0) >= 1) answeredSuicidal = signal;
    }
    const askedSuicide =
      pending && pending.message > lastUser && pending.topic.category === 'suicide'
        ? pending
        : undefined;
    pending = undefined;

    // 2b. A low answer to how the person is ("how are you holding up?" "awful") is distress for
    //     the cues that need it (a means question, a farewell). It is kept apart from distress in
    //     the person's own words: "terrible lol, this exam makes me want to die" stays a joke.
    let lowMoodHere: TriageSignal | undefined;
    if (pendingWellbeing && pendingWellbeing.message > lastUser) {
      const low = lowMoodIn(reading);
      if (low) {
        const signal: TriageSignal = {
          id: 'context:low_mood_answer',
          source: 'context',
          category: 'suicide',
          message: index,
          span: low,
          weight: 0.5,
          reason: `distress: a low answer to how the person is (${quote(pendingWellbeing.span)}, message ${pendingWellbeing.message})`,
        };
        mine.push({ signal, kind: 'distress' });
        lowMoodHere = signal;
      }
    }
    pendingWellbeing = undefined;

    let distressHere: TriageSignal | undefined;

    const { frames: framesHere, realLife } = framesIn(reading, turnMatches, index);
    const carriedFrame = frame;
    let carriedFrameUsed = false;

    // 2c. A direct question about suicide left unanswered ("Are you thinking about suicide?" "och
    //     it's fine, dinnae worry about it. forget i said anything"; "Estás a planear pôr fim à
    //     tua vida na sexta?" "não me perguntes isso"): no yes, no no, nothing cleared up, not in
    //     a game, and the question followed something — distress, a cue set aside for want of
    //     context, a means named, a turn the model reads as suicidal talk (an odd question after
    //     "planning a walk this weekend" may simply be ignored). A crisis worker hears a possible
    //     yes and asks again. It is suicidal talk for the cues that need it, in this turn and in
    //     the person's earlier ones since the last clarification (a day picked, "nach Ostern
    //     brauch ich das alles nicht mehr"); a means or a place named in an earlier turn is a
    //     means in mind (C-SSRS 3, as one named instead of an answer is, 3b); and on its own it
    //     is thoughts of suicide that cannot be ruled out: C-SSRS 2 (1 for a question about
    //     wishing to be dead). No kind: a time in the reply makes no plan of it.
    let unansweredSignal: TriageSignal | undefined;
    const unanswered =
      askedDirectly && !answer && !clarified && framesHere.length === 0 && !carriedFrame
        ? leftUnanswered(reading)
        : undefined;
    if (askedDirectly && unanswered) {
      const wanting = evidence.filter((e) => e.wantsContext && e.signal.scopedOut === 'everyday');
      const named = meansNamedEarlier(contexts, readingAt);
      const meansBefore: TriageSignal | undefined = named && {
        id: 'context:means_named_before_unanswered_question',
        source: 'context',
        category: 'suicide',
        cssrs: 3,
        message: named.message,
        span: named.span,
        weight: 0.8,
        reason: `named a means or a place (${quote(named.span)}, message ${named.message}), then left a direct question about suicide unanswered (${quote(askedDirectly.span)}, message ${askedDirectly.message}; reply in message ${index})`,
      };
      const prompt =
        distressCite ??
        suicidalCite ??
        lowMoodCite ??
        wanting[wanting.length - 1]?.signal ??
        meansBefore ??
        earlierTurnRead()?.cite;
      if (prompt) {
        unansweredSignal = {
          id: 'context:suicide_question_unanswered',
          source: 'context',
          category: 'suicide',
          cssrs: Math.min(askedDirectly.topic.cssrs ?? 2, 2) as Cssrs,
          message: index,
          span: unanswered,
          weight: 0.6,
          reason: `left a direct question about ${askedDirectly.topic.reason} unanswered (${quote(askedDirectly.span)}, message ${askedDirectly.message}): neither yes nor no (${quote(unanswered)}), after ${quote(prompt.span)} (${where(prompt)})`,
        };
        mine.push({ signal: unansweredSignal });
        for (const e of wanting) {
          delete e.signal.scopedOut;
          e.signal.reason = `${e.signal.reason.replace(/ — set aside: needs .*$/, '')} (then left the direct question about suicide unanswered, message ${index})`;
          e.unmet = false;
          e.wantsContext = false;
          e.oblique = true;
        }
        if (meansBefore) mine.push({ kind: 'means_seeking', signal: meansBefore });
      }
    }

    // 3. Rule cues. Distress first (it decides whether light words are light), then the rest,
    //    then the cues that need context.
    // A cue that needs distress, once it counts, is suicidal talk a cue that needs that may cite
    // ("the stuff is kicking in. wanted someone to know it wasn't their fault").
    const order = (h: RuleHit) =>
      h.rule.kind === 'distress' ? 0 : h.rule.needs === 'suicide' ? 3 : h.rule.needs ? 2 : 1;
    const hits = sortStable([...reading.hits], (a, b) => order(a) - order(b));
    // Nothing in the conversation says distress, nor the cue's sentence that it is serious. One
    // function per message rather than a closure per cue.
    const calm = (hit: RuleHit, distressKnown: TriageSignal | undefined): boolean =>
      !distressKnown && !(lowMoodHere ?? lowMoodCite) && !reading.scopes.isSerious(hit.first);
    let suicidalHere: TriageSignal | undefined = answeredSuicidal ?? unansweredSignal;
    for (const hit of hits) {
      const { rule } = hit;
      const signal: TriageSignal = {
        id: rule.signalId,
        source: 'rule',
        category: rule.category,
        message: index,
        span: hit.span,
        weight: rule.weight,
        reason: rule.reason,
      };
      if (rule.cssrs !== undefined) signal.cssrs = rule.cssrs;
      const e: Evidence = { signal, kind: rule.kind, near: rule.near, hit };
      if (clarified?.explains?.includes(hit)) {
        // The ambiguous words said again to explain them ("acabar com tudo = apagar as fotos").
        signal.scopedOut = 'clarified';
        signal.reason += ` — set aside: the earlier words said again with what they were about (${quote(clarified.span)})`;
        mine.push(e);
        continue;
      }
      let scope = hit.scope;
      const distressKnown = distressCite ?? distressHere ?? suicidalCite ?? suicidalHere;
      if (scope?.scope === 'figurative' && scope.weak) {
        const light = rule.category !== 'suicide' || (rule.cssrs ?? 0) <= 2;
        // A heavy cue said laughing is taken at its word, unless the person has been joking all
        // along: an earlier turn of theirs was an idiom ("I'm starving to death", "this boss
        // keeps killing me") and nothing in the conversation says distress.
        const joking =
          !(lowMoodHere ?? lowMoodCite) &&
          contexts.some((c) => (c.figurative || hyperbolic.has(c.message)) && !c.cleared);
        const why = distressKnown
          ? 'distress or suicidal talk in the conversation'
          : reading.scopes.isSerious(hit.first)
            ? 'said to be serious'
            : 'a method, intent or act, with no earlier joking to read it by';
        if (distressKnown || reading.scopes.isSerious(hit.first) || (!light && !joking)) {
          signal.reason += ` (said lightly, ${quote(scope.cue)}, but not taken as a joke: ${why})`;
          scope = undefined;
        } else if (!light) {
          scope = {
            ...scope,
            reason: `${scope.reason}, in a conversation where the person has been joking with idioms and said no distress`,
          };
        }
      } else if (scope?.scope === 'everyday' && (suicidalCite ?? suicidalHere)) {
        signal.reason += ` (an everyday frame, ${quote(scope.cue)}, but after suicidal talk)`;
        scope = undefined;
      }
      // Frames from the person's earlier words, when nothing in the conversation says distress.
      // Asked only of a cue a frame could cover (most cues are not, and this is per cue).
      if (
        !scope &&
        FRAMEABLE.has(rule.kind) &&
        rule.scopes.has('quoted') &&
        !realLife.has(reading.doc.sentences[hit.first] ?? -1) &&
        calm(hit, distressKnown)
      ) {
        const f = frameFor(reading.doc, framesHere, hit, carriedFrame);
        if (f) {
          const named =
            f.message === index ? 'named in this message' : `named in message ${f.message}`;
          scope = {
            scope: 'quoted',
            cue: f.span,
            reason: `part of a game or story (${quote(f.span)}, ${named})`,
          };
          if (f.message !== index) carriedFrameUsed = true;
        }
      }
      const wanted =
        rule.lookalikes.length > 0
          ? rule.lookalikes
          : rule.kind === 'preparation' && rule.needs
            ? FAREWELL_FRAMES
            : [];
      if (!scope && wanted.length > 0 && previousUser && calm(hit, distressKnown)) {
        const earlier: ScopeFinding | undefined = previousUser.reading.scopes.everydayFrame(
          rule.lang,
          wanted,
        );
        if (earlier)
          scope = { ...earlier, reason: `${earlier.reason}, message ${previousUser.index}` };
      }
      // Farewell words that say when the person will be back ("thanks for everything, see you
      // tomorrow", "gracias por todo, hasta mañana") are a goodbye for now, even after a hard
      // week: read over the whole message, since the "see you" is often its own sentence. Not
      // after suicidal talk, where a "see you" may be a cover.
      if (!scope && FAREWELL_RULE.test(rule.id) && !(suicidalCite ?? suicidalHere)) {
        const forNow = reading.scopes.everydayFrame(rule.lang, FOR_NOW);
        if (forNow) scope = { ...forNow, reason: `${forNow.reason}, a goodbye for now` };
      }
      if (scope) {
        signal.scopedOut = scope.scope;
        signal.reason += ` — set aside as ${scope.reason}`;
        if (scope.scope === 'third_party') {
          const severity = thirdPartyOf(rule.kind);
          if (severity) {
            mine.push({
              thirdParty: severity,
              // A plan said of someone else is theirs: with a near time in its sentence it is
              // happening now ("he said he's going to end it tonight"), as the third-party
              // lexicon's own plans are.
              ...(severity === 'plan' ? { kind: 'third_party_plan' as const, hit } : {}),
              ...(MANIA_KINDS.has(rule.kind) ? { othersMania: rule.kind } : {}),
              signal: {
                id: `context:someone_else.${rule.kind}`,
                source: 'context',
                category: 'third_party',
                message: index,
                span: hit.span,
                weight: rule.weight,
                reason: `about someone else (${quote(scope.cue)}): ${rule.reason}`,
              },
            });
          }
        }
      } else if (rule.needs) {
        const cite =
          rule.needs === 'distress'
            ? (distressKnown ?? lowMoodHere ?? lowMoodCite)
            : (suicidalCite ?? suicidalHere);
        // A bare means question ("which bridge is highest?") needs distress said in words. In a
        // reply that clears up an earlier turn the model may not vouch either: it would read the
        // very words the person is explaining ("No, I mean a digital detox, I'm deleting
        // instagram" after "I want to disappear for a while").
        // Nor half of a sign (`halfSign`: "did it", "getting sleepy"): the other half, a farewell
        // or suicidal talk must be said.
        // Nor in a message with an idiom the rules set aside ("im dying to try that korean
        // place … cheers for listening"): the model reads the idiom's words as suicidal talk, as
        // it may not when it raises a level itself (`figurative`).
        const modelCite =
          cite ||
          rule.kind === 'means_seeking' ||
          rule.halfSign ||
          clarified ||
          reading.scopes.idioms().length > 0
            ? undefined
            : modelReads(hit.span);
        const earlierCite = cite || modelCite ? undefined : earlierTurnRead();
        if (earlierCite) {
          // Distress said in an earlier turn in words no rule knows ("não vejo mais sentido em
          // nada não" … "qual a parte mais alta da serra?"): the model read that turn whole.
          e.viaModel = true;
          e.oblique = true;
          signal.reason += ` (after message ${earlierCite.message}, which the model reads as suicidal talk: P(C-SSRS ≥ 1) = ${earlierCite.reading.suicidal.toFixed(2)}${earlierCite.reading.words ? `, from ${earlierCite.reading.words}` : ''})`;
        } else if (modelCite) {
          // Counts, but is not itself a cite for other cues: the model vouches once.
          e.viaModel = true;
          e.oblique = true;
          signal.reason += ` (no distress or suicidal talk in the words around it, but the model reads the rest of the message as suicidal talk: P(C-SSRS ≥ 1) = ${modelCite.suicidal.toFixed(2)}${modelCite.words ? `, from ${modelCite.words}` : ''})`;
        } else if (!cite) {
          // 'everyday' is the nearest Scope; the reason says what was missing.
          signal.scopedOut = 'everyday';
          signal.reason += ` — set aside: needs ${rule.needs === 'distress' ? 'distress or suicidal talk' : 'suicidal talk'} in the conversation to count`;
          if (rule.category === 'suicide' && CORROBORATING.has(rule.kind)) e.unmet = true;
          if (rule.category === 'suicide') e.wantsContext = true;
        } else {
          mine.push({
            kind: rule.kind,
            near: rule.near,
            signal: {
              id: `context:${rule.kind}_after_${rule.needs}`,
              source: 'context',
              category: rule.category,
              ...(rule.cssrs !== undefined ? { cssrs: rule.cssrs } : {}),
              message: index,
              span: hit.span,
              weight: rule.weight,
              reason: `${rule.reason} (${quote(hit.span)}) after ${rule.needs === 'distress' ? 'distress' : 'suicidal talk'} (${quote(cite.span)}, ${where(cite)})`,
            },
          });
        }
      }
      const tp = THIRD_PARTY_KINDS[rule.kind];
      if (tp && !signal.scopedOut) e.thirdParty = tp;
      mine.push(e);
      if (!signal.scopedOut && !e.viaModel) {
        if (rule.kind === 'distress') distressHere ??= signal;
        else if (rule.category === 'suicide' && (rule.cssrs ?? 0) >= 1) suicidalHere = signal;
      }
    }

    // 3b. Asked about suicide, the person does not say no and names a means or a place ("Tu penses
    //     à mettre fin à tes jours ?" "le pont sur la Sambre, c'est haut comment ?"): a means in
    //     mind, after distress. Not when the reply corrects a reading, is in a game, or the rules
    //     already read a means in it.
    if (
      askedSuicide &&
      !clarified &&
      framesHere.length === 0 &&
      !carriedFrameUsed &&
      !mine.some((e) => isRiskSignal(e.signal) && (e.signal.cssrs ?? 0) >= 3)
    ) {
      const cite =
        distressCite ??
        suicidalCite ??
        lowMoodCite ??
        distressHere ??
        suicidalHere ??
        lowMoodHere ??
        earlierTurnRead()?.cite;
      const named = cite ? meansNamedIn(reading) : undefined;
      if (cite && named) {
        mine.push({
          kind: 'means_seeking',
          signal: {
            id: 'context:means_named_after_question',
            source: 'context',
            category: 'suicide',
            cssrs: 3,
            message: index,
            span: named,
            weight: 0.8,
            reason: `names a means or a place (${quote(named)}) when asked about suicide (${quote(askedSuicide.span)}, message ${askedSuicide.message}), without saying no, after distress (${quote(cite.span)}, ${where(cite)})`,
          },
        });
      }
    }

    // 3c. Thoughts of suicide with a means or a chosen place in the same sentence ("llevo semanas
    //     pensando en quitarme de en medio, tengo las pastillas guardadas", "je pense à me
    //     suicider, j'ai même repéré l'endroit") are ideation with a method in mind (C-SSRS 3),
    //     whatever the next turn talks about. Read from the sentence's tokens: no matcher pass.
    if (!clarified && framesHere.length === 0 && !carriedFrameUsed) {
      const ideation = mine.find(
        (e) =>
          e.hit !== undefined &&
          (e.kind === 'active_ideation' || e.kind === 'coded') &&
          !e.signal.scopedOut &&
          e.signal.category === 'suicide',
      );
      const strongest = strongestCssrs(mine);
      const named =
        ideation?.hit && strongest < 3 ? meansInSentence(reading, ideation.hit.first) : undefined;
      if (ideation && named) {
        // No kind: it is not a cue a time in the next turn makes a plan of ("… die Tabletten hab
        // ich schon" … "egal. welcher Film läuft heute?").
        mine.push({
          signal: {
            id: 'context:ideation_with_means',
            source: 'context',
            category: 'suicide',
            cssrs: 3,
            message: index,
            span: named,
            weight: 0.8,
            reason: `thoughts of suicide (${quote(ideation.signal.span)}) with a means or a place beside it (${quote(named)}): a method in mind`,
          },
        });
      }
    }

    // 3d. Signs that count only with context: a lethality question about a means or a place
    //     (`LETHALITY_QUESTIONS`) after distress in an earlier turn; a question naming a
    //     means or a place after suicidal talk in an earlier turn ("… mieux sans moi" … "la
    //     falaise, elle est surveillée la nuit ?") or, since `triage@40`, with distress or
    //     suicidal talk earlier in the conversation or anywhere in the same message ("me siento
    //     vacía desde hace meses. el puente del río, se puede cruzar andando?"), as a rule's
    //     means question needs; both means seeking (C-SSRS 3). Saying one will
    //     not be around much longer (`NOT_AROUND`) after suicidal talk is intent (C-SSRS 4).
    //     Without that context each is one oblique sign another may vouch for (a farewell). Not
    //     in a game or story, nor in a reply that clears something up; a move or a new job said in
    //     the conversation explains "not around".
    if (!clarified && framesHere.length === 0 && !carriedFrameUsed) {
      const strongest = strongestCssrs(mine);
      const asks = (type: DialogueValue['type']) =>
        turnMatches.find((m) => m.value.type === type && inQuestion(reading, m.first));
      const lethality = strongest < 3 ? (asks('lethality') ?? asks('place_detail')) : undefined;
      // A place detail needs distress the rules read, or a low answer to how the person is.
      const strong = lethality?.value.type === 'lethality';
      const meansQuestion =
        strongest < 3 &&
        !lethality &&
        (suicidalCite || distressCite || distressHere || suicidalHere)
          ? meansAskedIn(
              reading,
              lang,
              suicidalCite || suicidalHere ? undefined : determinersHere(),
            )
          : undefined;
      const meansAsked = meansQuestion?.everyday ? undefined : meansQuestion?.span;
      if (meansQuestion?.everyday) {
        // Kept, with why, so the reading can be checked: "so tired of everything. should i take
        // my pills before or after food?" is a question about the routine, not the means.
        const { span, everyday } = meansQuestion;
        const distress = distressCite ?? distressHere;
        mine.push({
          signal: {
            id: 'context:means_question_after_distress',
            source: 'context',
            category: 'suicide',
            cssrs: 3,
            message: index,
            span,
            weight: 0.8,
            scopedOut: 'everyday',
            reason: `asks about a means or a place (${quote(span)})${distress ? ` after distress (${quote(distress.span)}, ${where(distress)})` : ''} — set aside as ${everyday.reason}`,
          },
        });
      }
      const asked = lethality ? spanOf(reading, lethality) : meansAsked;
      if (asked) {
        // A lethality question may also lean on distress or suicidal talk said in this message
        // before it ("não aguento mais. dá pra sobreviver a uma queda assim?"), as a means
        // question does; a place detail ("is it open at night?") may not: it names no place.
        const before = (cite: TriageSignal | undefined) =>
          cite && cite.span.end <= asked.start ? cite : undefined;
        const earlier = lethality
          ? (distressCite ??
            suicidalCite ??
            lowMoodHere ??
            lowMoodCite ??
            (strong ? (before(distressHere) ?? before(suicidalHere)) : undefined) ??
            (strong ? lowMoodEarlier(contexts, readingAt) : undefined))
          : (suicidalCite ?? distressCite ?? suicidalHere ?? distressHere);
        const byModel = earlier || (lethality && !strong) ? undefined : earlierTurnRead();
        const cite = earlier ?? byModel?.cite;
        // A means question is told by the suicidal talk before it, or by distress (in this message
        // or an earlier one); a lethality question always by distress.
        const afterTalk =
          !lethality &&
          (byModel !== undefined ||
            cite === undefined ||
            cite === suicidalCite ||
            cite === suicidalHere);
        const e: Evidence = {
          kind: cite ? 'means_seeking' : 'lethality_seeking',
          signal: {
            id: `context:${lethality ? 'lethality' : 'means'}_question_after_${afterTalk ? 'suicidal_talk' : 'distress'}`,
            source: 'context',
            category: 'suicide',
            cssrs: 3,
            message: index,
            span: asked,
            weight: 0.8,
            reason: `asks ${lethality ? 'a lethality question about' : 'about'} a means or a place (${quote(asked)})`,
          },
        };
        if (cite)
          e.signal.reason += ` after ${afterTalk ? 'suicidal talk' : 'distress'} (${quote(cite.span)}, ${where(cite)})`;
        else {
          e.signal.scopedOut = 'everyday';
          e.signal.reason +=
            ' — set aside: needs distress or suicidal talk in the conversation to count';
          // A place detail alone ("is it open after dark?") vouches for nothing.
          if (strong) e.unmet = true;
          e.wantsContext = true;
        }
        if (byModel) {
          e.viaModel = true;
          e.oblique = true;
        }
        mine.push(e);
      }
      const notAround =
        strongest < 4 ? turnMatches.find((m) => m.value.type === 'not_around') : undefined;
      if (notAround && !explained()) {
        const span = spanOf(reading, notAround);
        const talk = suicidalCite ?? suicidalHere;
        const e: Evidence = {
          kind: 'intent',
          signal: {
            id: 'context:not_around',
            source: 'context',
            category: 'suicide',
            cssrs: 4,
            message: index,
            span,
            weight: 0.8,
            reason: `says they will not be around much longer or takes leave for good (${quote(span)})`,
          },
        };
        if (talk) e.signal.reason += ` after suicidal talk (${quote(talk.span)}, ${where(talk)})`;
        else {
          e.signal.scopedOut = 'everyday';
          e.signal.reason += ' — set aside: needs suicidal talk in the conversation to count';
          e.unmet = true;
          e.wantsContext = true;
        }
        mine.push(e);
      }
    }

    // 3e. The person waves away an oblique sign of their last turn ("wrote letters to my kids
    //     tonight" … "haha no not like that. ignore me", "já escolhi o dia" … "deixa pra lá,
    //     esquece") without saying what else it was about: they heard how it sounds, which is
    //     what a crisis worker would hear too. Only signs of acting (preparation, an attempt),
    //     not light farewell words nor a day picked (a party has one too); the waving opens the
    //     reply, and naming what it was about ("olvídalo jaja, la boda de mi prima") is no waving.
    if (!clarified && previousUser) {
      const waved = evidence.filter(
        (e) =>
          e.unmet &&
          e.signal.message === previousUser?.index &&
          e.kind !== undefined &&
          WAVED_AWAY_KINDS.has(e.kind) &&
          !FAREWELL_RULE.test(e.hit?.rule.id ?? ''),
      );
      const limit = waved.length > 0 ? nthWord(reading.doc, WAVING_WORDS) : undefined;
      const waving =
        limit === undefined ? undefined : MINIMISING_MATCHER.find(reading.doc, 0, limit + 1)[0];
      if (
        waving &&
        !namedObjectIn(reading, false, { determiners: determinersHere(), checkedIn: false })
      ) {
        const span = spanOf(reading, waving);
        for (const e of waved) {
          delete e.signal.scopedOut;
          e.signal.reason = `${e.signal.reason.replace(/ — set aside: needs .*$/, '')} (waved away in message ${index}, ${quote(span)}, without saying what else it meant)`;
          e.unmet = false;
          e.oblique = true;
        }
      }
    }

    // Earlier turns' unmet signs stay in play: a calm turn that gives things away and a later
    // farewell vouch for each other. (A clarification cleared the earlier ones.)
    corroborate(
      [...evidence, ...mine].filter((e) => e.unmet),
      mine.filter(
        (e) =>
          e.viaModel &&
          !e.signal.scopedOut &&
          e.signal.category === 'suicide' &&
          e.kind !== undefined &&
          CORROBORATING.has(e.kind),
      ),
    );
    effectOfCountedAttempt(mine);

    // 4. Times: a plannable cue with a time in the same sentence (or the intent of the previous
    //    turn with a time in this one) is a plan.
    const allTimes = mine.filter((e) => e.kind === 'timeline' && !e.signal.scopedOut && e.hit);
    // A moment for acts against someone ("now", "as soon as he comes out") makes no suicide plan.
    const times = allTimes.filter((e) => !e.hit?.rule.actsOnly);
    const plannable = mine.filter(
      (e) =>
        e.kind !== undefined &&
        e.signal.id !== FLOOR_ID &&
        PLANNABLE.has(e.kind) &&
        !e.signal.scopedOut &&
        e.signal.category === 'suicide' &&
        !e.hit?.rule.timeless,
    );
    const paired = new Set<Evidence>();
    for (const time of times) {
      const t = time.hit as RuleHit;
      const tSentence = reading.doc.sentences[t.first];
      let partner: Evidence | undefined;
      for (const p of plannable) {
        const h = p.hit;
        if (!h) {
          partner ??= p;
          continue;
        }
        const pSentence = reading.doc.sentences[h.first];
        if (tSentence === undefined || pSentence === undefined || tSentence !== pSentence) continue;
        // A time belongs to the cue only when no "but" stands between them: in "I thought of it
        // years ago but today I'm fine" the "today" is about being fine, not about acting.
        if (contrastBetween(reading.doc, t, h)) continue;
        const after = t.first > h.last && t.first - h.last <= 8;
        const before = t.last < h.first && h.first - t.last <= 4;
        const inside = t.first >= h.first && t.last <= h.last;
        if (after || before || inside)
          partner = !partner || (p.signal.cssrs ?? 0) > (partner.signal.cssrs ?? 0) ? p : partner;
      }
      if (!partner && plannable.length === 0 && lastPlannable) partner = lastPlannable;
      if (!partner || paired.has(partner)) continue;
      paired.add(partner);
      time.used = true;
      const cssrs = withTime(partner.kind as RuleKind, (partner.signal.cssrs ?? 2) as Cssrs);
      mine.push({
        kind: partner.kind,
        near: time.near,
        ...(partner.oblique ? { oblique: true } : {}),
        signal: {
          id: 'context:plan_with_time',
          source: 'context',
          category: 'suicide',
          cssrs,
          message: index,
          span: time.signal.span,
          weight: Math.max(partner.signal.weight, 0.85),
          reason: `${partner.signal.reason.split(' (')[0]} (${quote(partner.signal.span)}, ${where(partner.signal)}) with ${time.near ? 'a near time' : 'a time'} (${quote(time.signal.span)})`,
        },
      });
    }
    // Harm to others, abuse and third-party plans with a near time. A moment for acts counts
    // only where its rule says (a bare "now" beside the act; "as soon as he comes out" in its
    // sentence), and not for someone else's plan: "she said goodbye and isn't answering now" is no
    // attempt.
    for (const time of allTimes.filter((t) => t.near)) {
      const t = time.hit as RuleHit;
      const sentence = reading.doc.sentences[t.first];
      const actsOnly = t.rule.actsOnly;
      for (const e of mine) {
        if (!e.hit || e.signal.scopedOut || reading.doc.sentences[e.hit.first] !== sentence)
          continue;
        if (e.kind !== 'harm_intent' && e.kind !== 'abuse' && e.kind !== 'third_party_plan')
          continue;
        if (actsOnly && e.kind === 'third_party_plan') continue;
        if (actsOnly === 'beside' && !besideAct(reading.doc, t, e.hit)) continue;
        if (actsOnly === 'sentence' && contrastBetween(reading.doc, t, e.hit)) continue;
        e.near = true;
        time.used = true;
      }
    }

    // 5. An overdose is a medical emergency with a cause: suicide when the person speaks of it or
    //    attempts, else substance use or poisoning.
    for (const e of mine) {
      if ((e.kind !== 'overdose' && e.kind !== 'medical') || e.signal.scopedOut) continue;
      const attempt = mine.some((m) => m.kind === 'attempt_now' && !m.signal.scopedOut);
      if (e.kind === 'overdose' && !attempt && !(suicidalCite ?? suicidalHere)) {
        mine.push({
          kind: 'substance',
          signal: {
            id: 'context:overdose_cause',
            source: 'context',
            category: 'substance',
            message: index,
            span: e.signal.span,
            weight: 0.7,
            reason: 'an overdose or poisoning without suicidal talk: substance use or poisoning',
          },
        });
      } else if (e.kind === 'overdose' && !attempt) {
        mine.push({
          kind: 'attempt_now',
          signal: {
            id: 'context:overdose_after_suicidal_talk',
            source: 'context',
            category: 'suicide',
            cssrs: 6,
            message: index,
            span: e.signal.span,
            weight: 0.9,
            reason: `an overdose after suicidal talk (${quote((suicidalCite ?? suicidalHere)?.span ?? e.signal.span)}): an attempt in progress`,
          },
        });
      }
    }

    if (reading.minor) minor ??= { message: index, span: reading.minor };
    for (const e of mine) {
      if (
        e.kind &&
        PLANNABLE.has(e.kind) &&
        e.signal.id !== FLOOR_ID &&
        !e.signal.scopedOut &&
        e.signal.category === 'suicide'
      ) {
        if (!lastPlannable || (e.signal.cssrs ?? 0) >= (lastPlannable.signal.cssrs ?? 0))
          lastPlannable = e;
      }
    }
    if (
      !distressHere &&
      !lowMoodHere &&
      turnMatches.some((m) => m.value.type === 'hyperbole') &&
      !mine.some((e) => isRiskSignal(e.signal))
    )
      hyperbolic.add(index);
    if (distressHere) distressCite = distressHere;
    if (lowMoodHere) lowMoodCite = lowMoodHere;
    if (suicidalHere) {
      suicidalCite = suicidalHere;
      distressCite ??= suicidalHere;
    }
    const selfHarmHere = mine.filter((e) => e.signal.category === 'self_harm');
    contexts.push({
      message: index,
      text: message.content,
      // The reply that clears up is read by the rules alone: the model would read the very words
      // it explains ("la faccio finita col calcetto ... stasera").
      ...(clarified && !mine.some((e) => isRiskSignal(e.signal) && e.signal.id !== FLOOR_ID)
        ? { cleared: true }
        : {}),
      suicideCue:
        suicidalCite !== undefined ||
        mine.some((e) => isRiskSignal(e.signal) && e.signal.category === 'suicide'),
      // A low answer to how the person is counts here: the model may read the rest of the turn.
      distress: distressCite !== undefined || lowMoodCite !== undefined,
      // A cue set aside for want of context still blocks the model's own raise: the model would
      // otherwise vouch for the very words the rules could not ("I'm going to do it this time").
      // Half of a sign set aside (`halfSign`: "did it", "getting sleepy") says nothing either way.
      setAside: mine.some(
        (e) =>
          e.signal.scopedOut !== undefined &&
          e.kind !== 'distress' &&
          e.kind !== 'timeline' &&
          !e.hit?.rule.halfSign,
      ),
      allSelfHarmScopedOut:
        selfHarmHere.length > 0 && selfHarmHere.every((e) => e.signal.scopedOut !== undefined),
      figurative: reading.scopes.idioms().length > 0,
    });
    // A time that did not make anything a plan says nothing on its own.
    evidence.push(...mine.filter((e) => e.kind !== 'timeline' || e.used || e.signal.scopedOut));
    lastUser = index;
    previousUser = { index, reading };
    // The frame goes on when this turn names one or stayed in the carried one, and ends when the
    // person says distress or suicidal talk in words the frame did not cover.
    const lastFrame = framesHere.at(-1);
    frame =
      distressHere || suicidalHere
        ? undefined
        : (lastFrame ?? (carriedFrameUsed ? carriedFrame : undefined));
  });

  // Previous state, unless cleared up.
  const carried = previous && !previousCleared && previous.level !== 'none' ? previous : undefined;
  if (carried) {
    evidence.push({
      signal: {
        id: 'context:previous_state',
        source: 'context',
        category: carried.categories[0] ?? 'suicide',
        ...(carried.cssrs > 0 ? { cssrs: carried.cssrs } : {}),
        message: -1,
        span: { start: 0, end: 0, text: '' },
        weight: 0.8,
        reason: `risk carried over from earlier in the conversation: ${carried.level}${carried.cssrs > 0 ? `, C-SSRS ${carried.cssrs}` : ''}`,
      },
    });
  }
  if (minor && evidence.some((e) => e.signal.category === 'abuse' && !e.signal.scopedOut)) {
    evidence.push({
      signal: {
        id: 'context:minor',
        source: 'context',
        category: 'abuse',
        message: minor.message,
        span: minor.span,
        weight: 0.8,
        reason: `the person seems to be a child or teenager (${quote(minor.span)})`,
      },
    });
  }

  return { decision: decide(evidence, carried), contexts, floor: carried?.level ?? 'none' };
}

function decide(evidence: readonly Evidence[], carried: RiskState | undefined): Decision {
  const live = evidence.filter((e) => e.signal.scopedOut === undefined);
  // The C-SSRS, the kinds and someone else's mania signs, in one pass over the live evidence.
  let cssrs = Math.max(0, carried?.cssrs ?? 0) as Cssrs;
  const kinds = new Set<RuleKind>();
  const othersMania = new Set<RuleKind>();
  for (const e of live) {
    if (e.signal.category === 'suicide') cssrs = Math.max(cssrs, e.signal.cssrs ?? 0) as Cssrs;
    if (e.kind !== undefined) kinds.add(e.kind);
    if (e.othersMania !== undefined) othersMania.add(e.othersMania);
  }
  const categories = new Set<RiskCategory>(carried?.categories ?? []);
  const maniaSigns = ['mania_sleep', 'mania_sign', 'mania_risk'].filter((k) =>
    kinds.has(k as RuleKind),
  ).length;
  for (const e of live) {
    const category = e.signal.category;
    if (category === 'suicide' || e.kind === 'timeline' || e.kind === 'distress') continue;
    if (category === 'mania' && maniaSigns < 2) continue;
    if (e.othersMania && othersMania.size < 2) continue;
    if (e.signal.id === 'context:clarification') continue;
    categories.add(category);
  }
  if (cssrs >= 1) categories.add('suicide');
  else categories.delete('suicide');
  const flags: LevelFlags = {};
  const nearPlan = live.some(
    (e) =>
      e.near &&
      e.signal.category === 'suicide' &&
      ((e.signal.cssrs ?? 0) >= 5 || e.kind === 'preparation' || e.kind === 'attempt_now'),
  );
  if (nearPlan) flags.nearTime = true;
  if (live.some((e) => e.kind === 'attempt_now' && e.signal.category === 'suicide'))
    flags.inProgress = true;
  if (kinds.has('self_harm_medical')) flags.selfHarmMedical = true;
  if (kinds.has('harm_intent')) flags.harmIntent = true;
  if (live.some((e) => e.kind === 'harm_intent' && e.near)) flags.harmNear = true;
  if (kinds.has('abuse_now') || live.some((e) => e.kind === 'abuse' && e.near))
    flags.abuseNow = true;
  if (live.some((e) => e.signal.id === 'context:minor')) flags.abuseMinor = true;
  if (kinds.has('command_hallucination')) flags.commandHallucinations = true;
  if (kinds.has('psychosis_risk')) flags.psychosisRisky = true;
  if (kinds.has('mania_risk') && maniaSigns >= 2) flags.maniaRisky = true;
  if (kinds.has('eating_disorder_severe')) flags.eatingDisorderSevere = true;
  let tp: ThirdPartySeverity | undefined;
  for (const e of live) {
    if (e.othersMania && othersMania.size < 2) continue;
    let severity = e.thirdParty;
    if (severity === 'plan' && e.near) severity = 'now';
    if (tpRank(severity) > tpRank(tp)) tp = severity;
  }
  if (tp) {
    flags.thirdParty = tp;
    categories.add('third_party');
  }
  const signals = sortStable(
    evidence.map((e) => e.signal),
    (a, b) => a.message - b.message || a.span.start - b.span.start || b.span.end - a.span.end,
  );
  return { cssrs, categories: [...categories], flags, signals };
}
