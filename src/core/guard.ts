import type { Area, ChatMessage, RiskCategory, RiskLevel, Span } from './domain.js';
import type { Triage } from './triage.js';

/**
 * What the policy can do with a turn (DESIGN.md `PolicyDecision`):
 * - `pass`: send the upstream reply as it is (output checks still run);
 * - `guide`: add the protocol's system guidance to the upstream call;
 * - `amend`: keep the upstream reply and add what it lacks (e.g. crisis resources);
 * - `replace`: answer from the protocol instead of the upstream;
 * - `block`: answer with the protocol's short safe reply and do not call the upstream.
 */
export const POLICY_ACTIONS = ['pass', 'guide', 'amend', 'replace', 'block'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/**
 * What actually happened to a turn. The policy actions, plus `human`: a person took the
 * conversation over, so the reply is theirs (or a holding message), never the model's.
 */
export const GUARD_ACTIONS = [...POLICY_ACTIONS, 'human'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];

/** Condition-specific safe-response plans (DESIGN.md `Protocol`). */
export const PROTOCOL_IDS = [
  'suicide_crisis',
  'self_harm',
  'psychosis',
  'mania',
  'ocd_reassurance',
  'eating_disorder',
  'abuse',
  'harm_to_others',
  'third_party_helper',
  'medical_emergency',
] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];

export interface PolicyDecision {
  action: PolicyAction;
  protocol?: ProtocolId;
  escalate: boolean;
  /** Person-readable reasons, e.g. "policy rule suicide/high: replace, escalate". */
  reasons: string[];
}

/**
 * A condition the guard recognised in the conversation that is not a risk category of the triage
 * (today: OCD reassurance-seeking), with the evidence for it.
 */
export interface ConditionSignal {
  condition: 'ocd_reassurance';
  message: number;
  span: Span;
  reason: string;
}

/** One output check on the reply the person would receive. */
export interface OutputCheck {
  /** e.g. `means_content`, `claims_human`, `crisis_resources_missing`. */
  name: string;
  passed: boolean;
  /** `critical` failures lead to replace; `major` to amend or replace; `minor` are only recorded. */
  severity: 'critical' | 'major' | 'minor';
  /** Spans of the checked reply that made it fail (empty for a missing element). */
  findings: Array<{ span: Span; reason: string }>;
  /** Why it failed, for a missing element (e.g. "the protocol requires crisis resources"). */
  reason?: string;
}

/** Where the reply came from and how the upstream call went. */
export interface UpstreamOutcome {
  /** The provider spec used (`reference`, `openai:gpt-4o-mini`, `replay`…), or none when blocked. */
  provider?: string;
  model?: string;
  latencyMs?: number;
  /** Set when the upstream failed and the guard fell back to the reference responder. */
  error?: { code: string; message: string };
}

/** Everything the guard decided about one turn; the gateway's `tandem` object is built from it. */
export interface GuardOutcome {
  conversationId: string;
  action: GuardAction;
  /** The reply the person receives. */
  response: string;
  protocol?: ProtocolId;
  escalate: boolean;
  escalationId?: string;
  triage: Triage;
  conditions: ConditionSignal[];
  decision: PolicyDecision;
  /** Checks on the upstream reply (before repair); empty when the upstream was not called. */
  checks: OutputCheck[];
  upstream: UpstreamOutcome;
}

/** A request to the guard: the conversation as the client app sent it. */
export interface GuardRequest {
  /** Stable id so risk state, takeover and escalations follow the person; generated when absent. */
  conversationId?: string;
  /** The whole conversation so far, ending with the person's message. */
  messages: ChatMessage[];
  /** BCP 47 locale for language and crisis resources; default from the deployment. */
  locale?: string;
  /** The deployment's ecological area; selects the policy's area overrides. */
  area?: Area;
  /** The model the client asked for (routes to an upstream). */
  model?: string;
  temperature?: number;
  maxTokens?: number;
  /** Which client app (API key id) sent it, for the audit log. */
  clientId?: string;
}

export const ESCALATION_STATUSES = ['open', 'claimed', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export interface Escalation {
  id: string;
  conversationId: string;
  level: RiskLevel;
  categories: RiskCategory[];
  reasons: string[];
  status: EscalationStatus;
  createdAt: string;
  slaDueAt: string;
  assignee?: string;
  claimedAt?: string;
  resolvedAt?: string;
  resolution?: string;
}

/** One run of a word-level diff (`src/nlp/text-diff.ts`). */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export const DRAFT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/**
 * A reply held for a clinician's approval (co-created drafts, policy `approval`). Approved as
 * written or edited, or rejected with the clinician's own reply; either way the person gets the
 * final text with their next request, and (prompt, rejected, chosen) pairs feed model improvement.
 */
export interface Draft {
  id: string;
  conversationId: string;
  /** The person's message it answers. */
  seq: number;
  createdAt: string;
  /** What the gateway would have sent (upstream reply after checks and repair, or the protocol's). */
  text: string;
  action: GuardAction;
  protocol?: ProtocolId;
  failedChecks: string[];
  status: DraftStatus;
  /** What the person gets: the draft, the clinician's edit of it, or their own reply. */
  final?: string;
  /** The clinician's change, word by word, from `text` to `final` (stored with the decision). */
  diff?: DiffPart[];
  decidedBy?: string;
  decidedAt?: string;
}

/** A clinician's note on an escalation while handling it (stored encrypted; audited without text). */
export interface EscalationNote {
  id: number;
  escalationId: string;
  by: string;
  at: string;
  text: string;
}

/** One event of the hash-chained audit log (DESIGN.md `AuditEvent`). */
export interface AuditEvent {
  seq: number;
  at: string;
  /** `gateway`, `guard`, `cli`, `counselor:<id>`, `key:<id>`… */
  actor: string;
  /** e.g. `triage`, `policy`, `checks`, `action`, `escalation.created`, `escalation.claimed`. */
  type: string;
  conversationId?: string;
  /** The event's data (never message text). */
  payload: unknown;
  payloadHash: string;
  prevHash: string;
  hash: string;
}

/** Whether a conversation is with the model or with a person who took it over. */
export interface Takeover {
  by: string;
  at: string;
  /**
   * The holder handed back while some of their messages were still undelivered: the takeover
   * ends by itself when the person's next request has carried them.
   */
  releaseRequestedAt?: string;
}

/** The last hand-back to the model, with the clinician's note for it (stored encrypted). */
export interface Handover {
  by: string;
  at: string;
  note?: string;
}

/** One stored turn's summary: what the guard decided, and which messages the turn wrote. */
export interface ConversationTurn {
  at: string;
  /** The turn's stored messages are seq firstSeq..lastSeq (the person's, then the reply). */
  firstSeq: number;
  lastSeq: number;
  action: GuardAction;
  protocol?: ProtocolId;
  level: RiskLevel;
  cssrs: number;
  categories: RiskCategory[];
  failedChecks: string[];
  upstream?: string;
  upstreamError?: string;
  escalationId?: string;
}
