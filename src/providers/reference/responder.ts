/**
 * The reference responder: an embedded, deterministic, supportive replier so that Tandem works
 * with no model at all (quick starts, CI, the gateway's default upstream, benchmarks).
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
  GenerateOptions,
  Generation,
  Provider,
  RiskCategory,
  RiskLevel,
  Triage,
  TriageSignal,
} from '../../core/index.js';
import {
  crisisEntryFor,
  loadCrisisDirectory,
  type CrisisDirectory,
  type CrisisEntry,
} from '../../nlp/crisis-directory.js';
import { triageConversation } from '../../triage/index.js';
import { abortedFailure } from '../failures.js';
import type { ProviderKind } from '../provider-kind.js';
import {
  COPING_IDEAS,
  REACH_OUT_TO_NAMED_PERSON,
  type CopingIdea,
  type IdeaTag,
} from './coping-ideas.js';
import { findEmotions, type EmotionHit } from './emotions.js';
import { replyLanguageFor } from './languages.js';
import { RISK_FOCI, type Phrasebook, type RiskFocus } from './phrasebook.js';
import { PHRASEBOOKS } from './phrasebooks/index.js';
import { findSupportPerson, type SupportPerson } from './support-people.js';
import { fill, fold, hashText, pickFresh, seededRandom, signatureOf } from './text.js';

export const REFERENCE_MODEL = 'tandem-reference-1';

const LEVEL_RANK: Record<RiskLevel, number> = {
  none: 0,
  low: 1,
  moderate: 2,
  high: 3,
  imminent: 4,
};

/**
 * Categories whose concern the reply names even at a low level (each has a focus note). Low
 * substance use and mild worry about someone else get a supportive reply instead.
 */
const NAMED_CONCERNS: ReadonlySet<RiskCategory> = new Set([
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'psychosis',
  'mania',
  'eating_disorder',
  'medical_emergency',
]);

const FOCUS_OF_CATEGORY: Record<RiskCategory, RiskFocus> = {
  suicide: 'suicide',
  self_harm: 'self_harm',
  harm_to_others: 'harm_to_others',
  abuse: 'abuse',
  psychosis: 'psychosis',
  mania: 'mania',
  eating_disorder: 'eating_disorder',
  substance: 'medical_emergency',
  medical_emergency: 'medical_emergency',
  third_party: 'third_party',
};

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

export interface ReferenceOptions {
  /** Crisis directory to draw resources from; default: the bundled one. */
  crisisDirectory?: CrisisDirectory;
}

export class ReferenceResponder implements Provider {
  readonly id = 'reference';
  readonly #directory: CrisisDirectory | undefined;

  constructor(options: ReferenceOptions = {}) {
    this.#directory = options.crisisDirectory;
  }

  async generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const started = performance.now();
    const text = composeReply(messages, options, this.#directory ?? loadCrisisDirectory());
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
  /** The reply is a safety reply (risk now or earlier in the conversation). */
  risk: boolean;
  emotions: EmotionHit[];
  phrase: string | undefined;
  person: SupportPerson | undefined;
  asksIfHuman: boolean;
  smallTalk: 'greeting' | 'how_are_you' | 'thanks' | 'other' | undefined;
}

export function composeReply(
  messages: readonly ChatMessage[],
  options: Pick<GenerateOptions, 'seed' | 'locale'>,
  directory: CrisisDirectory,
): string {
  const reading = read(messages, options.locale);
  const earlierReplies = messages
    .filter((m) => m.role === 'assistant' || m.role === 'counselor')
    .map((m) => m.content);
  const random = seededRandom(
    hashText(reading.last, hashText(`${options.seed ?? 0}|${messages.length}`)),
  );
  const pick = (options: readonly string[]) => pickFresh(options, random, earlierReplies, (o) => o);
  const entry = crisisEntryFor(directory, options.locale);

  const parts = reading.risk
    ? riskReply(reading, entry, pick, random, earlierReplies)
    : reading.smallTalk
      ? smallTalkReply(reading, pick)
      : supportiveReply(reading, pick, random, earlierReplies);
  return parts.join(' ');
}

/** A signal that speaks of risk (not distress or a time on its own, not set aside). */
function isRisk(signal: TriageSignal): boolean {
  if (signal.scopedOut !== undefined || signal.source === 'model') return false;
  return signal.category !== 'suicide' || (signal.cssrs ?? 0) >= 1;
}

/** A safety reply: any suicidal wish, a moderate or higher level, or a named concern. */
function needsSafetyReply(triage: Triage): boolean {
  return (
    triage.cssrs >= 1 ||
    LEVEL_RANK[triage.level] >= LEVEL_RANK.moderate ||
    triage.categories.some((c) => NAMED_CONCERNS.has(c))
  );
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
  const current = triage.signals.filter((s) => s.message === lastUser && isRisk(s));
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
    risk: needsSafetyReply(triage),
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
  entry: CrisisEntry,
  pick: Choose,
  random: () => number,
  earlierReplies: string[],
): string[] {
  const { book, triage } = reading;
  const current = reading.current.length > 0;
  const focus = focusOf(current ? reading.current.map((s) => s.category) : triage.categories);
  const urgent = triage.level === 'imminent' || triage.categories.includes('medical_emergency');
  const helper = focus === 'third_party';
  const emergency = entry.country === 'INTL' ? book.localEmergencyNumber : entry.emergency;
  const parts: string[] = [];
  if (urgent)
    parts.push(fill(pick(helper ? book.helperEmergencyFirst : book.emergencyFirst), { emergency }));
  if (reading.asksIfHuman) parts.push(pick(book.aiDisclosures));
  if (current) {
    // A worried helper gets the third-party note instead, which speaks to them as the helper.
    if (focus !== 'third_party') parts.push(pick(book.riskOpeners));
    const note = book.focusNotes[focus];
    if (note) parts.push(pick(note));
  } else {
    parts.push(...reflection(reading, pick));
  }
  parts.push(
    fill(pick(helper ? book.helperResources : book.resources), {
      services: describeServices(entry, book),
      emergency,
    }),
  );
  if (!reading.asksIfHuman) parts.push(pick(book.limits));
  if (!urgent) {
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

/**
 * What the reply centres on. A person speaking for themselves outranks their worry about someone
 * else; among their own concerns, the phrasebook's order decides.
 */
function focusOf(categories: readonly RiskCategory[]): RiskFocus {
  const foci = new Set(categories.map((c) => FOCUS_OF_CATEGORY[c]));
  if (foci.size > 1) foci.delete('third_party');
  return RISK_FOCI.find((f) => foci.has(f)) ?? 'suicide';
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
