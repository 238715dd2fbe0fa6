/**
 * What a safety reply centres on, and what it must contain. The guard's protocols
 * (`src/guard/protocols.ts`) choose their protocol with `replyFocus` and write their replies
 * with the responder's `composeProtocolReply`, so the reference responder and the guard answer
 * a risk the same way: one choice, one wording.
 */
import type {
  ConditionSignal,
  RiskCategory,
  RiskLevel,
  Triage,
  TriageSignal,
} from '../../core/index.js';
import { INTRUSIVE_THOUGHT_REASON } from '../../triage/conditions.js';
import { RISK_FOCI, type RiskFocus } from './phrasebook.js';

/** What a protocol reply must contain besides its focus (the guard's `Protocol.requires`). */
export interface ReplyRequirements {
  /** Crisis lines from the directory (and the emergency number for immediate danger). */
  crisisResources: boolean;
  /** The first sentence sends the person to emergency services. */
  emergencyFirst: boolean;
  /**
   * The reply names clinical care: a doctor, therapist, care team or service
   * (`professional_referral` with `who: professional`). A crisis line does not count, nor a
   * friend alone.
   */
  professionalSupport: boolean;
}

export interface ReplyPlan extends ReplyRequirements {
  focus: RiskFocus;
}

/**
 * What each focus requires of any reply, the upstream model's included. Crisis resources go with
 * every risk except OCD reassurance-seeking, which is distressing but not a crisis: hotline numbers
 * there would be out of proportion. Clinical care is required where the care pathway is clinical
 * rather than a crisis line (psychosis, mania, OCD, eating disorders, thoughts of harming
 * others); for suicide, self-harm, abuse, a worried helper and a medical emergency the crisis line
 * and the emergency number are the pathway, and a crisis line must never be held back for want of
 * a GP sentence. These are the floor the guard checks; the reference responder's own replies name
 * a professional for every focus (`professionalNotes`).
 */
export const FOCUS_REQUIREMENTS: Readonly<Record<RiskFocus, ReplyRequirements>> = {
  medical_emergency: { crisisResources: true, emergencyFirst: true, professionalSupport: false },
  harm_to_others: { crisisResources: true, emergencyFirst: false, professionalSupport: true },
  suicide: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
  third_party: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
  self_harm: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
  abuse: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
  psychosis: { crisisResources: true, emergencyFirst: false, professionalSupport: true },
  mania: { crisisResources: true, emergencyFirst: false, professionalSupport: true },
  eating_disorder: { crisisResources: true, emergencyFirst: false, professionalSupport: true },
  ocd_reassurance: { crisisResources: false, emergencyFirst: false, professionalSupport: true },
};

const LEVEL_RANK: Record<RiskLevel, number> = {
  none: 0,
  low: 1,
  moderate: 2,
  high: 3,
  imminent: 4,
};

/**
 * Categories whose concern a reply names even at a low level (each has a focus note). Low
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

/**
 * Substance use has no focus of its own: alone it is a low level (a supportive reply), and next
 * to another risk that risk is what the reply must centre on. An overdose is `medical_emergency`.
 */
const FOCUS_OF_CATEGORY: Record<RiskCategory, RiskFocus | undefined> = {
  suicide: 'suicide',
  self_harm: 'self_harm',
  harm_to_others: 'harm_to_others',
  abuse: 'abuse',
  psychosis: 'psychosis',
  mania: 'mania',
  eating_disorder: 'eating_disorder',
  substance: undefined,
  medical_emergency: 'medical_emergency',
  third_party: 'third_party',
};

/** A signal that speaks of risk (not distress or a time on its own, not set aside). */
export function isRiskSignal(signal: TriageSignal): boolean {
  if (signal.scopedOut !== undefined || signal.source === 'model') return false;
  return signal.category !== 'suicide' || (signal.cssrs ?? 0) >= 1;
}

/** A safety reply: any suicidal wish, a moderate or higher level, or a named concern. */
export function needsSafetyReply(triage: Triage): boolean {
  return (
    triage.cssrs >= 1 ||
    LEVEL_RANK[triage.level] >= LEVEL_RANK.moderate ||
    triage.categories.some((c) => NAMED_CONCERNS.has(c))
  );
}

/**
 * What a safety reply centres on, or undefined when the conversation needs none.
 *
 * The latest message with risk cues decides (what the person says now outranks what they said
 * before); a person speaking for themselves outranks their worry about someone else; among their
 * own concerns, `RISK_FOCI` order decides. OCD reassurance-seeking is the focus when nothing
 * else needs a safety reply; when no risk cue a person could point at backs the triage (only the
 * model's guess, no rule fired) and nothing is above moderate; and when the only risk is a
 * thought of harming someone that the person describes as an unwanted intrusive thought, with no
 * suicidal thought and nothing above a moderate level: answering harm-OCD as a threat frightens
 * and shames the person, while the OCD protocol still never reassures and still sends them to a
 * professional. Any intent or plan raises the triage level above moderate and the harm protocol
 * applies again; the policy's action and escalation still follow the triage either way.
 */
export function replyFocus(
  triage: Triage,
  conditions: readonly ConditionSignal[],
): RiskFocus | undefined {
  const ocd = conditions.some((c) => c.condition === 'ocd_reassurance');
  if (!needsSafetyReply(triage)) return ocd ? 'ocd_reassurance' : undefined;
  const risk = triage.signals.filter(isRiskSignal);
  const intrusive = conditions.some(
    (c) => c.condition === 'ocd_reassurance' && c.reason.startsWith(INTRUSIVE_THOUGHT_REASON),
  );
  if (
    ocd &&
    triage.cssrs === 0 &&
    LEVEL_RANK[triage.level] <= LEVEL_RANK.moderate &&
    (risk.length === 0 || (intrusive && risk.every((s) => s.category === 'harm_to_others')))
  ) {
    return 'ocd_reassurance';
  }
  const latest = Math.max(...risk.map((s) => s.message));
  const current = risk.filter((s) => s.message === latest).map((s) => s.category);
  return focusOf(current.length > 0 ? current : triage.categories);
}

/**
 * Risk with no category at all is answered as a possible crisis (the general crisis reply);
 * substance use alone has no focus (see `FOCUS_OF_CATEGORY`).
 */
function focusOf(categories: readonly RiskCategory[]): RiskFocus | undefined {
  if (categories.length === 0) return 'suicide';
  const foci = new Set<RiskFocus>();
  for (const category of categories) {
    const focus = FOCUS_OF_CATEGORY[category];
    if (focus) foci.add(focus);
  }
  if (foci.size > 1) foci.delete('third_party');
  return RISK_FOCI.find((f) => foci.has(f));
}

export function planFor(focus: RiskFocus): ReplyPlan {
  return { focus, ...FOCUS_REQUIREMENTS[focus] };
}
