import type { RiskCategory, RiskLevel, Span } from './domain.js';

/** C-SSRS screener severity of the person's *current* suicidal state, 0–6 (see DESIGN.md). */
export type Cssrs = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Why a matched cue did not count: it was negated, in the past, hypothetical, quoted, about a third
 * party, figurative, or an everyday use of a risky word.
 */
export const SCOPES = [
  'negated',
  'past',
  'hypothetical',
  'quoted',
  'third_party',
  'figurative',
  'everyday',
  'clarified',
] as const;
export type Scope = (typeof SCOPES)[number];

/** One piece of evidence the triage used (or set aside), with where it is in the conversation. */
export interface TriageSignal {
  /** `rule:<lexicon>.<entry id>`, `model:<feature>` or `context:<rule>`. */
  id: string;
  source: 'rule' | 'model' | 'context';
  category: RiskCategory;
  /** The C-SSRS level this signal supports, for suicide signals. */
  cssrs?: Cssrs;
  /** Index of the message in the conversation (0 for a single text). */
  message: number;
  span: Span;
  /** Contribution to the decision (rule weight or model feature weight × value). */
  weight: number;
  /** Set when the cue was found but scoped out; such signals do not raise the level. */
  scopedOut?: Scope;
  /** A person-readable reason, e.g. "plan with a time (tonight)". */
  reason: string;
}

export interface Triage {
  level: RiskLevel;
  cssrs: Cssrs;
  categories: RiskCategory[];
  signals: TriageSignal[];
  /** Calibrated probability that the level is right (0–1). */
  confidence: number;
}
