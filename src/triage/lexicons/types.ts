/**
 * What a triage rule is, as lexicon authors write it. Patterns use the phrase-pattern syntax of
 * `src/nlp/phrase-patterns.ts` and are matched against folded text (no case, accents or
 * apostrophes: write "dont", "im", "nao", "fruher").
 *
 * Kinds carry the clinical meaning (C-SSRS levels for suicide) and defaults; a rule may override
 * cssrs and weight. Wording rules for patterns (see bench/triage/LABELLING.md): name a means class
 * as a person in crisis might ("pills", "bridge", "rope"), never amounts or instructions.
 */
import type { Cssrs, RiskCategory, Scope } from '../../core/index.js';
import type { Lookalike, ScopeLanguage } from '../../nlp/scope.js';

export const RULE_KINDS = [
  // suicide, by C-SSRS screener level
  'passive_wish', // 1 wish to be dead, not wake up, disappear
  'active_ideation', // 2 non-specific thoughts of killing oneself
  'coded', // 2 slang and coded words for suicide (kms, unalive, ctb)
  'method', // 3 ideation with a method in mind
  'means_seeking', // 3 means/location questions, only after distress
  'lethality_seeking', // 3 asking what is lethal or how to die
  'intent', // 4 some intent to act
  'plan', // 5 plan and intent ("decided", "I have a plan")
  'preparation', // 6 preparatory acts (goodbye letters, giving things away, acquiring means)
  'attempt', // 6 an attempt (recent unless scoped to the past)
  'attempt_now', // 6 an attempt in progress
  'timeline', // a time for acting: turns intent into a plan, a plan into an imminent one
  'distress', // context: hopelessness, loss, burden; makes means questions count
  // other categories
  'self_harm', // non-suicidal self-injury: urges or acts
  'self_harm_medical', // self-injury with medical danger (deep wound, stitches)
  'harm_thoughts', // thoughts of hurting someone, no intent
  'harm_intent', // intent or a threat to hurt someone
  'abuse', // the writer is abused, hurt, coerced or controlled
  'abuse_now', // abuse happening right now
  'psychosis', // hallucinations, delusions, paranoia
  'command_hallucination', // voices telling the writer to hurt or kill
  'psychosis_risk', // psychosis with risky behaviour
  'mania_sleep', // no sleep / no need for sleep
  'mania_sign', // grandiosity, racing thoughts, pressured energy
  'mania_risk', // risky spending, plans, driving
  'eating_disorder', // restriction, preoccupation, binges
  'eating_disorder_severe', // purging or severe restriction
  'substance', // harmful use, withdrawal, binges
  'overdose', // an overdose or poisoning now (medical emergency)
  'medical', // a medical emergency now (not breathing, bleeding that won't stop)
  'third_party_worry', // worried about someone else
  'third_party_warning', // someone else shows warning signs (talk of death, self-harm)
  'third_party_plan', // someone else shows a plan or preparation, or attempted recently
  'third_party_now', // someone else's attempt or overdose is happening now
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface KindInfo {
  category: RiskCategory;
  cssrs?: Cssrs;
  weight: number;
  /** Scopes that set such a cue aside. */
  scopes: readonly Scope[];
  needs?: 'distress' | 'suicide';
}

const ALL: readonly Scope[] = [
  'negated',
  'hypothetical',
  'quoted',
  'past',
  'third_party',
  'figurative',
  'everyday',
];
const NOT_PAST: readonly Scope[] = [
  'negated',
  'hypothetical',
  'quoted',
  'third_party',
  'figurative',
  'everyday',
];
const ABOUT_OTHERS: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'figurative'];

export const KINDS: Record<RuleKind, KindInfo> = {
  passive_wish: { category: 'suicide', cssrs: 1, weight: 0.8, scopes: ALL },
  active_ideation: { category: 'suicide', cssrs: 2, weight: 0.9, scopes: ALL },
  coded: { category: 'suicide', cssrs: 2, weight: 0.8, scopes: ALL },
  method: { category: 'suicide', cssrs: 3, weight: 0.9, scopes: ALL },
  means_seeking: { category: 'suicide', cssrs: 3, weight: 0.7, scopes: ALL, needs: 'distress' },
  lethality_seeking: { category: 'suicide', cssrs: 3, weight: 0.85, scopes: ALL },
  intent: { category: 'suicide', cssrs: 4, weight: 0.9, scopes: ALL },
  plan: { category: 'suicide', cssrs: 5, weight: 0.9, scopes: ALL },
  preparation: { category: 'suicide', cssrs: 6, weight: 0.9, scopes: ALL },
  attempt: { category: 'suicide', cssrs: 6, weight: 0.9, scopes: ALL },
  attempt_now: { category: 'suicide', cssrs: 6, weight: 0.95, scopes: ALL },
  timeline: { category: 'suicide', weight: 0.5, scopes: ['negated', 'hypothetical', 'quoted'] },
  distress: {
    category: 'suicide',
    cssrs: 0,
    weight: 0.3,
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'third_party', 'figurative'],
  },
  self_harm: { category: 'self_harm', weight: 0.85, scopes: ALL },
  self_harm_medical: { category: 'self_harm', weight: 0.9, scopes: ALL },
  harm_thoughts: { category: 'harm_to_others', weight: 0.7, scopes: ALL },
  harm_intent: { category: 'harm_to_others', weight: 0.85, scopes: ALL },
  // Past abuse still counts ("not happening right now" is moderate, not none).
  abuse: { category: 'abuse', weight: 0.85, scopes: NOT_PAST },
  abuse_now: { category: 'abuse', weight: 0.9, scopes: NOT_PAST },
  psychosis: { category: 'psychosis', weight: 0.75, scopes: ALL },
  command_hallucination: { category: 'psychosis', weight: 0.9, scopes: ALL },
  psychosis_risk: { category: 'psychosis', weight: 0.7, scopes: ALL },
  mania_sleep: { category: 'mania', weight: 0.5, scopes: ALL },
  mania_sign: { category: 'mania', weight: 0.5, scopes: ALL },
  mania_risk: { category: 'mania', weight: 0.6, scopes: ALL },
  eating_disorder: { category: 'eating_disorder', weight: 0.7, scopes: ALL },
  eating_disorder_severe: { category: 'eating_disorder', weight: 0.85, scopes: ALL },
  substance: { category: 'substance', weight: 0.7, scopes: ALL },
  overdose: { category: 'medical_emergency', weight: 0.95, scopes: ALL },
  medical: { category: 'medical_emergency', weight: 0.85, scopes: ALL },
  third_party_worry: { category: 'third_party', weight: 0.6, scopes: ABOUT_OTHERS },
  third_party_warning: { category: 'third_party', weight: 0.8, scopes: ABOUT_OTHERS },
  third_party_plan: { category: 'third_party', weight: 0.85, scopes: ABOUT_OTHERS },
  third_party_now: { category: 'third_party', weight: 0.95, scopes: ABOUT_OTHERS },
};

export interface RuleSpec {
  /** Unique within the language, `<group>.<name>`: `passive.want_to_die`. */
  id: string;
  kind: RuleKind;
  patterns: readonly string[];
  /** Person-readable, short: "wish to be dead", "plan with a time". */
  reason: string;
  cssrs?: Cssrs;
  weight?: number;
  /**
   * `self`: the words name the writer ("kill myself", "matarme"), so who the clause is about
   * need not be asked. `any` (default for English, decided from the words): it may be about
   * someone else ("suicidal", "wants to die") and the subject is checked.
   */
  who?: 'self' | 'any';
  /** Counts only when the conversation shows distress (or suicidal talk) before or with it. */
  needs?: 'distress' | 'suicide';
  /** Everyday frames that make it harmless ("rope" + "climbing"). */
  lookalikes?: readonly Lookalike[];
  /** For timelines: a near time (tonight, now, this weekend). */
  near?: boolean;
  /**
   * For timelines: a moment that says an act against someone is under way or about to be ("he's
   * holding me now", "as soon as he comes out"). It makes harm to others and abuse near, never a
   * suicide plan: "now" beside a feeling is not a time to act. `beside`: a bare word that must
   * stand with the act, in its clause; `sentence`: a clause of its own ("as soon as he comes
   * out"), anywhere in the act's sentence.
   */
  actsOnly?: 'beside' | 'sentence';
  /**
   * A feeling or thought, not an act: a time next to it ("suicidal tonight") describes when it is
   * felt, so it does not make a plan.
   */
  timeless?: boolean;
  /**
   * An act's effect on the body now ("getting really sleepy", "je sens plus mes mains"): once
   * the cue counts as an attempt in progress, the body reacting is a medical emergency too.
   */
  bodily?: boolean;
  /**
   * Half of a sign (an act said done, the body reacting), read only beside the other half or
   * suicidal talk: set aside, it says nothing about the message, so it does not stop the model
   * reading it (a party drug and a racing heart are still the model's to read).
   */
  halfSign?: boolean;
  /** Replaces the kind's scopes. */
  scopes?: readonly Scope[];
}

export interface Lexicon {
  lang: ScopeLanguage;
  rules: readonly RuleSpec[];
}

/** Joins alternatives written one per array item into a pattern group: `(a|b|c)`. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(${alternatives.join('|')})`;
}
