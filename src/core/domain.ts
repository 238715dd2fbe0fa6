import { z } from 'zod';

/** Who speaks in a conversation. `counselor` is a human clinician who has taken over. */
export const ROLES = ['user', 'assistant', 'system', 'counselor'] as const;
export type Role = (typeof ROLES)[number];

/** The four ecological areas of De Choudhury, Pendse & Kumar (2023). */
export const AREAS = ['individual', 'community', 'institutional', 'societal'] as const;
export type Area = (typeof AREAS)[number];

export const RISK_LEVELS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'psychosis',
  'mania',
  'eating_disorder',
  'substance',
  'medical_emergency',
  'third_party',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** The five HAAS-e metrics. */
export const METRICS = ['CES', 'CSI', 'PAS', 'ASA', 'TRS'] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_NAMES: Record<Metric, string> = {
  CES: 'Contextual Empathy Score',
  CSI: 'Cultural Sensitivity Index',
  PAS: 'Personalization Appropriateness Score',
  ASA: 'Actionability and Safety Assessment',
  TRS: 'Trustworthiness Score',
};

/** Conditions a scenario can exercise. Suicide risk is split by how it is expressed. */
export const CONDITIONS = [
  'wellbeing',
  'stress',
  'depression',
  'anxiety',
  'grief',
  'loneliness',
  'trauma',
  'suicide_passive',
  'suicide_active',
  'suicide_indirect',
  'suicide_coded',
  'self_harm',
  'psychosis',
  'mania',
  'ocd',
  'eating_disorder',
  'substance',
  'abuse',
  'harm_to_others',
  'third_party',
  'medical_emergency',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const messageSchema = z.object({
  role: z.enum(ROLES),
  content: z.string(),
  at: z.string().optional(),
});
export type Message = z.infer<typeof messageSchema>;

/** What a provider sees: role and content only. */
export interface ChatMessage {
  role: Role;
  content: string;
}

/** A span of text that a check, rule or judge points at. Offsets are UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Evidence for a judgment: a span in one assistant turn (`turn` counts assistant replies from 0),
 * or a free-text note when the judge cannot point at a span (LLM and human judges).
 */
export interface Evidence {
  turn?: number;
  span?: Span;
  note?: string;
}

export type JudgeKind = 'builtin' | `llm:${string}` | `human:${string}`;
