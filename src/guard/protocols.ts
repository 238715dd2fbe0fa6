/**
 * Condition-specific safe-response protocols (DESIGN.md `Protocol`). Each says, for people and for
 * the machine, what a reply to that concern must do and must never do:
 *
 * - `must` / `never`: person-readable, for clinicians reviewing the deployment (docs/policy.md
 *   lists them all);
 * - `guidance`: the system message the guard adds to the upstream call under `guide`;
 * - `requires`: the elements the output checks demand (crisis resources, emergency first,
 *   professional support);
 * - `forbiddenChecks`: analyser checks (src/core/checks.ts) whose detection fails a reply;
 * - `protocolReply`: the protocol's own reply, written by the reference responder's phrasebooks in
 *   six languages — the same words the reference responder uses when it meets that risk, so the
 *   gateway and the embedded model never disagree about what a safe answer says.
 */
import {
  PROTOCOL_IDS,
  TandemError,
  type ChatMessage,
  type CheckName,
  type ConditionSignal,
  type ProtocolId,
  type RiskCategory,
  type Triage,
} from '../core/index.js';
import { loadCrisisDirectory, type CrisisDirectory } from '../nlp/crisis-directory.js';
import {
  FOCUS_REQUIREMENTS,
  replyFocus,
  type ReplyRequirements,
} from '../providers/reference/focus.js';
import type { RiskFocus } from '../providers/reference/phrasebook.js';
import { composeProtocolReply } from '../providers/reference/responder.js';

export interface Protocol {
  id: ProtocolId;
  title: string;
  /** Triage categories the protocol answers (OCD reassurance-seeking is a condition, not one). */
  categories: readonly RiskCategory[];
  must: readonly string[];
  never: readonly string[];
  /** System message for the upstream model: concise, concrete, written with care. */
  guidance: string;
  requires: Readonly<ReplyRequirements>;
  forbiddenChecks: readonly CheckName[];
}

/** The reference responder's focus for each protocol: its phrasebooks hold the wording. */
export const PROTOCOL_FOCUS: Readonly<Record<ProtocolId, RiskFocus>> = {
  suicide_crisis: 'suicide',
  self_harm: 'self_harm',
  psychosis: 'psychosis',
  mania: 'mania',
  ocd_reassurance: 'ocd_reassurance',
  eating_disorder: 'eating_disorder',
  abuse: 'abuse',
  harm_to_others: 'harm_to_others',
  third_party_helper: 'third_party',
  medical_emergency: 'medical_emergency',
};

const PROTOCOL_OF_FOCUS = Object.fromEntries(
  Object.entries(PROTOCOL_FOCUS).map(([id, focus]) => [focus, id as ProtocolId]),
) as Record<RiskFocus, ProtocolId>;

/** Harms no reply may contain under any protocol. */
const ALWAYS_FORBIDDEN = [
  'means_content',
  'unsafe_messaging',
  'claims_human',
  'dependency_fostering',
  'diagnosis',
  'medication_instruction',
  'stigma',
] as const satisfies readonly CheckName[];

const ALWAYS_NEVER = [
  'Give any information about methods, means, doses, lethality or locations.',
  'Claim to be human or a licensed clinician, or diagnose, or advise on medication.',
] as const;

/** How every guidance ends: the things an upstream model most often gets wrong. */
const COMMON_GUIDANCE =
  "Reply in the person's language, warmly and in plain words, as an AI that is honest about being one. Reflect what they said in your own words, ask one open question, and keep the reply short. Never give information about methods, means, doses or lethal places, never diagnose or advise on medication, never claim to be human or a clinician, and never suggest they only need you.";

/**
 * For `guide` decisions without a protocol (a category no protocol covers, such as substance use
 * on its own): safe, supportive defaults.
 */
export const GENERAL_GUIDANCE = `The person may be going through something difficult. Listen first: acknowledge how they feel before offering anything, and offer at most one small, concrete next step. If they mention wanting to die, hurting themselves or someone else, or being in danger, take it seriously, ask about their safety directly and calmly, and point them to a crisis line or emergency services. ${COMMON_GUIDANCE}`;

const DEFINITIONS: Record<ProtocolId, Omit<Protocol, 'id' | 'requires'>> = {
  suicide_crisis: {
    title: 'Suicidal thoughts or crisis',
    categories: ['suicide'],
    must: [
      'Take what the person says seriously and thank them for telling you.',
      'Ask directly and calmly whether they are thinking about ending their life and whether they are safe right now.',
      "Give crisis lines for the person's country, and the emergency number for immediate danger; emergency services first when danger may be immediate.",
      'Encourage them to reach a person they trust, or to stay with someone.',
      'Say honestly that you are an AI and cannot be with them in person.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Minimise or argue with their pain, or push forced positivity.',
      'Describe suicide as a solution, or use phrases like "commit suicide".',
      'Promise secrecy or suggest they only need the assistant.',
    ],
    guidance: `The person may be thinking about suicide. Stay with them: acknowledge their pain without judging or minimising it, and ask directly and calmly whether they are thinking about ending their life and whether they are safe right now. Give a crisis line for their country (or the emergency number if they may be in danger now) and encourage them to contact someone they trust or to stay near other people. Do not debate whether life is worth living, do not list reasons to live, and do not describe suicide as a way out. Say "end your life", never "commit suicide". ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'minimisation', 'toxic_positivity'],
  },
  self_harm: {
    title: 'Self-harm',
    categories: ['self_harm'],
    must: [
      'Respond without judgement or shock; self-harm is a way of coping with pain.',
      'Ask whether they are safe now and whether they have hurt themselves today.',
      'Suggest medical care for any injury, and give crisis lines.',
      'Offer one safer way to get through the urge right now.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Shame, lecture or threaten consequences.',
      'Give wound-care detail that could help hide self-harm, or compare methods.',
    ],
    guidance: `The person may be hurting themselves or feel the urge to. Respond without shock or judgement: the urge often comes when pain feels too big. Ask whether they are safe right now and whether they have hurt themselves today; if there is an injury, encourage medical care. Give a crisis line for their country, and offer one safer way to get through the next few minutes (holding ice, going somewhere with other people, calling someone). Never describe or compare ways of self-harm and never help hide it. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'minimisation', 'toxic_positivity'],
  },
  psychosis: {
    title: 'Psychosis or delusional beliefs',
    categories: ['psychosis'],
    must: [
      'Acknowledge how real and frightening the experience feels.',
      'Gently reality-orient without arguing: speak of what they feel, not of whether the belief is true.',
      'Encourage contact with a doctor, their care team or a crisis team, and someone they trust.',
      'Ask whether someone trusted can be with them.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Confirm or elaborate the belief (persecutors, implants, special messages).',
      'Help them escape, hide from, investigate or confront imagined persecutors.',
      'Argue, mock or call the belief crazy.',
    ],
    guidance: `The person may be describing beliefs or perceptions that others do not share (being watched, followed, controlled, receiving messages). Respond to the feeling, not to the content: acknowledge how real and frightening it is for them, without confirming the belief and without arguing about it. Do not add details to it, do not help them investigate, hide from, escape or confront anyone they believe is after them. Gently mention that stress and lack of sleep can make the mind very alert to threat, encourage them to talk to a doctor, their care team or a crisis team, and ask whether someone they trust can be with them. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'collusion'],
  },
  mania: {
    title: 'Mania or hypomania',
    categories: ['mania'],
    must: [
      'Notice sleep and energy kindly, without labelling.',
      'Encourage pausing big decisions (money, work, relationships) and talking with a doctor or someone they trust first.',
      'Encourage care: their doctor or care team, and crisis lines if things feel out of control.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Cheer on or help plan grand projects, spending, quitting or risky acts.',
      'Suggest ways to stay awake or keep the energy going.',
    ],
    guidance: `The person may be in a high-energy state: little sleep, racing thoughts, big plans or spending. Be warm and curious, and gently notice sleep and energy ("going days without sleep takes a toll, even when you feel great"). Do not cheer on, plan, budget or refine big projects, purchases, investments, quitting jobs or risky acts, and never suggest ways to stay awake. Suggest pausing big decisions for a few days and talking them over with their doctor, care team or someone they trust first. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'collusion'],
  },
  ocd_reassurance: {
    title: 'OCD reassurance-seeking and intrusive thoughts',
    categories: [],
    must: [
      'Validate the anxiety and how hard the doubt feels.',
      'Gently name the reassurance loop: reassurance brings brief relief and then the doubt returns.',
      'Encourage working with a therapist, for example on exposure and response prevention (ERP).',
      'Ask one open question.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Give the certainty the compulsion asks for ("you definitely locked it", "I promise nothing bad will happen", "you are not a bad person, I am sure").',
      'Help with the compulsion: checking, researching, confessing, repeating.',
      'Treat an unwanted intrusive thought as a sign of danger or of who the person is.',
      'Name a diagnosis.',
    ],
    guidance: `The person may be caught in a loop of seeking reassurance (asking again whether they locked the door, whether they are a bad person for having a thought, for a promise that nothing bad will happen), or frightened by unwanted intrusive thoughts. Do not give the reassurance or certainty they ask for and do not help with checking, researching or repeating: each answer brings brief relief and feeds the doubt. Instead, validate the anxiety warmly, gently name the loop without blaming them, and remind them that an unwanted thought is not a wish or a plan. Encourage working with a therapist, for example on exposure and response prevention (ERP). Do not name a diagnosis. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'compulsion_reassurance', 'collusion'],
  },
  eating_disorder: {
    title: 'Eating disorders',
    categories: ['eating_disorder'],
    must: [
      'Respond to the distress about food and body with care, not to the numbers.',
      'Encourage a doctor or an eating-disorder service.',
      'Give crisis lines when there is purging, severe restriction or risk.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Give calorie targets, diets, fasting, weight-loss or purging tips.',
      'Help hide eating, weight or purging from others.',
      'Comment on weight or shape, even as praise.',
    ],
    guidance: `The person may be struggling with eating, weight or body image. Respond to how they feel, not to numbers: never give calorie counts, targets, diets, fasting or weight-loss advice, never help hide eating, purging or weight from others, and do not comment on their weight or shape. Acknowledge that food worries can take over and deserve real care, and encourage them to talk to a doctor or an eating-disorder service; if they mention purging, fainting or not eating for days, say this needs medical attention soon. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'disordered_eating_help'],
  },
  abuse: {
    title: 'Abuse or violence against the person',
    categories: ['abuse'],
    must: [
      'Believe them and say it is not their fault.',
      'Ask whether they are safe where they are right now.',
      'Give confidential support lines and the emergency number.',
      'Respect their choices and pace; safety planning over ultimatums.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Blame them, doubt them, or suggest they provoked it.',
      'Tell them to confront the abuser, or push them to leave immediately when that may be dangerous.',
      'Suggest anything that could be discovered on a shared device without warning them.',
    ],
    guidance: `The person may be experiencing abuse or violence. Believe them, say clearly that it is not their fault, and ask whether they are safe where they are right now. Give confidential support lines for their country and the emergency number for immediate danger; mention that they can contact those services privately. Respect their pace and choices: do not tell them to confront the person or to leave at once (leaving can be the most dangerous time), and do not blame them. If they might be a child, encourage them to tell a trusted adult. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'minimisation'],
  },
  harm_to_others: {
    title: 'Thoughts of harming someone else',
    categories: ['harm_to_others'],
    must: [
      'Stay calm and non-judgemental; de-escalate.',
      'Ask whether anyone is in danger right now.',
      'Encourage distance from the person and from anything that could be used to hurt someone.',
      'Give crisis lines and the emergency number.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Help plan, justify or escalate harm, or discuss weapons.',
      'Provoke, shame or threaten the person.',
    ],
    guidance: `The person may be thinking about hurting someone. Stay calm and non-judgemental; acknowledge the anger or fear underneath without endorsing harm. Ask whether anyone is in danger right now. Encourage them to put distance between themselves and the other person and anything that could be used to hurt someone, and to use a crisis line or, if anyone is in immediate danger, emergency services. Never help plan, justify or escalate harm and never discuss weapons. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN],
  },
  third_party_helper: {
    title: 'Someone worried about another person',
    categories: ['third_party'],
    must: [
      'Acknowledge how much they care and how hard this is for them.',
      'Guide the helper: listen without judging, ask directly about suicide, stay with the person, help them contact services.',
      'Give crisis lines they can use for advice and the emergency number for immediate danger.',
      'Ask whether the other person is safe right now.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Diagnose the other person from a description.',
      'Advise the helper to promise secrecy or to handle a crisis alone.',
    ],
    guidance: `The person is worried about someone else. Acknowledge how much they care. Guide them as a helper: listen to the other person without judging, it is okay to ask directly whether they are thinking about suicide (asking does not put the idea in their head), stay with them or make sure someone is, and help them contact a crisis line; if they may be in danger now, call emergency services. Give crisis lines the helper can also call for advice. Do not diagnose the other person and never advise keeping it secret. Remind the helper to look after themselves too. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN, 'minimisation'],
  },
  medical_emergency: {
    title: 'Medical emergency (including overdose)',
    categories: ['medical_emergency'],
    must: [
      'Say first, before anything else, to call the emergency number now or ask someone nearby to call.',
      'Ask whether someone is with them.',
      'Give crisis lines after the emergency number.',
    ],
    never: [
      ...ALWAYS_NEVER,
      'Advise waiting to see, treating it at home, inducing vomiting or any antidote or dose.',
      'Put anything before the emergency number.',
    ],
    guidance: `This may be a medical emergency (for example an overdose or a serious injury). Your first sentence must tell the person to call their local emergency number now, or to ask someone nearby to call for them. Do not suggest waiting, home treatment, making themselves sick, or any substance or dose. Then ask whether someone is with them, stay supportive and brief, and give a crisis line. ${COMMON_GUIDANCE}`,
    forbiddenChecks: [...ALWAYS_FORBIDDEN],
  },
};

export const PROTOCOLS: Readonly<Record<ProtocolId, Protocol>> = Object.fromEntries(
  PROTOCOL_IDS.map((id) => [
    id,
    Object.freeze({ id, ...DEFINITIONS[id], requires: FOCUS_REQUIREMENTS[PROTOCOL_FOCUS[id]] }),
  ]),
) as Record<ProtocolId, Protocol>;

export function isProtocolId(value: string): value is ProtocolId {
  return (PROTOCOL_IDS as readonly string[]).includes(value);
}

/** Throws PROTOCOL_UNKNOWN for anything that is not one of `PROTOCOL_IDS`. */
export function getProtocol(id: ProtocolId): Protocol {
  const protocol = isProtocolId(id) ? PROTOCOLS[id] : undefined;
  if (protocol === undefined) {
    throw new TandemError(
      'PROTOCOL_UNKNOWN',
      `Unknown protocol ${JSON.stringify(id)}; expected one of ${PROTOCOL_IDS.join(', ')}.`,
      { details: { protocol: id } },
    );
  }
  return protocol;
}

/**
 * The protocol a conversation calls for, or undefined when it needs none. The choice is the
 * reference responder's (`replyFocus`): latest risk first, the person's own risk over a worry
 * about someone else, then a fixed precedence (medical emergency, harm to others, suicide,
 * third party, self-harm, abuse, psychosis, mania, eating disorder, OCD reassurance-seeking).
 */
export function protocolFor(
  triage: Triage,
  conditions: readonly ConditionSignal[],
): ProtocolId | undefined {
  const focus = replyFocus(triage, conditions);
  return focus === undefined ? undefined : PROTOCOL_OF_FOCUS[focus];
}

/**
 * The protocol's own reply to the conversation, in the conversation's language (the locale's, or
 * guessed from the person's words), with the locale's crisis resources when the protocol needs
 * them. Deterministic for a seed; other seeds vary the wording.
 */
export function protocolReply(
  id: ProtocolId,
  messages: ChatMessage[],
  opts: { locale?: string; seed?: number; directory?: CrisisDirectory } = {},
): string {
  const protocol = getProtocol(id);
  return composeProtocolReply(
    messages,
    { locale: opts.locale, seed: opts.seed },
    opts.directory ?? loadCrisisDirectory(),
    { focus: PROTOCOL_FOCUS[id], ...protocol.requires },
  );
}
