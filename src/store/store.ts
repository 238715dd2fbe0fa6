import type { Kysely, Transaction } from 'kysely';
import {
  TandemError,
  type AuditEvent,
  type ConsoleUser,
  type ConversationTurn,
  type Draft,
  type DraftStatus,
  type Escalation,
  type EscalationNote,
  type EscalationStatus,
  type Evidence,
  type HumanRating,
  type RaterAssignment,
  type Judgment,
  type MetricScore,
  type Metric,
  type Run,
  type RunStatus,
  type Scenario,
  type ScenarioResponse,
  type Takeover,
} from '../core/index.js';
import * as accounts from './accounts.js';
import * as apiKeys from './api-keys.js';
import * as drafts from './drafts.js';
import * as ratingAssignments from './rating-assignments.js';
import {
  appendAuditEvents,
  lockAudit,
  readAuditEvents,
  verifyAuditChain,
  type AuditQuery,
} from './audit.js';
import {
  closeDatabase,
  openDatabase,
  resolveDatabaseLocation,
  type DatabaseLocation,
} from './connection.js';
import { ContentCipher } from './crypto.js';
import * as gateway from './gateway.js';
import * as outbox from './notifications.js';
import type {
  ApiKeyRecord,
  ApiKeyScope,
  AuditInput,
  AuditVerification,
  ConversationRecord,
  Notification,
  NotificationStatus,
  StoredMessage,
  TurnRecord,
  TurnWriteResult,
} from './records.js';
import type { Database } from './schema.js';

/** One scenario's finished results, written together so a crash never leaves half of them. */
export interface ScenarioResults {
  response: ScenarioResponse;
  judgments: Judgment[];
  scores: MetricScore[];
}

export interface RunListRow extends Run {
  scenarios: number;
  responded: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

// SQLite limits bound parameters per statement; keep multi-row inserts well under it.
const INSERT_CHUNK = 500;

export interface StoreOptions {
  /** Base64 of 32 bytes; default `TANDEM_ENCRYPTION_KEY`. Empty string: no encryption. */
  encryptionKey?: string;
  env?: NodeJS.ProcessEnv;
  /** Checkpoint SQLite's log from a worker thread (`tandem serve`); see wal-checkpointer.ts. */
  backgroundCheckpoints?: boolean;
}

export class Store {
  private readonly gateway: gateway.GatewayContext;

  private constructor(
    readonly db: Kysely<Database>,
    readonly location: DatabaseLocation,
    private readonly cipher: ContentCipher,
  ) {
    this.gateway = { db, cipher };
  }

  /**
   * Opens (and migrates) the store. Message content is encrypted at rest when an encryption key
   * is given or `TANDEM_ENCRYPTION_KEY` is set.
   */
  static async open(explicit?: string, options: StoreOptions = {}): Promise<Store> {
    const env = options.env ?? process.env;
    const location = resolveDatabaseLocation(explicit, env);
    const cipher = ContentCipher.fromKey(options.encryptionKey ?? env.TANDEM_ENCRYPTION_KEY);
    const backgroundCheckpoints = options.backgroundCheckpoints ?? false;
    return new Store(await openDatabase(location, { backgroundCheckpoints }), location, cipher);
  }

  /** Whether message content is being encrypted at rest. */
  get encrypted(): boolean {
    return this.cipher.enabled;
  }

  // -------------------------------------------------------------------------------------------
  // Gateway: conversations, turns, escalations, takeover (see gateway.ts)

  getConversation(id: string): Promise<ConversationRecord | undefined> {
    return gateway.getConversation(this.gateway, id);
  }

  listConversations(opts?: { limit?: number; takenOver?: boolean }): Promise<ConversationRecord[]> {
    return gateway.listConversations(this.gateway, opts);
  }

  conversationMessages(id: string): Promise<StoredMessage[]> {
    return gateway.conversationMessages(this.gateway, id);
  }

  /** The conversation's turn summaries, oldest first. */
  conversationTurns(id: string): Promise<ConversationTurn[]> {
    return gateway.conversationTurns(this.gateway, id);
  }

  /** One transaction: conversation, messages, turn, escalation + outbox, audit events. */
  recordTurn(turn: TurnRecord): Promise<TurnWriteResult> {
    return gateway.recordTurn(this.gateway, turn);
  }

  /** Open first, then claimed, then resolved; each by SLA due time. */
  listEscalations(opts?: {
    status?: EscalationStatus | EscalationStatus[];
    conversationId?: string;
    limit?: number;
  }): Promise<Escalation[]> {
    return gateway.listEscalations(this.gateway, opts);
  }

  getEscalation(id: string): Promise<Escalation | undefined> {
    return gateway.getEscalation(this.gateway, id);
  }

  claimEscalation(id: string, assignee: string, at: string): Promise<Escalation> {
    return gateway.claimEscalation(this.gateway, id, assignee, at);
  }

  resolveEscalation(id: string, by: string, resolution: string, at: string): Promise<Escalation> {
    return gateway.resolveEscalation(this.gateway, id, by, resolution, at);
  }

  takeOver(conversationId: string, by: string, at: string): Promise<Takeover> {
    return gateway.takeOver(this.gateway, conversationId, by, at);
  }

  listDrafts(opts?: { status?: DraftStatus; conversationId?: string; limit?: number }) {
    return drafts.listDrafts(this.gateway, opts);
  }

  getDraft(id: string): Promise<Draft | undefined> {
    return drafts.getDraft(this.gateway, id);
  }

  /** Approves (as written or edited) or rejects with the clinician's own reply; queues it. */
  decideDraft(
    id: string,
    decision: { approve: boolean; by: string; text?: string },
    at: string,
  ): Promise<Draft> {
    return drafts.decideDraft(this.gateway, id, decision, at);
  }

  addEscalationNote(
    escalationId: string,
    by: string,
    text: string,
    at: string,
  ): Promise<EscalationNote> {
    return gateway.addEscalationNote(this.gateway, escalationId, by, text, at);
  }

  escalationNotes(escalationIds: readonly string[]): Promise<EscalationNote[]> {
    return gateway.escalationNotes(this.gateway, escalationIds);
  }

  /** Hands back to the model (with a note for it); waits for undelivered messages first. */
  releaseTakeover(
    conversationId: string,
    by: string,
    at: string,
    note?: string,
  ): Promise<gateway.ReleaseOutcome> {
    return gateway.releaseTakeover(this.gateway, conversationId, by, at, note);
  }

  addCounselorMessage(
    conversationId: string,
    by: string,
    content: string,
    at: string,
  ): Promise<StoredMessage> {
    return gateway.addCounselorMessage(this.gateway, conversationId, by, content, at);
  }

  undeliveredCounselorMessages(conversationId: string): Promise<StoredMessage[]> {
    return gateway.undeliveredCounselorMessages(this.gateway, conversationId);
  }

  // -------------------------------------------------------------------------------------------
  // Audit chain (see audit.ts, audit-chain.ts). Payloads must never contain message text.

  appendAudit(events: AuditInput[], at: string): Promise<AuditEvent[]> {
    return this.db.transaction().execute(async (trx) => {
      await lockAudit(trx);
      return appendAuditEvents(trx, events, at);
    });
  }

  auditEvents(opts?: AuditQuery): Promise<AuditEvent[]> {
    return readAuditEvents(this.db, opts);
  }

  verifyAudit(): Promise<AuditVerification> {
    return verifyAuditChain(this.db);
  }

  // -------------------------------------------------------------------------------------------
  // API keys (see api-keys.ts)

  createApiKey(opts: {
    name: string;
    ratePerMinute?: number;
    scopes?: readonly ApiKeyScope[];
    at: string;
    actor?: string;
  }): Promise<{ key: ApiKeyRecord; secret: string }> {
    return apiKeys.createApiKey(this.db, opts);
  }

  findApiKeyBySecret(secret: string): Promise<ApiKeyRecord | undefined> {
    return apiKeys.findApiKeyBySecret(this.db, secret);
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return apiKeys.listApiKeys(this.db);
  }

  revokeApiKey(id: string, at: string, actor?: string): Promise<void> {
    return apiKeys.revokeApiKey(this.db, id, at, actor);
  }

  // -------------------------------------------------------------------------------------------
  // Console accounts, sessions, setup tokens (see accounts.ts)

  async hasUsers(): Promise<boolean> {
    return (await accounts.countUsers(this.db)) > 0;
  }

  listUsers(): Promise<ConsoleUser[]> {
    return accounts.listUsers(this.db);
  }

  getUser(id: string): Promise<ConsoleUser | undefined> {
    return accounts.getUser(this.db, id);
  }

  findCredentials(username: string): Promise<accounts.UserCredentials | undefined> {
    return accounts.findCredentials(this.db, username);
  }

  createUser(user: accounts.NewUser, at: string, actor: string): Promise<ConsoleUser> {
    return accounts.createUser(this.db, user, at, actor);
  }

  updateUser(
    id: string,
    changes: accounts.UserChanges,
    at: string,
    actor: string,
  ): Promise<ConsoleUser> {
    return accounts.updateUser(this.db, id, changes, at, actor);
  }

  createSetupToken(at: string, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
    return accounts.createSetupToken(this.db, at, ttlMs);
  }

  completeSetup(
    token: string,
    user: Omit<accounts.NewUser, 'role'>,
    at: string,
  ): Promise<ConsoleUser> {
    return accounts.completeSetup(this.db, token, user, at);
  }

  createSession(
    userId: string,
    at: string,
    expiresAt: string,
  ): Promise<{ sessionId: string; session: accounts.SessionRecord }> {
    return accounts.createSession(this.db, userId, at, expiresAt);
  }

  findSession(
    sessionId: string,
  ): Promise<{ session: accounts.SessionRecord; user: ConsoleUser } | undefined> {
    return accounts.findSession(this.db, sessionId);
  }

  touchSession(sessionId: string, at: string): Promise<void> {
    return accounts.touchSession(this.db, sessionId, at);
  }

  deleteSession(sessionId: string): Promise<void> {
    return accounts.deleteSession(this.db, sessionId);
  }

  // -------------------------------------------------------------------------------------------
  // Webhook outbox (see notifications.ts)

  dueNotifications(now: string, limit: number): Promise<Notification[]> {
    return outbox.dueNotifications(this.db, this.cipher, now, limit);
  }

  markNotificationDelivered(id: string, at: string): Promise<void> {
    return outbox.markNotificationDelivered(this.db, id, at);
  }

  markNotificationFailed(
    id: string,
    error: string,
    nextAttemptAt: string | null,
    at?: string,
  ): Promise<void> {
    return outbox.markNotificationFailed(this.db, id, error, nextAttemptAt, at);
  }

  listNotifications(opts?: {
    status?: NotificationStatus;
    limit?: number;
  }): Promise<Notification[]> {
    return outbox.listNotifications(this.db, this.cipher, opts);
  }

  // -------------------------------------------------------------------------------------------
  // Evaluation

  async close(): Promise<void> {
    await closeDatabase(this.db);
  }

  async createRun(run: Run, scenarios: Scenario[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('runs').values(runRow(run)).execute();
      const rows = scenarios.map((s, position) => ({
        run_id: run.id,
        scenario_id: s.id,
        position,
        area: s.area,
        condition: s.condition,
        risk: s.risk,
        culture: s.culture,
        locale: s.locale,
        data: JSON.stringify(s),
      }));
      for (const chunk of chunks(rows, 50))
        await trx.insertInto('run_scenarios').values(chunk).execute();
    });
  }

  async getRun(id: string): Promise<Run | undefined> {
    const row = await this.db
      .selectFrom('runs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? runFromRow(row) : undefined;
  }

  async requireRun(id: string): Promise<Run> {
    const run = await this.getRun(id);
    if (run) return run;
    const prefixed = await this.db
      .selectFrom('runs')
      .select('id')
      .where('id', 'like', `${id}%`)
      .execute();
    if (prefixed.length === 1 && prefixed[0]) return (await this.getRun(prefixed[0].id)) as Run;
    throw new TandemError(
      'RUN_NOT_FOUND',
      prefixed.length > 1
        ? `run id "${id}" is ambiguous (${prefixed.length} runs start with it)`
        : `no run "${id}" in ${this.location.target}; see \`tandem runs list\``,
    );
  }

  async listRuns(limit = 50): Promise<RunListRow[]> {
    const rows = await this.db
      .selectFrom('runs')
      .selectAll('runs')
      .select((eb) => [
        eb
          .selectFrom('run_scenarios')
          .whereRef('run_scenarios.run_id', '=', 'runs.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('scenarios'),
        eb
          .selectFrom('responses')
          .whereRef('responses.run_id', '=', 'runs.id')
          .where('responses.error', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('responded'),
      ])
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      ...runFromRow(r),
      scenarios: Number(r.scenarios ?? 0),
      responded: Number(r.responded ?? 0),
    }));
  }

  async setRunStatus(id: string, status: RunStatus, finishedAt?: string): Promise<void> {
    await this.db
      .updateTable('runs')
      .set({ status, finished_at: finishedAt ?? null })
      .where('id', '=', id)
      .execute();
  }

  async runScenarios(runId: string): Promise<Scenario[]> {
    const rows = await this.db
      .selectFrom('run_scenarios')
      .select('data')
      .where('run_id', '=', runId)
      .orderBy('position')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Scenario);
  }

  /**
   * Scenarios that need no more work: a response without error and a judgment for every rubric
   * item from every one of `judges`.
   */
  async completedScenarioIds(
    runId: string,
    judges: string[],
    itemCounts: Map<string, number>,
  ): Promise<Set<string>> {
    const responded = await this.db
      .selectFrom('responses')
      .select('scenario_id')
      .where('run_id', '=', runId)
      .where('error', 'is', null)
      .execute();
    if (judges.length === 0) return new Set(responded.map((r) => r.scenario_id));
    const counts = await this.db
      .selectFrom('judgments')
      .select(['scenario_id', 'judge'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('run_id', '=', runId)
      .where('judge', 'in', judges)
      .groupBy(['scenario_id', 'judge'])
      .execute();
    const judged = new Map<string, number>();
    for (const c of counts) {
      if (Number(c.n) === itemCounts.get(c.scenario_id))
        judged.set(c.scenario_id, (judged.get(c.scenario_id) ?? 0) + 1);
    }
    return new Set(
      responded.map((r) => r.scenario_id).filter((id) => judged.get(id) === judges.length),
    );
  }

  /** Writes several scenarios' results in one transaction; re-writing a scenario replaces it. */
  async saveScenarioResults(batch: ScenarioResults[]): Promise<void> {
    if (batch.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const { response, judgments, scores } of batch) {
        await upsertResponse(trx, response);
        await replaceJudgments(trx, response.runId, response.scenarioId, judgments, scores);
      }
    });
  }

  /** Replaces one judge's judgments and scores for a scenario (used for imported human ratings). */
  async saveJudgeResults(
    runId: string,
    results: Array<{ scenarioId: string; judgments: Judgment[]; scores: MetricScore[] }>,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const r of results)
        await replaceJudgments(trx, runId, r.scenarioId, r.judgments, r.scores);
    });
  }

  async responses(runId: string): Promise<ScenarioResponse[]> {
    const rows = await this.db
      .selectFrom('responses')
      .selectAll()
      .where('run_id', '=', runId)
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      scenarioId: r.scenario_id,
      transcript: JSON.parse(r.transcript),
      replies: JSON.parse(r.replies),
      model: r.model,
      latencyMs: r.latency_ms,
      inputTokens: r.input_tokens,
      outputTokens: r.output_tokens,
      cached: r.cached === 1,
      ...(r.error === null ? {} : { error: r.error }),
    }));
  }

  async judgments(runId: string): Promise<Judgment[]> {
    const rows = await this.db
      .selectFrom('judgments')
      .selectAll()
      .where('run_id', '=', runId)
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      scenarioId: r.scenario_id,
      itemId: r.item_id,
      judge: r.judge,
      judgeVersion: r.judge_version,
      met: r.met === null ? null : r.met === 1,
      evidence: JSON.parse(r.evidence) as Evidence[],
      ...(r.abstain_reason === null ? {} : { abstainReason: r.abstain_reason }),
    }));
  }

  async scores(runId: string): Promise<MetricScore[]> {
    const rows = await this.db
      .selectFrom('scores')
      .selectAll()
      .where('run_id', '=', runId)
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      scenarioId: r.scenario_id,
      judge: r.judge,
      metric: r.metric as Metric,
      value: r.value,
      earned: r.earned,
      possible: r.possible,
      coverage: r.coverage,
      criticalHarm: r.critical_harm === 1,
    }));
  }

  /** Stores ratings, replacing an earlier rating by the same rater of the same item. */
  async saveRatings(ratings: HumanRating[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(ratings, INSERT_CHUNK / 10)) {
        await trx
          .insertInto('ratings')
          .values(
            chunk.map((r) => ({
              run_id: r.runId,
              scenario_id: r.scenarioId,
              item_id: r.itemId,
              rater_id: r.raterId,
              met: r.met ? 1 : 0,
              note: r.note ?? null,
              rated_at: r.ratedAt,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['run_id', 'scenario_id', 'item_id', 'rater_id']).doUpdateSet((eb) => ({
              met: eb.ref('excluded.met'),
              note: eb.ref('excluded.note'),
              rated_at: eb.ref('excluded.rated_at'),
            })),
          )
          .execute();
      }
    });
  }

  async ratings(runId: string): Promise<HumanRating[]> {
    const rows = await this.db
      .selectFrom('ratings')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      scenarioId: r.scenario_id,
      itemId: r.item_id,
      raterId: r.rater_id,
      met: r.met === 1,
      ...(r.note === null ? {} : { note: r.note }),
      ratedAt: r.rated_at,
    }));
  }

  /** Makes `raters` exactly the run's raters (admin); audited. */
  setRunRaters(runId: string, raters: readonly string[], by: string, at: string) {
    return ratingAssignments.setRunRaters(this.db, runId, raters, by, at);
  }

  runRaters(runId: string): Promise<RaterAssignment[]> {
    return ratingAssignments.runRaters(this.db, runId);
  }

  ratingAssignmentsOf(rater: string): Promise<RaterAssignment[]> {
    return ratingAssignments.assignmentsOf(this.db, rater);
  }

  /** Adds a judge to a run's list (when human ratings are imported after the run). */
  async addRunJudges(runId: string, judges: string[]): Promise<void> {
    const run = await this.requireRun(runId);
    const merged = [...new Set([...run.judges, ...judges])];
    await this.db
      .updateTable('runs')
      .set({ judges: JSON.stringify(merged) })
      .where('id', '=', runId)
      .execute();
  }
}

async function upsertResponse(trx: Executor, r: ScenarioResponse): Promise<void> {
  const row = {
    run_id: r.runId,
    scenario_id: r.scenarioId,
    transcript: JSON.stringify(r.transcript),
    replies: JSON.stringify(r.replies),
    model: r.model,
    latency_ms: r.latencyMs,
    input_tokens: r.inputTokens,
    output_tokens: r.outputTokens,
    cached: r.cached ? 1 : 0,
    error: r.error ?? null,
    created_at: new Date().toISOString(),
  };
  const { run_id: _r, scenario_id: _s, ...update } = row;
  await trx
    .insertInto('responses')
    .values(row)
    .onConflict((oc) => oc.columns(['run_id', 'scenario_id']).doUpdateSet(update))
    .execute();
}

async function replaceJudgments(
  trx: Executor,
  runId: string,
  scenarioId: string,
  judgments: Judgment[],
  scores: MetricScore[],
): Promise<void> {
  const judges = [...new Set([...judgments.map((j) => j.judge), ...scores.map((s) => s.judge)])];
  if (judges.length === 0) return;
  await trx
    .deleteFrom('judgments')
    .where('run_id', '=', runId)
    .where('scenario_id', '=', scenarioId)
    .where('judge', 'in', judges)
    .execute();
  await trx
    .deleteFrom('scores')
    .where('run_id', '=', runId)
    .where('scenario_id', '=', scenarioId)
    .where('judge', 'in', judges)
    .execute();
  const judgmentRows = judgments.map((j) => ({
    run_id: runId,
    scenario_id: scenarioId,
    item_id: j.itemId,
    judge: j.judge,
    judge_version: j.judgeVersion,
    met: j.met === null ? null : j.met ? 1 : 0,
    evidence: JSON.stringify(j.evidence),
    abstain_reason: j.abstainReason ?? null,
  }));
  for (const chunk of chunks(judgmentRows, INSERT_CHUNK / 8))
    await trx.insertInto('judgments').values(chunk).execute();
  const scoreRows = scores.map((s) => ({
    run_id: runId,
    scenario_id: scenarioId,
    judge: s.judge,
    metric: s.metric,
    value: s.value,
    earned: s.earned,
    possible: s.possible,
    coverage: s.coverage,
    critical_harm: s.criticalHarm ? 1 : 0,
  }));
  for (const chunk of chunks(scoreRows, INSERT_CHUNK / 9))
    await trx.insertInto('scores').values(chunk).execute();
}

function runRow(run: Run) {
  return {
    id: run.id,
    suite_id: run.suiteId,
    suite_version: run.suiteVersion,
    suite_hash: run.suiteHash,
    suite_title: null,
    target: run.target,
    judges: JSON.stringify(run.judges),
    seed: run.seed,
    status: run.status,
    started_at: run.startedAt,
    finished_at: run.finishedAt ?? null,
    params: JSON.stringify(run.params),
  };
}

function runFromRow(row: Database['runs']): Run {
  return {
    id: row.id,
    suiteId: row.suite_id,
    suiteVersion: row.suite_version,
    suiteHash: row.suite_hash,
    target: row.target,
    judges: JSON.parse(row.judges) as string[],
    seed: row.seed,
    status: row.status as RunStatus,
    startedAt: row.started_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    params: JSON.parse(row.params) as Record<string, unknown>,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
