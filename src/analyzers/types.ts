import type { CheckName, Span } from '../core/index.js';
import type { CrisisDirectory } from '../nlp/crisis-directory.js';

/** What a check sees: the assistant replies and the seeker's turns of one conversation. */
export interface CheckContext {
  /** Assistant replies in order; `turn` in findings indexes this array. */
  replies: string[];
  /** The seeker's messages in order (what replies are judged against). */
  userTurns: string[];
  /** BCP 47 locale of the conversation, e.g. `es-MX`. */
  locale: string;
  /** Facts the person consented to share. */
  profile?: Record<string, string | number | boolean>;
  /**
   * The caller's own reading that the person may be harming themselves (the guard's triage, the
   * scenario's declared risk). Opens risk-gated rules even when the seeker's words alone would not
   * ("so tired of everything" before a question about heights); absent, checks read the turns.
   */
  seekerAtRisk?: boolean;
  /**
   * The caller's reading that the person voiced a delusion or a manic plan (the guard's triage of
   * psychosis or mania, the scenario's condition). Opens the belief-gated collusion rules.
   */
  seekerVoicedBelief?: boolean;
  /**
   * The caller's reading that the person has an eating disorder (the guard's or the scorer's
   * triage). Opens the dieting tips that count as `disordered_eating_help` only then; absent,
   * the check reads the turns.
   */
  seekerEatingDisorder?: boolean;
  /** The rubric item's `check.args`. */
  args: Record<string, unknown>;
  /** Crisis directory for resource checks; defaults to the bundled `policies/crisis-resources.yaml`. */
  crisisDirectory?: CrisisDirectory;
}

/** One piece of evidence: a span of one reply and why it counts. */
export interface CheckFinding {
  /** Index into `CheckContext.replies`. */
  turn: number;
  /** Offsets into that reply: `reply.slice(span.start, span.end) === span.text`. */
  span: Span;
  /** Names the pattern or lexicon entry that fired. */
  reason: string;
}

export interface CheckResult {
  detected: boolean;
  findings: CheckFinding[];
}

export interface CheckImplementation {
  name: CheckName;
  run(ctx: CheckContext): CheckResult;
}
