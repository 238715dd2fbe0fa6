/**
 * The amend half of repair: keep the upstream reply and add what the protocol requires and the
 * reply lacks — emergency services first, at the very start; crisis resources for the person's
 * country at the end, then a nudge towards professional support. Harm cannot be fixed by adding
 * text, so any critical or major harm failure means no amendment (the pipeline replaces the reply
 * with the protocol's).
 *
 * The added sentences are the reference responder's own (its phrasebooks and `describeServices`),
 * in the reply's language when it is one of the six the phrasebooks write, else the
 * conversation's. The upstream text is kept byte for byte, so a stream that already showed part
 * of it can continue with the addition.
 *
 * `amendReply` (output-checks.ts) decides whether to amend and verifies the result; this module
 * only writes it.
 */
import { identifyLanguage } from '../analyzers/index.js';
import { crisisEntryFor, loadCrisisDirectory } from '../nlp/crisis-directory.js';
import {
  isReplyLanguage,
  replyLanguageFor,
  type ReplyLanguage,
} from '../providers/reference/languages.js';
import { PHRASEBOOKS } from '../providers/reference/phrasebooks/index.js';
import { describeServices } from '../providers/reference/responder.js';
import { fill, hashText } from '../providers/reference/text.js';
import type { MissingCheckName, OutputCheckContext } from './output-checks.js';
import { PROTOCOL_FOCUS } from './protocols.js';

/** What an amendment added, in the order of the reply. */
export type Addition = 'emergency_first' | 'crisis_resources' | 'professional_support';

export interface Amendment {
  reply: string;
  /** What was added (never the text itself, so it can go into the audit log). */
  added: Addition[];
}

/**
 * A sentence that points towards professional support, per reply language, for when the
 * phrasebook has no professional note for the protocol's focus (its notes come first: "a
 * therapist can help with exactly this kind of doubt…"). Each is recognised by the
 * `professional_referral` analyser (tested).
 */
const PROFESSIONAL_SUPPORT: Record<ReplyLanguage, string> = {
  en: 'It could really help to talk this through with a doctor or another professional you trust.',
  es: 'Podría ayudarte mucho hablar de esto con un médico u otro profesional de confianza.',
  fr: "Cela pourrait vraiment vous aider d'en parler avec un médecin ou un autre professionnel de confiance.",
  de: 'Professionelle Unterstützung, etwa von deiner Hausärztin oder deinem Hausarzt, kann dir dabei wirklich helfen.',
  pt: 'Pode ajudar muito conversar sobre isso com um médico ou outro profissional de confiança.',
  it: 'Potrebbe aiutarti molto parlarne con un medico o con un altro professionista di cui ti fidi.',
};

/**
 * The reply with the missing elements added: emergency services first, at the start; crisis
 * resources, then professional support, at the end. Checking that the result passes is the
 * caller's job (`amendReply` in output-checks.ts).
 */
export function composeAmendment(
  ctx: Pick<OutputCheckContext, 'reply' | 'messages' | 'locale' | 'protocol' | 'directory'>,
  missing: ReadonlySet<MissingCheckName>,
): Amendment {
  const book = PHRASEBOOKS[amendmentLanguage(ctx)];
  const directory = ctx.directory ?? loadCrisisDirectory();
  const entry = crisisEntryFor(directory, ctx.locale);
  const emergency = entry.country === 'INTL' ? book.localEmergencyNumber : entry.emergency;
  const helper = ctx.protocol === 'third_party_helper';
  const choose = chooser(ctx.reply);

  const added: Addition[] = [];
  let before = '';
  if (missing.has('emergency_first_missing')) {
    before = fill(choose(helper ? book.helperEmergencyFirst : book.emergencyFirst), {
      emergency,
    });
    added.push('emergency_first');
  }
  const after: string[] = [];
  if (missing.has('crisis_resources_missing')) {
    after.push(
      fill(choose(helper ? book.helperResources : book.resources), {
        services: describeServices(entry, book),
        emergency,
      }),
    );
    added.push('crisis_resources');
  }
  if (missing.has('professional_support_missing')) {
    const notes = ctx.protocol ? book.professionalNotes[PROTOCOL_FOCUS[ctx.protocol]] : undefined;
    after.push(notes && notes.length > 0 ? choose(notes) : PROFESSIONAL_SUPPORT[book.language]);
    added.push('professional_support');
  }
  return { reply: join(before, ctx.reply, after.join(' ')), added };
}

/** The language the amendment is written in: the reply's, else the conversation's. */
export function amendmentLanguage(
  ctx: Pick<OutputCheckContext, 'reply' | 'messages' | 'locale'>,
): ReplyLanguage {
  const guess = identifyLanguage(ctx.reply);
  if (guess.language !== 'und' && isReplyLanguage(guess.language)) return guess.language;
  const lastUser = [...ctx.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return replyLanguageFor(ctx.locale, lastUser);
}

/** Varies the wording by reply, deterministically (the same reply is always amended the same way). */
function chooser(reply: string): (options: readonly string[]) => string {
  const h = hashText(reply);
  return (options) => options[h % options.length] ?? options[0] ?? '';
}

/**
 * Joins the additions to the reply as paragraphs of their own when the reply has paragraphs,
 * else as sentences; the reply itself is not touched.
 */
function join(before: string, reply: string, after: string): string {
  const paragraphs = reply.includes('\n') || !/[.!?…:)"'»”]\s*$/u.test(reply);
  const separator = paragraphs ? '\n\n' : ' ';
  let out = reply;
  if (before !== '') out = `${before}${/^\s/u.test(reply) ? '' : separator}${out}`;
  if (after !== '') out = `${out}${/\s$/u.test(reply) ? '' : separator}${after}`;
  return out;
}
