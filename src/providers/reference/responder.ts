/**
 * The reference responder: an embedded, deterministic, supportive replier so that Tandem works
 * with no model at all (quick starts, CI, the gateway's default upstream, benchmarks). Its risk
 * replies are the guard's protocol replies (`composeProtocolReply`, `focus.ts`): the same focus
 * and the same wording for the same conversation and seed.
 *
 * It reads the conversation, not just the last line: the triage engine (`src/triage`) scores the
 * person's turns with their context, and risk found anywhere keeps crisis resources in every later
 * reply; the last turn decides what to reflect and ask.
 * A reply is built from parts — reflect the feeling and the person's own words, validate, offer
 * one coping idea, ask one open question — or, when there is risk, from a safety plan: emergency
 * first when danger may be immediate (imminent level or a medical emergency), then
 * acknowledgement, locale-appropriate resources from the crisis directory, the limits of an AI,
 * and one direct safety question. A worried helper gets guidance and resources framed for the
 * person they worry about.
 *
 * Wording is chosen by a PRNG seeded from `options.seed` and the conversation, so the same seed
 * and messages give the same text, other seeds give other wording, and no part repeats the
 * previous reply's opener, question or idea.
 */
import { performance } from 'node:perf_hooks';
import type {
  ChatMessage,
  ConditionSignal,
  GenerateOptions,
  Generation,
  Provider,
  Triage,
  TriageSignal,
} from '../../core/index.js';
import {
  crisisEntryFor,
  loadCrisisDirectory,
  type CrisisDirectory,
  type CrisisEntry,
} from '../../nlp/crisis-directory.js';
import { detectConditions, triageConversation } from '../../triage/index.js';
import { abortedFailure } from '../failures.js';
import type { ProviderKind } from '../provider-kind.js';
import {
  COPING_IDEAS,
  REACH_OUT_TO_NAMED_PERSON,
  type CopingIdea,
  type IdeaTag,
} from './coping-ideas.js';
import { findEmotions, type EmotionHit } from './emotions.js';
import { isRiskSignal, planFor, replyFocus, type ReplyPlan } from './focus.js';
import { replyLanguageFor } from './languages.js';
import type { Phrasebook } from './phrasebook.js';
import { PHRASEBOOKS } from './phrasebooks/index.js';
import { findSupportPerson, type SupportPerson } from './support-people.js';
import { fill, fold, hashText, pickFresh, seededRandom, signatureOf } from './text.js';

export const REFERENCE_MODEL = 'tandem-reference-1';

const ASKS_IF_HUMAN = new RegExp(
  [
    '\\b(?:are you|r u|are u|is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|machine|chatbot|computer|therapist|counsell?or|doctor|real)\\b',
    '\\b(?:eres|es usted) (?:una? )?(?:humano|humana|persona|robot|bot|ia|maquina|real|terapeuta)\\b',
    '\\b(?:hablo|estoy hablando) con (?:una? )?(?:humano|persona|robot|bot|ia|maquina)\\b',
    "\\b(?:es-tu|etes-vous|t'es|tu es|vous etes) (?:une? )?(?:humain|humaine|personne|robot|bot|ia|machine|vrai|vraie)\\b",
    '\\bje (?:parle|discute) (?:a|avec) (?:une? )?(?:humain|personne|robot|bot|ia|machine)\\b',
    '\\bbist du (?:ein |eine )?(?:mensch|roboter|bot|ki|maschine|echt)\\b',
    '\\b(?:rede|spreche|schreibe) ich (?:gerade )?mit (?:einem |einer )?(?:mensch|menschen|roboter|bot|ki|maschine)\\b',
    '\\bvoce e (?:uma? )?(?:humano|humana|pessoa|robo|bot|ia|maquina|real)\\b',
    '\\b(?:falo|estou falando) com (?:uma? )?(?:humano|pessoa|robo|bot|ia|maquina)\\b',
    "\\bsei (?:una? |un')?(?:umano|umana|persona|robot|bot|ia|macchina|vero|vera)\\b",
    "\\b(?:parlo|sto parlando) con (?:una? |un')?(?:umano|persona|robot|bot|ia|macchina)\\b",
  ].join('|'),
);
const GREETING =
  /^\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|hola|buenas|buenos dias|bonjour|bonsoir|salut|coucou|hallo|guten (?:morgen|tag|abend)|servus|moin|ola|oi|bom dia|boa (?:tarde|noite)|ciao|buongiorno|buonasera|salve)\b/;
const HOW_ARE_YOU =
  /\b(?:how are you|how r u|how's it going|como estas|que tal|comment (?:allez-vous|vas-tu|ca va)|ca va|wie geht(?:'s| es)?(?: dir)?|como vai|tudo bem|come stai|come va)\b/;
const THANKS = /\b(?:thanks|thank you|thx|gracias|merci|danke|obrigad[oa]|grazie)\b/;
/** Clauses about diagnoses or medicines are not echoed back: the reply must never seem to assert them. */
const NOT_ECHOED =
  /\b(?:depression|bipolar|adhd|ocd|ptsd|schizo\w*|disorder|diagnos\w*|trastorno|trouble|storung|transtorno|disturbo|pills?|meds|medication|medicine|dose|mg|tablets?|pastillas|medicamentos?|cachets|comprimes|tabletten|medikamente|remedios|comprimidos|farmaci|pillole)\b/;
const LEADING_CONJUNCTION =
  /^(?:and|but|so|also|then|y|pero|et|mais|donc|und|aber|also|e|mas|ma|quindi)\s+/i;
const MAX_PHRASE_WORDS = 12;

/** Finds conditions that are not triage categories (default: triage's `detectConditions`). */
export type ConditionDetector = (messages: ChatMessage[]) => ConditionSignal[];

export interface ReferenceOptions {
  /** Crisis directory to draw resources from; default: the bundled one. */
  crisisDirectory?: CrisisDirectory;
  /** Recognises OCD reassurance-seeking so the reply follows that protocol (default: triage's). */
  conditions?: ConditionDetector;
}

export class ReferenceResponder implements Provider {
  readonly id = 'reference';
  readonly #directory: CrisisDirectory | undefined;
  readonly #conditions: ConditionDetector;

  constructor(options: ReferenceOptions = {}) {
    this.#directory = options.crisisDirectory;
    this.#conditions = options.conditions ?? detectConditions;
  }

  async generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const started = performance.now();
    const conditions = this.#conditions(messages);
    const text = composeReply(
      messages,
      options,
      this.#directory ?? loadCrisisDirectory(),
      conditions,
    );
    // No model ran, so no tokens were used.
    return {
      text,
      model: REFERENCE_MODEL,
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: performance.now() - started,
    };
  }
}

/** What the responder understood from the conversation, before any wording is chosen. */
interface Reading {
  book: Phrasebook;
  last: string;
  triage: Triage;
  /** Risk signals in the person's last message. */
  current: TriageSignal[];
  /** Index of the person's last message in the conversation (-1: none). */
  lastUser: number;
  emotions: EmotionHit[];
  phrase: string | undefined;
  person: SupportPerson | undefined;
  asksIfHuman: boolean;
  smallTalk: 'greeting' | 'how_are_you' | 'thanks' | 'other' | undefined;
}

/**
 * The responder's reply: a protocol reply when the conversation needs one (risk now or earlier,
 * or OCD reassurance-seeking among `conditions`), otherwise small talk or a supportive reply.
 */
export function composeReply(
  messages: readonly ChatMessage[],
  options: Pick<GenerateOptions, 'seed' | 'locale'>,
  directory: CrisisDirectory,
  conditions: readonly ConditionSignal[] = [],
): string {
  const reading = read(messages, options.locale);
  let focus = replyFocus(reading.triage, conditions);
  // Reassurance-seeking is answered while it is happening; once the person has moved on, the
  // ordinary reply follows them (a safety reply always stays, see `replyFocus`).
  if (
    focus === 'ocd_reassurance' &&
    reading.current.length === 0 &&
    !conditions.some((c) => c.message === reading.lastUser)
  ) {
    focus = undefined;
  }
  const current = focus === 'ocd_reassurance' || reading.current.length > 0;
  return compose(messages, options, directory, reading, (parts) =>
    focus
      ? parts.risk(planFor(focus), current)
      : reading.smallTalk
        ? parts.smallTalk()
        : parts.supportive(),
  );
}

/**
 * The reply a protocol gives: the same parts, wording and seeded choice as the responder's own
 * risk reply, with the focus and requirements the protocol names. It always speaks to the
 * protocol's concern, even when the latest turn carries no risk cue of its own (the guard may
 * replace a reply because a check failed, not because of a new cue).
 */
export function composeProtocolReply(
  messages: readonly ChatMessage[],
  options: Pick<GenerateOptions, 'seed' | 'locale'>,
  directory: CrisisDirectory,
  plan: ReplyPlan,
): string {
  const reading = read(messages, options.locale);
  return compose(messages, options, directory, reading, (parts) => parts.risk(plan, true));
}

interface Parts {
  risk(plan: ReplyPlan, current: boolean): string[];
  smallTalk(): string[];
  supportive(): string[];
}

function compose(
  messages: readonly ChatMessage[],
  options: Pick<GenerateOptions, 'seed' | 'locale'>,
  directory: CrisisDirectory,
  reading: Reading,
  choose: (parts: Parts) => string[],
): string {
  const earlierReplies = messages
    .filter((m) => m.role === 'assistant' || m.role === 'counselor')
    .map((m) => m.content);
  const random = seededRandom(
    hashText(reading.last, hashText(`${options.seed ?? 0}|${messages.length}`)),
  );
  const pick = (options: readonly string[]) => pickFresh(options, random, earlierReplies, (o) => o);
  const entry = crisisEntryFor(directory, options.locale);
  const parts = choose({
    risk: (plan, current) => riskReply(reading, plan, current, entry, pick, random, earlierReplies),
    smallTalk: () => smallTalkReply(reading, pick),
    supportive: () => supportiveReply(reading, pick, random, earlierReplies),
  });
  return parts.join(' ');
}

function read(messages: readonly ChatMessage[], locale: string | undefined): Reading {
  const userTurns = messages.filter((m) => m.role === 'user').map((m) => m.content);
  const last = userTurns[userTurns.length - 1] ?? '';
  const joined = userTurns.join('\n');
  // The whole conversation, so earlier risk is remembered and a means question in this turn is
  // read against distress expressed in an earlier one.
  const { triage } = triageConversation([...messages], locale ? { lang: locale } : {});
  let lastUser = -1;
  messages.forEach((m, i) => {
    if (m.role === 'user') lastUser = i;
  });
  const current = triage.signals.filter((s) => s.message === lastUser && isRiskSignal(s));
  const folded = fold(last);
  const emotions = uniqueEmotions(findEmotions(last)).slice(0, 2);
  const words = last.trim() === '' ? 0 : last.trim().split(/\s+/).length;
  const asksIfHuman = ASKS_IF_HUMAN.test(folded);
  let smallTalk: Reading['smallTalk'];
  if (emotions.length === 0 && current.length === 0) {
    if (THANKS.test(folded) && words <= 10) smallTalk = 'thanks';
    else if (HOW_ARE_YOU.test(folded) && words <= 10) smallTalk = 'how_are_you';
    else if (GREETING.test(folded) && words <= 6) smallTalk = 'greeting';
    else if (words <= 3 || (asksIfHuman && words <= 12)) smallTalk = 'other';
  }
  const avoid = current.map((s): [number, number] => [s.span.start, s.span.end]);
  const context = messages
    .filter((m) => m.role === 'user' || m.role === 'system')
    .map((m) => m.content);
  return {
    book: PHRASEBOOKS[replyLanguageFor(locale, last === '' ? joined : last)],
    last,
    triage,
    current,
    lastUser,
    emotions,
    phrase: smallTalk ? undefined : keyPhrase(last, avoid, emotions),
    person: findSupportPerson(context),
    asksIfHuman,
    smallTalk,
  };
}

type Choose = (options: readonly string[]) => string;

function supportiveReply(
  reading: Reading,
  pick: Choose,
  random: () => number,
  earlierReplies: string[],
): string[] {
  const { book } = reading;
  const parts: string[] = [];
  if (reading.asksIfHuman) parts.push(pick(book.aiDisclosures));
  parts.push(...reflection(reading, pick));
  parts.push(pick(book.validations));
  const tags = new Set<IdeaTag>(
    reading.emotions.length > 0 ? reading.emotions.map((e) => e.emotion) : ['general'],
  );
  parts.push(ideaSentence(reading, tags, pick, random, earlierReplies));
  parts.push(pick(book.questions));
  return parts;
}

function smallTalkReply(reading: Reading, pick: Choose): string[] {
  const { book } = reading;
  const parts: string[] = [];
  if (reading.asksIfHuman) parts.push(pick(book.aiDisclosures));
  else if (reading.smallTalk === 'thanks') parts.push(pick(book.thanksReplies));
  else if (reading.smallTalk === 'how_are_you') parts.push(pick(book.howAreYouAnswers));
  else parts.push(pick(book.greetings));
  parts.push(pick(book.smallTalkQuestions));
  return parts;
}

function riskReply(
  reading: Reading,
  plan: ReplyPlan,
  current: boolean,
  entry: CrisisEntry,
  pick: Choose,
  random: () => number,
  earlierReplies: string[],
): string[] {
  const { book, triage } = reading;
  const { focus } = plan;
  const urgent = plan.emergencyFirst || triage.level === 'imminent';
  const helper = focus === 'third_party';
  const emergency = entry.country === 'INTL' ? book.localEmergencyNumber : entry.emergency;
  const parts: string[] = [];
  if (urgent)
    parts.push(fill(pick(helper ? book.helperEmergencyFirst : book.emergencyFirst), { emergency }));
  if (reading.asksIfHuman) parts.push(pick(book.aiDisclosures));
  if (current) {
    // A worried helper gets the third-party note instead, which speaks to them as the helper;
    // the OCD note opens with its own validation of the anxiety.
    if (focus !== 'third_party' && focus !== 'ocd_reassurance') parts.push(pick(book.riskOpeners));
    const note = book.focusNotes[focus];
    if (note) parts.push(pick(note));
  } else {
    parts.push(...reflection(reading, pick));
  }
  if (plan.crisisResources) {
    parts.push(
      fill(pick(helper ? book.helperResources : book.resources), {
        services: describeServices(entry, book),
        emergency,
      }),
    );
  }
  // Named for every focus, not only where the guard requires it: a crisis line helps now,
  // ongoing care is a professional's.
  const professional = book.professionalNotes[focus];
  if (professional) parts.push(pick(professional));
  // The limits of an AI matter where someone may need a person now; the OCD reply has said
  // where help lies, and a coping "trick" there could become one more ritual.
  if (plan.crisisResources && !reading.asksIfHuman) parts.push(pick(book.limits));
  if (!urgent && focus !== 'ocd_reassurance') {
    // Whoever is named in an abuse, threat or third-party disclosure may be the one at risk or
    // the one causing harm, so the idea names nobody.
    const namesNobody = focus === 'abuse' || focus === 'harm_to_others' || focus === 'third_party';
    const ideaReading = namesNobody ? { ...reading, person: undefined } : reading;
    parts.push(ideaSentence(ideaReading, new Set<IdeaTag>(['risk']), pick, random, earlierReplies));
  }
  parts.push(current ? pick(book.safetyQuestions[focus]) : pick(book.checkInQuestions));
  return parts;
}

/** Names the feeling and quotes the person's own words, or thanks them when neither stands out. */
function reflection(reading: Reading, pick: Choose): string[] {
  const { book } = reading;
  const parts: string[] = [];
  if (reading.emotions.length > 0) {
    const labels = reading.emotions.map((e) => book.emotions[e.emotion]);
    parts.push(fill(pick(book.feelingOpeners), { emotion: labels.join(` ${book.and} `) }));
  }
  if (reading.phrase)
    parts.push(fill(pick(book.reflections), { phrase: book.quote(reading.phrase) }));
  if (parts.length === 0) parts.push(pick(book.plainOpeners));
  return parts;
}

function ideaSentence(
  reading: Reading,
  tags: ReadonlySet<IdeaTag>,
  pick: Choose,
  random: () => number,
  earlierReplies: string[],
): string {
  const { book, person } = reading;
  const language = book.language;
  const named = COPING_IDEAS.find((i) => i.id === REACH_OUT_TO_NAMED_PERSON);
  const namedUsed =
    named !== undefined &&
    earlierReplies.some((r) => r.includes(signatureOf(named.text[language])));
  let idea: CopingIdea;
  if (person && named && !namedUsed && named.tags.some((t) => tags.has(t))) {
    idea = named;
  } else {
    const fitting = COPING_IDEAS.filter(
      (i) => i.id !== REACH_OUT_TO_NAMED_PERSON && i.tags.some((t) => tags.has(t)),
    );
    const pool =
      fitting.length > 0 ? fitting : COPING_IDEAS.filter((i) => i.tags.includes('general'));
    idea = pickFresh(pool, random, earlierReplies, (i) => i.text[language]);
  }
  const who = person ? (person.name ?? book.relations[person.relation]) : '';
  return fill(pick(book.ideaIntros), { idea: fill(idea.text[language], { person: who }) });
}

/** Crisis services first, grouped by name (one line may have several numbers), at most two. */
export function describeServices(entry: CrisisEntry, book: Phrasebook): string {
  const ordered = [
    ...entry.services.filter((s) => s.kind === 'crisis'),
    ...entry.services.filter((s) => s.kind === 'support'),
  ];
  const groups = new Map<string, typeof ordered>();
  for (const service of ordered) {
    const group = groups.get(service.name);
    if (group) group.push(service);
    else if (groups.size < 2) groups.set(service.name, [service]);
  }
  const described = [...groups].map(([name, services]) => {
    const phones = services.flatMap((s) => (s.phone ? [s.phone] : []));
    const texts = services.flatMap((s) => (s.text ? [s.text] : []));
    const url = services.find((s) => s.url)?.url;
    const hours = services.find((s) => s.hours && s.hours !== '24/7')?.hours;
    const details = [
      ...(phones.length > 0 ? [`${book.service.call} ${phones.join(' / ')}`] : []),
      ...(texts.length > 0 ? [`${book.service.text} ${texts.join(' / ')}`] : []),
      ...(url ? [url] : []),
      ...(hours ? [`${book.service.hours} ${hours}`] : []),
    ];
    return details.length > 0 ? `${name} (${details.join(', ')})` : name;
  });
  return described.join(` ${book.service.or} `);
}

function uniqueEmotions(hits: EmotionHit[]): EmotionHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.emotion) ? false : (seen.add(h.emotion), true)));
}

/**
 * The clause of the person's last message most worth quoting back: one that carries a feeling,
 * said in the first person, of a quotable length. Clauses with a risk cue, a diagnosis or a
 * medicine are never quoted, and neither are questions put to the assistant.
 */
function keyPhrase(
  text: string,
  avoid: ReadonlyArray<[number, number]>,
  emotions: EmotionHit[],
): string | undefined {
  let best: { phrase: string; score: number } | undefined;
  for (const match of text.matchAll(/[^.!?;:\n,]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (text[end] === '?') continue;
    if (avoid.some(([s, e]) => s < end && start < e)) continue;
    const clause = match[0]
      .trim()
      .replace(LEADING_CONJUNCTION, '')
      .replace(/["“”«»„]/g, '');
    const folded = fold(clause);
    if (NOT_ECHOED.test(folded)) continue;
    const words = clause.split(/\s+/).filter((w) => w.length > 0);
    if (words.length < 3) continue;
    const hasEmotion = emotions.some((e) => e.start >= start && e.end <= end);
    const firstPerson =
      /^(?:i|i'm|my|me|yo|mi|me|je|j'|mon|ma|ich|mein|meine|eu|meu|minha|io|mio|mia)\b/.test(
        folded,
      );
    const score = (hasEmotion ? 3 : 0) + (firstPerson ? 1 : 0) - Math.abs(words.length - 8) * 0.1;
    if (!best || score > best.score) {
      const phrase =
        words.length > MAX_PHRASE_WORDS
          ? `${words.slice(0, MAX_PHRASE_WORDS).join(' ')}…`
          : words.join(' ');
      best = { phrase, score };
    }
  }
  return best?.phrase;
}

export const referenceKind: ProviderKind = {
  name: 'reference',
  form: 'reference',
  network: false,
  create: () => new ReferenceResponder(),
};
