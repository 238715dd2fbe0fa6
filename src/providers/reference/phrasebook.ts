/**
 * What the reference responder can say, per reply language. Each language's phrasebook is
 * written natively (not translated word for word) in `phrasebooks/<lang>.ts`. Templates use
 * `{emotion}`, `{phrase}`, `{idea}`, `{services}` and `{emergency}` placeholders.
 *
 * Rules every phrasebook follows: no diagnosis, no medication advice, never claims to be human,
 * no method or means, no "only I understand you"; "ending your life", never "commit suicide".
 * Each reply asks exactly one question, so only `questions`, `smallTalkQuestions`,
 * `safetyQuestions` and `checkInQuestions` end in a question mark.
 */
import type { EmotionId } from './emotions.js';
import type { ReplyLanguage } from './languages.js';
import type { RelationId } from './support-people.js';

/**
 * What a risk reply centres on, from the risk cues that fired (and, for `ocd_reassurance`, from
 * the guard's condition signals). The order breaks ties: earlier foci outrank later ones.
 */
export const RISK_FOCI = [
  'medical_emergency',
  'harm_to_others',
  'suicide',
  'third_party',
  'self_harm',
  'abuse',
  'psychosis',
  'mania',
  'eating_disorder',
  'ocd_reassurance',
] as const;
export type RiskFocus = (typeof RISK_FOCI)[number];

export interface Phrasebook {
  language: ReplyLanguage;
  /** Puts the person's own words in this language's quotation marks. */
  quote(text: string): string;
  /** Joins two emotion labels ("sad and exhausted"). */
  and: string;
  /** How to name each emotion inside `feelingOpeners`. */
  emotions: Record<EmotionId, string>;
  /** "your sister", "tu hermana"... for someone the person named. */
  relations: Record<RelationId, string>;

  /** Reflect the feeling: `{emotion}`. */
  feelingOpeners: readonly string[];
  /** Reflect their own words: `{phrase}`. */
  reflections: readonly string[];
  /** When neither a feeling nor a clear phrase stands out. */
  plainOpeners: readonly string[];
  validations: readonly string[];
  /** Introduce a coping idea: `{idea}`. */
  ideaIntros: readonly string[];
  /** Open questions that invite the person to say more. */
  questions: readonly string[];

  greetings: readonly string[];
  smallTalkQuestions: readonly string[];
  /** Answers "how are you?" honestly, as an AI. */
  howAreYouAnswers: readonly string[];
  thanksReplies: readonly string[];
  /** Answers "am I talking to a human?". */
  aiDisclosures: readonly string[];

  riskOpeners: readonly string[];
  /** What a risk reply says about this kind of risk, beyond the common parts. */
  focusNotes: Partial<Record<RiskFocus, readonly string[]>>;
  /**
   * Encouragement towards professional support specific to a focus: a doctor, a therapist or a
   * counsellor beside the crisis lines (a line helps now; ongoing care is a professional's), or a
   * therapist for ERP where a reply carries no crisis resources.
   */
  professionalNotes: Partial<Record<RiskFocus, readonly string[]>>;
  /** The one question of a risk reply, asked directly and calmly. */
  safetyQuestions: Record<RiskFocus, readonly string[]>;
  /** The question when risk came up earlier and this turn is calmer. */
  checkInQuestions: readonly string[];
  /** First sentence when there may be danger right now: `{emergency}`. */
  emergencyFirst: readonly string[];
  /** `{services}` and `{emergency}`. */
  resources: readonly string[];
  /** First sentence when someone else may be in danger right now: `{emergency}`. */
  helperEmergencyFirst: readonly string[];
  /** Resources for a worried helper, framed for the other person: `{services}`, `{emergency}`. */
  helperResources: readonly string[];
  /** Being an AI and what that means for someone at risk. */
  limits: readonly string[];
  /** Labels for formatting a crisis service. */
  service: { call: string; text: string; hours: string; or: string };
  /** Stands in for the emergency number when the directory only knows the international entry. */
  localEmergencyNumber: string;
}
