import type {
  Area,
  Escalation,
  Handover,
  GuardAction,
  ProtocolId,
  RiskCategory,
  RiskLevel,
  Role,
  Takeover,
} from '../core/index.js';
import type { NewDraft } from './drafts.js';

/** A conversation through the gateway, without its messages. */
export interface ConversationRecord {
  id: string;
  area: Area;
  locale: string;
  /** Whatever the guard keeps between turns (opaque to the store; encrypted at rest with a key). */
  riskState: unknown | null;
  takeover?: Takeover;
  /** The last hand-back to the model, with the clinician's note for it. */
  handover?: Handover;
  /** Approved draft replies wait for the person's next request (no takeover needed). */
  awaitingDelivery?: boolean;
  /** The client app (API key id) that started it; only that client may continue it. */
  clientId?: string;
  createdAt: string;
  updatedAt: string;
  messageCount: number;
  lastLevel: RiskLevel;
}

/** One stored message; `seq` counts from 1 within its conversation. */
export interface StoredMessage {
  seq: number;
  role: Role;
  content: string;
  at: string;
  /** Who wrote it when a person did (a counselor's id). */
  author?: string;
  /** For assistant replies: what the guard did to produce it. */
  action?: GuardAction;
  /** Counselor messages wait (false) until the person's next request picks them up. */
  delivered: boolean;
}

/** What the guard decided for a turn: ids, levels and check names, never message text. */
export interface TurnSummary {
  action: GuardAction;
  protocol?: ProtocolId;
  level: RiskLevel;
  cssrs: number;
  categories: RiskCategory[];
  failedChecks: string[];
  upstream?: string;
  upstreamError?: string;
}

export interface TurnEscalation {
  level: RiskLevel;
  categories: RiskCategory[];
  reasons: string[];
  slaDueAt: string;
}

/** An audit event to append; `payload` must never contain message text. */
export interface AuditInput {
  actor: string;
  type: string;
  conversationId?: string;
  payload: unknown;
}

/** Everything one guarded turn writes, in one transaction. */
export interface TurnRecord {
  conversationId: string;
  /** The client app (API key id) sending the turn; recorded as the owner of a new conversation. */
  clientId?: string;
  area: Area;
  locale: string;
  at: string;
  riskState: unknown;
  /** Appended in order (usually the person's message and the reply they received). */
  messages: Array<{ role: Role; content: string; author?: string; action?: GuardAction }>;
  summary: TurnSummary;
  escalation?: TurnEscalation;
  /**
   * Seqs of counsellor messages this turn hands to the person. They are marked delivered in the
   * turn's transaction, so a failed commit leaves them undelivered (they go out next time) and a
   * message another request already delivered fails the turn with `DELIVERY_CONFLICT`.
   */
  deliver?: number[];
  /** A reply held for a clinician's approval (policy `approval`); answers the turn's last user message. */
  draft?: NewDraft;
  /** Appended after the store's own `escalation.*` event; each gets `escalationId` when there is one. */
  audit: Array<Omit<AuditInput, 'conversationId'>>;
}

export interface TurnWriteResult {
  escalationId?: string;
  /** The seq of the last audit event the turn appended. */
  auditSeq: number;
}

export const AUDIT_PROBLEM_KINDS = [
  'altered',
  'removed',
  'reordered',
  'inserted',
  'broken_link',
] as const;
export type AuditProblemKind = (typeof AUDIT_PROBLEM_KINDS)[number];

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Events checked. */
  events: number;
  problems: AuditProblem[];
  /**
   * The recorded head (newest seq and hash). Keep a copy outside the database (e.g. in a ticket or
   * a log shipper) to detect a rewrite of the whole chain by someone with write access.
   */
  head: { seq: number; hash: string };
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first characters of the secret, to tell keys apart (`tdm_AbCd…`). */
  prefix: string;
  ratePerMinute?: number;
  /** What the key may call: `gateway` (client apps), `console` (clinicians' console API). */
  scopes: ApiKeyScope[];
  createdAt: string;
  revokedAt?: string;
}

export const API_KEY_SCOPES = ['gateway', 'console'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const NOTIFICATION_TYPES = ['escalation.created', 'escalation.raised'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export type NotificationStatus = 'pending' | 'delivered' | 'failed';

/** A webhook outbox entry with the escalation it announces (as it is now). */
export interface Notification {
  id: string;
  type: NotificationType;
  escalation: Escalation;
  status: NotificationStatus;
  /** Failed attempts so far. */
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  lastError?: string;
  deliveredAt?: string;
}
