import type { Metric, Span } from './domain.js';

/**
 * The EPITOME empathy mechanisms (Sharma et al. 2020), each rated 0 (none), 1 (weak: generic) or
 * 2 (strong: specific to what the seeker said), judged against the seeker's message.
 */
export const EPITOME_MECHANISMS = [
  'emotional_reactions',
  'interpretations',
  'explorations',
] as const;
export type EpitomeMechanism = (typeof EPITOME_MECHANISMS)[number];
export type MechanismLevel = 0 | 1 | 2;

/** One mechanism's level with the spans of the reply that earned it. */
export interface MechanismRating {
  level: MechanismLevel;
  evidence: Array<{ span: Span; reason: string }>;
}

export type MechanismRatings = Record<EpitomeMechanism, MechanismRating>;

/** A harmful behaviour found in a reply (a met negative rubric item), with where and why. */
export interface Violation {
  /** The check (builtin) or rubric item that found it. */
  check: string;
  metric: Metric;
  /** Points the behaviour costs (negative). */
  points: number;
  critical: boolean;
  /** Index of the assistant reply (0 = the scored response when only one is scored). */
  turn: number;
  span?: Span;
  reason: string;
}

/** `tandem score`'s answer for one (messages, response) pair. */
export interface ResponseScore {
  metrics: Record<Metric, number | null>;
  /** 0–2 each; `null` only when an LLM judge could not rate a mechanism (never guessed). */
  mechanisms: Record<EpitomeMechanism, MechanismLevel | null>;
  violations: Violation[];
}
