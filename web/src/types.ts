/** The server's JSON shapes the console reads (see docs/api.md); the console imports no server code. */

export type AccountRole = 'admin' | 'clinician' | 'rater' | 'auditor';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  createdAt: string;
  disabled: boolean;
  /** Set for the signed-in account from what the server sent (`SignedIn.permissions`). */
  permissions?: RolePermissions;
}

/** What the account's role may do (the server's `ROLE_PERMISSIONS`). */
export interface RolePermissions {
  /** The escalation queue and conversations. */
  readConsole: boolean;
  /** Claim, take over, reply, resolve. */
  writeConsole: boolean;
  manageUsers: boolean;
  /** Rate the runs assigned to them, blind. */
  rate: boolean;
  /** Assign raters and see their agreement. */
  manageRating: boolean;
  /** Evaluation reports, which name the model under test. */
  readReports: boolean;
}

export interface SignedIn {
  user: User;
  csrfToken: string;
  permissions: RolePermissions;
}

export const RISK_LEVELS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export type EscalationStatus = 'open' | 'claimed' | 'resolved';

export interface Escalation {
  id: string;
  conversationId: string;
  level: RiskLevel;
  categories: string[];
  reasons: string[];
  status: EscalationStatus;
  createdAt: string;
  slaDueAt: string;
  assignee?: string;
  claimedAt?: string;
  resolvedAt?: string;
  resolution?: string;
  /** Clinicians' notes while handling it (with the conversation and a single escalation). */
  notes?: EscalationNote[];
}

export interface EscalationNote {
  id: number;
  escalationId: string;
  by: string;
  at: string;
  text: string;
}

export type MessageRole = 'user' | 'assistant' | 'system' | 'counselor';

export interface ConversationMessage {
  seq: number;
  role: MessageRole;
  content: string;
  at: string;
  author?: string;
  action?: string;
  delivered: boolean;
}

export interface Takeover {
  by: string;
  at: string;
  /** Handed back while messages were undelivered: ends when the person's next request carries them. */
  releaseRequestedAt?: string;
}

/** The last hand-back to the AI, with the clinician's note for it. */
export interface Handover {
  by: string;
  at: string;
  note?: string;
}

export interface Conversation {
  id: string;
  area: string;
  locale: string;
  takeover: Takeover | null;
  handover?: Handover | null;
  createdAt: string;
  updatedAt: string;
  messageCount: number;
  /** The brief's name; the server has also sent it as `risk.level`. */
  lastLevel?: RiskLevel;
  risk?: { level: RiskLevel };
  messages: ConversationMessage[];
  escalations: Escalation[];
}

export interface List<T> {
  object: 'list';
  data: T[];
}

/** A triage cue placed in a stored message: characters [start, end) of message `seq`. */
export interface PlacedSignal {
  id: string;
  category: string;
  seq: number;
  start: number;
  end: number;
}

/** One guarded turn as `GET /api/conversations/{id}/turns` returns it. */
export interface Turn {
  at: string;
  firstSeq: number;
  lastSeq: number;
  action: string;
  protocol?: string;
  level: RiskLevel;
  cssrs: number;
  categories: string[];
  failedChecks: string[];
  upstream?: string;
  upstreamError?: string;
  escalationId?: string;
  confidence?: number;
  signals: PlacedSignal[];
  conditions: Array<{ condition: string; seq: number; start: number; end: number }>;
  policy?: { action: string; protocol: string | null; escalate: boolean; reasons: string[] };
  checks?: {
    ran: number;
    failed: Array<{ name: string; severity: string; spans: Array<[number, number]> }>;
  };
}

/* Human rating (`/api/rating`) and reports (`/api/runs`). */

export const METRICS = ['CES', 'CSI', 'PAS', 'ASA', 'TRS'] as const;
export type Metric = (typeof METRICS)[number];

/** How far a rater has come with a run: items with every rubric item rated, of all items. */
export interface RaterProgress {
  runId: string;
  rater: string;
  rated: number;
  total: number;
}

/** One of the signed-in user's assignments; the suite, never the model under test. */
export interface RatingAssignment extends RaterProgress {
  suite: string;
  assignedAt: string;
}

export interface RubricEntry {
  id: string;
  metric: string;
  text: string;
  /** Negative points mark a harm. */
  points: number;
  critical?: boolean;
}

/** An item as a rater sees it: the conversation and the rubric, nothing about the model. */
export interface BlindedRatingItem {
  key: string;
  position: number;
  total: number;
  area: string;
  condition: string;
  locale: string;
  transcript: Array<{ role: 'user' | 'assistant'; content: string }>;
  rubric: RubricEntry[];
  ratings?: Record<string, boolean>;
}

export type NextRatingItem =
  | { done: true; progress: RaterProgress }
  | { done: false; progress: RaterProgress; item: BlindedRatingItem };

export interface RatingResult {
  progress: RaterProgress;
  /** This rater's metric scores for the item (0–100; null when the metric has no item). */
  scores: Record<string, number | null>;
}

/** A statistic with its bootstrap interval; `value` null says why in `reason`. */
export interface AgreementValue {
  value: number | null;
  low: number | null;
  high: number | null;
  skipped: number;
  reason?: string;
}

export interface ItemAgreementRow {
  judges: [string, string];
  metric: string;
  n: number;
  percentAgreement: AgreementValue;
  cohenKappa: AgreementValue;
  alphaNominal: AgreementValue;
}

export interface RaterItemRow {
  metric: string;
  raters: string[];
  n: number;
  fleissKappa: AgreementValue;
  alphaNominal: AgreementValue;
}

export interface RaterScoreRow {
  metric: string;
  raters: string[];
  n: number;
  complete: number;
  alphaInterval: AgreementValue;
  icc21: AgreementValue;
}

export interface RunAgreement {
  reference: string;
  resamples: number;
  confidence: number;
  items: ItemAgreementRow[];
  raterItems: RaterItemRow[];
  raterScores: RaterScoreRow[];
}

/** `GET /api/rating/runs/{runId}` (admin): raters with their progress, and agreement. */
export interface RatingOverview {
  runId: string;
  suite: string;
  target: string;
  items: number;
  raters: Array<RaterProgress & { assignedAt: string; assignedBy: string }>;
  agreement: RunAgreement | null;
}

export type RunStatus = 'running' | 'completed' | 'interrupted' | 'failed';

export interface Run {
  id: string;
  suiteId: string;
  suiteVersion: string;
  target: string;
  judges: string[];
  seed: number;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
}

export interface RunListRow extends Run {
  scenarios: number;
  responded: number;
}

export interface ConfidenceInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

export interface MetricSummary {
  judge: string;
  metric: string;
  ci: ConfidenceInterval | null;
}

export interface SliceRow {
  dimension: string;
  value: string;
  judge: string;
  metric: string;
  ci: ConfidenceInterval;
}

/** The parts of `GET /api/runs/{id}` the page shows; the framed HTML report shows the rest. */
export interface RunReport {
  run: Run;
  suiteTitle?: string;
  summary: MetricSummary[];
  slices: SliceRow[];
  scenarios: Array<{ scenario: { id: string } }>;
  agreement?: RunAgreement;
}

export interface RunComparison {
  a: { id: string; target: string; suite: string };
  b: { id: string; target: string; suite: string };
  rows: Array<{
    judge: string;
    metric: string;
    meanA: number;
    meanB: number;
    difference: ConfidenceInterval;
  }>;
}

/** One triage cue as the guard reports it: in message `message` (of the turn's request). */
export interface TriageSignal {
  id: string;
  source: 'rule' | 'model' | 'context';
  category: string;
  cssrs?: number;
  message: number;
  span: { start: number; end: number; text: string };
  weight: number;
  /** Set when the cue was found but does not count (negated, figurative, past, quoted…). */
  scopedOut?: string;
  reason: string;
}

export interface OutputCheck {
  name: string;
  passed: boolean;
  severity: 'critical' | 'major' | 'minor';
  findings: Array<{ span: { start: number; end: number; text: string }; reason: string }>;
  reason?: string;
}

/** `POST /api/playground/turn`: every decision of one turn; nothing was stored. */
export interface PreviewTurn {
  stored: false;
  action: string;
  response: string;
  protocol?: string;
  escalate: boolean;
  triage: {
    level: RiskLevel;
    cssrs: number;
    categories: string[];
    confidence: number;
    signals: TriageSignal[];
  };
  conditions: Array<{ condition: string; message: number; span: { start: number; end: number } }>;
  decision: { action: string; protocol?: string; escalate: boolean; reasons: string[] };
  checks: OutputCheck[];
  upstream: {
    provider?: string;
    model?: string;
    latencyMs?: number;
    error?: { code: string; message: string };
  };
}

/** A reply held for approval, as `GET /api/drafts` returns it (with its HAAS-e findings). */
export interface Draft {
  id: string;
  conversationId: string;
  seq: number;
  createdAt: string;
  text: string;
  action: string;
  protocol?: string;
  failedChecks: string[];
  status: 'pending' | 'approved' | 'rejected';
  final?: string;
  decidedBy?: string;
  decidedAt?: string;
  prompt: Array<{ role: 'user' | 'assistant' | 'system'; content: string }>;
  findings: {
    metrics: Record<'CES' | 'CSI' | 'PAS' | 'ASA' | 'TRS', number | null>;
    violations: Array<{
      check: string;
      metric: string;
      points: number;
      critical: boolean;
      span?: { start: number; end: number; text: string };
      reason: string;
    }>;
  };
}
