import type { Generated } from 'kysely';

/**
 * Table shapes as the database sees them. JSON columns hold text (portable across SQLite and
 * PostgreSQL); booleans are 0/1 integers for the same reason.
 */
export interface RunsTable {
  id: string;
  suite_id: string;
  suite_version: string;
  suite_hash: string;
  suite_title: string | null;
  target: string;
  judges: string;
  seed: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  params: string;
}

export interface RunScenariosTable {
  run_id: string;
  scenario_id: string;
  position: number;
  area: string;
  condition: string;
  risk: string;
  culture: string;
  locale: string;
  data: string;
}

export interface ResponsesTable {
  run_id: string;
  scenario_id: string;
  transcript: string;
  replies: string;
  model: string;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  cached: number;
  error: string | null;
  created_at: string;
}

export interface JudgmentsTable {
  run_id: string;
  scenario_id: string;
  item_id: string;
  judge: string;
  judge_version: string;
  met: number | null;
  evidence: string;
  abstain_reason: string | null;
}

export interface ScoresTable {
  run_id: string;
  scenario_id: string;
  judge: string;
  metric: string;
  value: number | null;
  earned: number;
  possible: number;
  coverage: number;
  critical_harm: number;
}

export interface RatingsTable {
  id: Generated<number>;
  run_id: string;
  scenario_id: string;
  item_id: string;
  rater_id: string;
  met: number;
  note: string | null;
  rated_at: string;
}

/** A conversation through the gateway; `risk_state` may be encrypted (see crypto.ts). */
export interface ConversationsTable {
  id: string;
  area: string;
  locale: string;
  risk_state: string | null;
  last_level: string;
  message_count: number;
  takeover_by: string | null;
  takeover_at: string | null;
  /** Hand-back asked while counsellor messages were undelivered (migration 0005). */
  release_requested_at: string | null;
  handover_by: string | null;
  handover_at: string | null;
  /** The note for the model at the last hand-back; may be encrypted. */
  handover_note: string | null;
  /** 1 while approved draft replies wait for the person's next request (migration 0007). */
  awaiting_delivery: Generated<number>;
  /** The API key that started the conversation; only it may continue it. */
  client_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Messages in order; `content` may be encrypted. Counselor messages wait undelivered. */
export interface MessagesTable {
  conversation_id: string;
  seq: number;
  role: string;
  content: string;
  author: string | null;
  action: string | null;
  at: string;
  delivered: number;
  delivered_at: string | null;
}

/** What the guard decided for one turn (no message text). */
export interface TurnsTable {
  id: Generated<number>;
  conversation_id: string;
  at: string;
  first_seq: number;
  last_seq: number;
  action: string;
  protocol: string | null;
  level: string;
  cssrs: number;
  categories: string;
  failed_checks: string;
  upstream: string | null;
  upstream_error: string | null;
  escalation_id: string | null;
}

export interface EscalationsTable {
  id: string;
  conversation_id: string;
  level: string;
  categories: string;
  reasons: string;
  status: string;
  created_at: string;
  sla_due_at: string;
  assignee: string | null;
  claimed_at: string | null;
  resolved_at: string | null;
  /** May be encrypted: a counselor's note can carry clinical detail. */
  resolution: string | null;
}

/** The webhook outbox: one row per escalation event; the notifier fans out to every webhook. */
export interface NotificationsTable {
  id: string;
  type: string;
  escalation_id: string;
  status: string;
  attempts: number;
  created_at: string;
  next_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

/** The hash-chained audit log; `payload` is canonical JSON and never holds message text. */
export interface AuditEventsTable {
  seq: number;
  at: string;
  actor: string;
  type: string;
  conversation_id: string | null;
  payload: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
}

/**
 * The newest audit event's seq and hash, updated with every append. It makes removing events from
 * the end detectable, and writing it first serialises appenders (the write lock is taken before the
 * last event is read).
 */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** sha256 (hex) of the secret; the secret itself is never stored. */
  secret_hash: string;
  /** The first characters of the secret, so people can tell keys apart. */
  prefix: string;
  rate_per_minute: number | null;
  /** JSON array of `API_KEY_SCOPES`. */
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

/** Console accounts (`src/core/accounts.ts`); `password_hash` is `scrypt$N$r$p$salt$hash`. */
export interface UsersTable {
  id: string;
  /** Lower-case; unique. */
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

/**
 * Signed-in console sessions. The row is keyed by the sha256 (hex) of the session id the browser
 * holds, so a copy of the database cannot be used to sign in.
 */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** Absolute end, however active the session is. */
  expires_at: string;
  last_seen_at: string;
}

/** One-time links that let the first admin account be created; stored as sha256 (hex). */
export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface Database {
  runs: RunsTable;
  run_scenarios: RunScenariosTable;
  responses: ResponsesTable;
  judgments: JudgmentsTable;
  scores: ScoresTable;
  ratings: RatingsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  turns: TurnsTable;
  escalations: EscalationsTable;
  notifications: NotificationsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  rating_assignments: RatingAssignmentsTable;
  escalation_notes: EscalationNotesTable;
  drafts: DraftsTable;
}

/** Replies held for approval; `text` and `final` may be encrypted. */
export interface DraftsTable {
  id: string;
  conversation_id: string;
  seq: number;
  created_at: string;
  text: string;
  action: string;
  protocol: string | null;
  failed_checks: string;
  status: string;
  final: string | null;
  /** JSON of the word diff from text to final; may be encrypted (it holds words of both). */
  diff: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** Clinicians' notes on an escalation; `note` may be encrypted. */
export interface EscalationNotesTable {
  id: Generated<number>;
  escalation_id: string;
  by: string;
  at: string;
  note: string;
}

export interface RatingAssignmentsTable {
  run_id: string;
  rater: string;
  assigned_by: string;
  assigned_at: string;
}
