import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  RISK_LEVELS,
  TandemError,
  type Area,
  type ConversationTurn,
  type Escalation,
  type EscalationNote,
  type EscalationStatus,
  type GuardAction,
  type ProtocolId,
  type RiskCategory,
  type RiskLevel,
  type Role,
  type Takeover,
} from '../core/index.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import { insertDraft } from './drafts.js';
import type { ContentCipher } from './crypto.js';
import { fixedInsert, fixedStatement } from './fixed-statements.js';
import { counselorActor, messagePlace, queueCounselorMessage } from './messages.js';
import type {
  AuditInput,
  ConversationRecord,
  StoredMessage,
  TurnRecord,
  TurnWriteResult,
} from './records.js';
import type { ConversationsTable, Database, EscalationsTable, MessagesTable } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface GatewayContext {
  db: Kysely<Database>;
  cipher: ContentCipher;
}

const riskPlace = (conversationId: string) => `conversation ${conversationId} risk state`;
const resolutionPlace = (escalationId: string) => `escalation ${escalationId} resolution`;
const handoverPlace = (conversationId: string) => `conversation ${conversationId} handover note`;
const notePlace = (noteId: number) => `escalation note ${noteId}`;

// ---------------------------------------------------------------------------------------------
// Conversations and messages

const selectConversation = fixedStatement<{ id: string }, Selectable<ConversationsTable>>(
  'conversation',
  (db, v) => db.selectFrom('conversations').selectAll().where('id', '=', v.id),
);

export async function getConversation(
  ctx: GatewayContext,
  id: string,
): Promise<ConversationRecord | undefined> {
  const row = await selectConversation.takeFirst(ctx.db, { id });
  return row ? conversationFromRow(ctx.cipher, row) : undefined;
}

export async function listConversations(
  ctx: GatewayContext,
  opts: { limit?: number; takenOver?: boolean } = {},
): Promise<ConversationRecord[]> {
  let query = ctx.db.selectFrom('conversations').selectAll();
  if (opts.takenOver === true) query = query.where('takeover_by', 'is not', null);
  if (opts.takenOver === false) query = query.where('takeover_by', 'is', null);
  const rows = await query
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(opts.limit ?? 100)
    .execute();
  return rows.map((r) => conversationFromRow(ctx.cipher, r));
}

export async function conversationMessages(
  ctx: GatewayContext,
  id: string,
): Promise<StoredMessage[]> {
  const rows = await ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('conversation_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((r) => messageFromRow(ctx.cipher, r));
}

/** A conversation's turns, oldest first (the order their audit events were written in). */
export async function conversationTurns(
  ctx: GatewayContext,
  id: string,
): Promise<ConversationTurn[]> {
  const rows = await ctx.db
    .selectFrom('turns')
    .selectAll()
    .where('conversation_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    firstSeq: r.first_seq,
    lastSeq: r.last_seq,
    action: r.action as GuardAction,
    ...(r.protocol === null ? {} : { protocol: r.protocol as ProtocolId }),
    level: r.level as RiskLevel,
    cssrs: r.cssrs,
    categories: JSON.parse(r.categories) as RiskCategory[],
    failedChecks: JSON.parse(r.failed_checks) as string[],
    ...(r.upstream === null ? {} : { upstream: r.upstream }),
    ...(r.upstream_error === null ? {} : { upstreamError: r.upstream_error }),
    ...(r.escalation_id === null ? {} : { escalationId: r.escalation_id }),
  }));
}

// Every turn runs these; the rarer statements of a turn (deliveries, drafts, escalations) are built
// as usual.
const selectTurnConversation = fixedStatement<
  { id: string },
  Pick<
    Selectable<ConversationsTable>,
    'message_count' | 'created_at' | 'takeover_by' | 'release_requested_at'
  >
>('conversation of a turn', (db, v) =>
  db
    .selectFrom('conversations')
    .select(['message_count', 'created_at', 'takeover_by', 'release_requested_at'])
    .where('id', '=', v.id),
);
const updateTurnConversation = fixedStatement<
  Pick<
    Selectable<ConversationsTable>,
    'id' | 'area' | 'locale' | 'risk_state' | 'last_level' | 'message_count' | 'updated_at'
  >
>('conversation update of a turn', (db, v) =>
  db
    .updateTable('conversations')
    .set({
      area: v.area,
      locale: v.locale,
      risk_state: v.risk_state,
      last_level: v.last_level,
      message_count: v.message_count,
      updated_at: v.updated_at,
    })
    .where('id', '=', v.id),
);
const insertTurnConversation = fixedInsert('conversations', [
  'id',
  'area',
  'locale',
  'risk_state',
  'last_level',
  'message_count',
  'takeover_by',
  'takeover_at',
  'client_id',
  'created_at',
  'updated_at',
]);
const insertTurnMessages = fixedInsert('messages', [
  'conversation_id',
  'seq',
  'role',
  'content',
  'author',
  'action',
  'at',
  'delivered',
  'delivered_at',
]);
const insertTurnSummary = fixedInsert('turns', [
  'conversation_id',
  'at',
  'first_seq',
  'last_seq',
  'action',
  'protocol',
  'level',
  'cssrs',
  'categories',
  'failed_checks',
  'upstream',
  'upstream_error',
  'escalation_id',
]);

/**
 * Writes a guarded turn in one transaction: the conversation (created or updated), its new
 * messages, the turn summary, the escalation with its outbox notification, and the audit events.
 * While a conversation has an unresolved escalation, a new escalating turn joins it (raising its
 * level and SLA when the risk rose) instead of paging counselors again.
 */
export async function recordTurn(ctx: GatewayContext, turn: TurnRecord): Promise<TurnWriteResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const head = await lockAudit(trx);
    const existing = await selectTurnConversation.takeFirst(trx, { id: turn.conversationId });
    const firstSeq = (existing?.message_count ?? 0) + 1;
    const count = firstSeq - 1 + turn.messages.length;
    const riskState =
      turn.riskState === undefined || turn.riskState === null
        ? null
        : ctx.cipher.seal(JSON.stringify(turn.riskState), riskPlace(turn.conversationId));
    const conversation = {
      id: turn.conversationId,
      area: turn.area,
      locale: turn.locale,
      risk_state: riskState,
      last_level: turn.summary.level,
      message_count: count,
      updated_at: turn.at,
    };
    if (existing) {
      await updateTurnConversation.execute(trx, conversation);
    } else {
      await insertTurnConversation.execute(trx, [
        {
          ...conversation,
          takeover_by: null,
          takeover_at: null,
          client_id: turn.clientId ?? null,
          created_at: turn.at,
        },
      ]);
    }
    if (turn.messages.length > 0) {
      await insertTurnMessages.execute(
        trx,
        turn.messages.map((m, n) => ({
          conversation_id: turn.conversationId,
          seq: firstSeq + n,
          role: m.role,
          content: ctx.cipher.seal(m.content, messagePlace(turn.conversationId, firstSeq + n)),
          author: m.author ?? null,
          action: m.action ?? null,
          at: turn.at,
          delivered: 1,
          delivered_at: turn.at,
        })),
      );
    }

    if (turn.deliver !== undefined && turn.deliver.length > 0) {
      const marked = await trx
        .updateTable('messages')
        .set({ delivered: 1, delivered_at: turn.at })
        .where('conversation_id', '=', turn.conversationId)
        .where('role', '=', 'counselor')
        .where('delivered', '=', 0)
        .where('seq', 'in', turn.deliver)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== turn.deliver.length) {
        throw new TandemError(
          'DELIVERY_CONFLICT',
          `Conversation ${turn.conversationId}: counselor messages ${turn.deliver.join(', ')} were already delivered by another request; nothing of this turn was stored.`,
          { details: { conversationId: turn.conversationId, seqs: turn.deliver } },
        );
      }
    }

    const audit: AuditInput[] = [];
    const holder = existing?.takeover_by ?? null;
    if (
      holder !== null &&
      (existing?.release_requested_at ?? null) !== null &&
      turn.deliver !== undefined &&
      turn.deliver.length > 0 &&
      (await countUndelivered(trx, turn.conversationId)) === 0
    ) {
      // The hand-back the holder asked for, now that everything they wrote has gone out.
      await trx
        .updateTable('conversations')
        .set({ takeover_by: null, takeover_at: null, release_requested_at: null })
        .where('id', '=', turn.conversationId)
        .execute();
      audit.push({
        actor: counselorActor(holder),
        type: 'takeover.released',
        conversationId: turn.conversationId,
        payload: { afterDelivery: true },
      });
    }

    if (turn.deliver !== undefined && turn.deliver.length > 0) {
      if ((await countUndelivered(trx, turn.conversationId)) === 0) {
        await trx
          .updateTable('conversations')
          .set({ awaiting_delivery: 0 })
          .where('id', '=', turn.conversationId)
          .execute();
      }
    }
    if (turn.draft) {
      const lastUser = turn.messages.map((m) => m.role).lastIndexOf('user');
      const draftId = await insertDraft(
        trx,
        ctx.cipher,
        turn.conversationId,
        // The person's message it answers (the turn's own, or the last one stored before it).
        lastUser === -1 ? firstSeq - 1 : firstSeq + lastUser,
        turn.draft,
        turn.at,
      );
      audit.push({
        actor: 'guard',
        type: 'draft.created',
        conversationId: turn.conversationId,
        payload: { draftId, action: turn.draft.action },
      });
    }

    let escalationId: string | undefined;
    if (turn.escalation) {
      const outcome = await escalate(trx, turn.conversationId, turn.escalation, turn.at);
      escalationId = outcome.id;
      if (outcome.event) audit.push(outcome.event);
    }
    const s = turn.summary;
    await insertTurnSummary.execute(trx, [
      {
        conversation_id: turn.conversationId,
        at: turn.at,
        first_seq: firstSeq,
        last_seq: count,
        action: s.action,
        protocol: s.protocol ?? null,
        level: s.level,
        cssrs: s.cssrs,
        categories: JSON.stringify(s.categories),
        failed_checks: JSON.stringify(s.failedChecks),
        upstream: s.upstream ?? null,
        upstream_error: s.upstreamError ?? null,
        escalation_id: escalationId ?? null,
      },
    ]);

    const texts = turn.messages.map((m) => m.content);
    for (const e of turn.audit) {
      const payload = withoutMessageText(e.payload, texts);
      audit.push({
        actor: e.actor,
        type: e.type,
        conversationId: turn.conversationId,
        payload: escalationId === undefined ? payload : withEscalationId(payload, escalationId),
      });
    }
    // The head moves on with what is appended: its seq is the turn's last event (or the one
    // before the turn when it wrote none).
    await appendAuditEvents(trx, audit, turn.at, head);
    const auditSeq = head.seq;
    return { ...(escalationId === undefined ? {} : { escalationId }), auditSeq };
  });
}

export const REDACTED_TEXT = '[redacted: message text]';
// Shorter strings (levels, check names, protocol ids) may well occur in what a person wrote.
const MIN_TEXT_MATCH = 12;

/**
 * Audit payloads must never hold message text; the guard passes ids, levels, check names and
 * hashes. As a safety net, any string in a payload that is (part of) one of the turn's messages,
 * or contains one, is replaced, so a slip can never write a person's words into the permanent,
 * undeletable audit log. The turn is still recorded: failing it would leave the person unanswered.
 */
export function withoutMessageText(payload: unknown, texts: string[]): unknown {
  const long = texts.filter((t) => t.length >= MIN_TEXT_MATCH);
  if (long.length === 0 && texts.every((t) => t.length === 0)) return payload;
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length < MIN_TEXT_MATCH) return value;
      return texts.some((t) => t.includes(value)) || long.some((t) => value.includes(t))
        ? REDACTED_TEXT
        : value;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    return value;
  };
  return scrub(payload);
}

function withEscalationId(payload: unknown, escalationId: string): unknown {
  if (payload !== null && typeof payload === 'object' && !Array.isArray(payload))
    return { ...(payload as Record<string, unknown>), escalationId };
  return { value: payload, escalationId };
}

async function escalate(
  trx: Transaction<Database>,
  conversationId: string,
  e: NonNullable<TurnRecord['escalation']>,
  at: string,
): Promise<{ id: string; event?: AuditInput }> {
  const open = await trx
    .selectFrom('escalations')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('status', '!=', 'resolved')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!open) {
    const id = randomUUID();
    await trx
      .insertInto('escalations')
      .values({
        id,
        conversation_id: conversationId,
        level: e.level,
        categories: JSON.stringify(e.categories),
        reasons: JSON.stringify(e.reasons),
        status: 'open',
        created_at: at,
        sla_due_at: e.slaDueAt,
        assignee: null,
        claimed_at: null,
        resolved_at: null,
        resolution: null,
      })
      .execute();
    await enqueueNotification(trx, 'escalation.created', id, at);
    return {
      id,
      event: {
        actor: 'guard',
        type: 'escalation.created',
        conversationId,
        payload: {
          escalationId: id,
          level: e.level,
          categories: e.categories,
          slaDueAt: e.slaDueAt,
        },
      },
    };
  }
  if (levelRank(e.level) <= levelRank(open.level as RiskLevel)) return { id: open.id };
  const categories = [
    ...new Set([...(JSON.parse(open.categories) as RiskCategory[]), ...e.categories]),
  ];
  const reasons = [...new Set([...(JSON.parse(open.reasons) as string[]), ...e.reasons])];
  const slaDueAt = e.slaDueAt < open.sla_due_at ? e.slaDueAt : open.sla_due_at;
  await trx
    .updateTable('escalations')
    .set({
      level: e.level,
      categories: JSON.stringify(categories),
      reasons: JSON.stringify(reasons),
      sla_due_at: slaDueAt,
    })
    .where('id', '=', open.id)
    .execute();
  await enqueueNotification(trx, 'escalation.raised', open.id, at);
  return {
    id: open.id,
    event: {
      actor: 'guard',
      type: 'escalation.raised',
      conversationId,
      payload: { escalationId: open.id, from: open.level, level: e.level, categories, slaDueAt },
    },
  };
}

async function enqueueNotification(
  trx: Transaction<Database>,
  type: string,
  escalationId: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({
      id: randomUUID(),
      type,
      escalation_id: escalationId,
      status: 'pending',
      attempts: 0,
      created_at: at,
      next_attempt_at: at,
      last_error: null,
      delivered_at: null,
    })
    .execute();
}

const levelRank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);

// ---------------------------------------------------------------------------------------------
// Escalations

export async function listEscalations(
  ctx: GatewayContext,
  opts: {
    status?: EscalationStatus | EscalationStatus[];
    conversationId?: string;
    limit?: number;
  } = {},
): Promise<Escalation[]> {
  let query = ctx.db.selectFrom('escalations').selectAll();
  if (opts.conversationId !== undefined)
    query = query.where('conversation_id', '=', opts.conversationId);
  if (opts.status !== undefined) {
    const statuses = Array.isArray(opts.status) ? opts.status : [opts.status];
    if (statuses.length === 0) return [];
    query = query.where('status', 'in', statuses);
  }
  const rows = await query
    .orderBy((eb) =>
      eb
        .case()
        .when('status', '=', 'open')
        .then(0)
        .when('status', '=', 'claimed')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('sla_due_at')
    .orderBy('id')
    .limit(opts.limit ?? 100)
    .execute();
  return rows.map((r) => escalationFromRow(ctx.cipher, r));
}

export async function getEscalation(
  ctx: GatewayContext,
  id: string,
): Promise<Escalation | undefined> {
  const row = await ctx.db
    .selectFrom('escalations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? escalationFromRow(ctx.cipher, row) : undefined;
}

/** Adds a clinician's note to an escalation (any status: follow-ups count too); audited without text. */
export async function addEscalationNote(
  ctx: GatewayContext,
  escalationId: string,
  by: string,
  text: string,
  at: string,
): Promise<EscalationNote> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const escalation = await requireEscalation(trx, escalationId);
    // The id is needed to seal the note to its row, so the row is written first, then sealed.
    const inserted = await trx
      .insertInto('escalation_notes')
      .values({ escalation_id: escalationId, by, at, note: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('escalation_notes')
      .set({ note: ctx.cipher.seal(text, notePlace(inserted.id)) })
      .where('id', '=', inserted.id)
      .execute();
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(by),
          type: 'escalation.note_added',
          conversationId: escalation.conversation_id,
          payload: { escalationId, noteId: inserted.id },
        },
      ],
      at,
    );
    return { id: inserted.id, escalationId, by, at, text };
  });
}

/** The notes of these escalations, oldest first. */
export async function escalationNotes(
  ctx: GatewayContext,
  escalationIds: readonly string[],
): Promise<EscalationNote[]> {
  if (escalationIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('escalation_notes')
    .selectAll()
    .where('escalation_id', 'in', [...escalationIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    escalationId: r.escalation_id,
    by: r.by,
    at: r.at,
    text: ctx.cipher.open(r.note, notePlace(r.id)),
  }));
}

export async function claimEscalation(
  ctx: GatewayContext,
  id: string,
  assignee: string,
  at: string,
): Promise<Escalation> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireEscalation(trx, id);
    if (row.status === 'resolved')
      throw new TandemError('ESCALATION_CONFLICT', `escalation ${id} is already resolved`);
    if (row.status === 'claimed') {
      if (row.assignee === assignee) return escalationFromRow(ctx.cipher, row);
      throw new TandemError(
        'ESCALATION_CONFLICT',
        `escalation ${id} is already claimed by ${row.assignee ?? 'someone else'}`,
        { details: { assignee: row.assignee } },
      );
    }
    await trx
      .updateTable('escalations')
      .set({ status: 'claimed', assignee, claimed_at: at })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(assignee),
          type: 'escalation.claimed',
          conversationId: row.conversation_id,
          payload: { escalationId: id },
        },
      ],
      at,
    );
    return escalationFromRow(ctx.cipher, { ...row, status: 'claimed', assignee, claimed_at: at });
  });
}

/**
 * Resolves an open escalation, or one claimed by `by`. The resolution note is counselor text and
 * is encrypted at rest like messages; the audit event carries only the id.
 */
export async function resolveEscalation(
  ctx: GatewayContext,
  id: string,
  by: string,
  resolution: string,
  at: string,
): Promise<Escalation> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireEscalation(trx, id);
    if (row.status === 'resolved')
      throw new TandemError(
        'ESCALATION_CONFLICT',
        `escalation ${id} was already resolved by ${row.assignee ?? 'someone'} at ${row.resolved_at ?? '?'}`,
      );
    if (row.status === 'claimed' && row.assignee !== by)
      throw new TandemError(
        'ESCALATION_CONFLICT',
        `escalation ${id} is claimed by ${row.assignee ?? 'someone else'}; only they can resolve it`,
        { details: { assignee: row.assignee } },
      );
    const update = {
      status: 'resolved',
      assignee: by,
      claimed_at: row.claimed_at ?? at,
      resolved_at: at,
      resolution: ctx.cipher.seal(resolution, resolutionPlace(id)),
    };
    await trx.updateTable('escalations').set(update).where('id', '=', id).execute();
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(by),
          type: 'escalation.resolved',
          conversationId: row.conversation_id,
          payload: { escalationId: id, from: row.status },
        },
      ],
      at,
    );
    return escalationFromRow(ctx.cipher, { ...row, ...update });
  });
}

async function requireEscalation(trx: Executor, id: string): Promise<Selectable<EscalationsTable>> {
  const row = await trx
    .selectFrom('escalations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TandemError('ESCALATION_NOT_FOUND', `no escalation ${id}`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Takeover and counselor messages

export async function takeOver(
  ctx: GatewayContext,
  conversationId: string,
  by: string,
  at: string,
): Promise<Takeover> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireConversation(trx, conversationId);
    if (row.takeover_by !== null) {
      if (row.takeover_by !== by)
        throw new TandemError(
          'ESCALATION_CONFLICT',
          `conversation ${conversationId} is already taken over by ${row.takeover_by}`,
          { details: { by: row.takeover_by } },
        );
      if (row.release_requested_at !== null) {
        // Taking over again before the hand-back happened: the holder keeps the conversation.
        await trx
          .updateTable('conversations')
          .set({ release_requested_at: null, updated_at: at })
          .where('id', '=', conversationId)
          .execute();
        await appendAuditEvents(
          trx,
          [
            {
              actor: counselorActor(by),
              type: 'takeover.release_cancelled',
              conversationId,
              payload: {},
            },
          ],
          at,
        );
      }
      return { by, at: row.takeover_at ?? at };
    }
    await trx
      .updateTable('conversations')
      .set({
        takeover_by: by,
        takeover_at: at,
        release_requested_at: null,
        handover_by: null,
        handover_at: null,
        handover_note: null,
        updated_at: at,
      })
      .where('id', '=', conversationId)
      .execute();
    await appendAuditEvents(
      trx,
      [{ actor: counselorActor(by), type: 'takeover.started', conversationId, payload: {} }],
      at,
    );
    return { by, at };
  });
}

/** What a hand-back did: released at once, or waiting for the holder's messages to go out. */
export interface ReleaseOutcome {
  released: boolean;
  /** Counsellor messages still to be delivered before the model answers again. */
  undelivered: number;
}

/**
 * Hands the conversation back to the model, with an optional note for it (stored encrypted, passed
 * to the model as guidance; the audit log records only that there was one). While some of the
 * holder's messages are undelivered the takeover stays until the person's next request carries
 * them, so nothing the clinician wrote is lost; then it ends by itself.
 */
export async function releaseTakeover(
  ctx: GatewayContext,
  conversationId: string,
  by: string,
  at: string,
  note?: string,
): Promise<ReleaseOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireConversation(trx, conversationId);
    if (row.takeover_by === null) return { released: true, undelivered: 0 };
    if (row.takeover_by !== by)
      throw new TandemError(
        'ESCALATION_CONFLICT',
        `conversation ${conversationId} is taken over by ${row.takeover_by}; only they can release it`,
        { details: { by: row.takeover_by } },
      );
    const undelivered = await countUndelivered(trx, conversationId);
    const handover = {
      handover_by: by,
      handover_at: at,
      handover_note:
        note === undefined || note.trim() === ''
          ? null
          : ctx.cipher.seal(note.trim(), handoverPlace(conversationId)),
    };
    const released = undelivered === 0;
    await trx
      .updateTable('conversations')
      .set({
        ...handover,
        ...(released
          ? { takeover_by: null, takeover_at: null, release_requested_at: null }
          : { release_requested_at: at }),
        updated_at: at,
      })
      .where('id', '=', conversationId)
      .execute();
    const payload = { note: handover.handover_note !== null, ...(released ? {} : { undelivered }) };
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(by),
          type: released ? 'takeover.released' : 'takeover.release_requested',
          conversationId,
          payload,
        },
      ],
      at,
    );
    return { released, undelivered };
  });
}

async function countUndelivered(
  trx: Transaction<Database>,
  conversationId: string,
): Promise<number> {
  const row = await trx
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversation_id', '=', conversationId)
    .where('role', '=', 'counselor')
    .where('delivered', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Queues a counselor's message; only the person holding the takeover may write. */
export async function addCounselorMessage(
  ctx: GatewayContext,
  conversationId: string,
  by: string,
  content: string,
  at: string,
): Promise<StoredMessage> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireConversation(trx, conversationId);
    if (row.takeover_by !== by)
      throw new TandemError(
        'ESCALATION_CONFLICT',
        row.takeover_by === null
          ? `conversation ${conversationId} is not taken over; take it over before replying`
          : `conversation ${conversationId} is taken over by ${row.takeover_by}; only they can reply`,
        { details: { by: row.takeover_by } },
      );
    const seq = await queueCounselorMessage(trx, ctx.cipher, {
      conversationId,
      messageCount: row.message_count,
      by,
      content,
      at,
      awaitingDelivery: false,
    });
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(by),
          type: 'counselor.message',
          conversationId,
          payload: { seq, length: content.length },
        },
      ],
      at,
    );
    return { seq, role: 'counselor', content, at, author: by, action: 'human', delivered: false };
  });
}

/**
 * The counselor messages not yet delivered, oldest first. Reading does not deliver them: the turn
 * that sends them marks them delivered in its own transaction (`TurnRecord.deliver`), so nothing
 * is marked delivered that the person never received. An unknown conversation has none.
 */
export async function undeliveredCounselorMessages(
  ctx: GatewayContext,
  conversationId: string,
): Promise<StoredMessage[]> {
  const rows = await ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('role', '=', 'counselor')
    .where('delivered', '=', 0)
    .orderBy('seq')
    .execute();
  return rows.map((r) => messageFromRow(ctx.cipher, r));
}

async function requireConversation(
  trx: Executor,
  id: string,
): Promise<Selectable<ConversationsTable>> {
  const row = await trx
    .selectFrom('conversations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TandemError('CONVERSATION_NOT_FOUND', `no conversation ${id}`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Row mapping

function conversationFromRow(
  cipher: ContentCipher,
  r: Selectable<ConversationsTable>,
): ConversationRecord {
  return {
    id: r.id,
    area: r.area as Area,
    locale: r.locale,
    riskState:
      r.risk_state === null
        ? null
        : (JSON.parse(cipher.open(r.risk_state, riskPlace(r.id))) as unknown),
    ...(r.takeover_by === null
      ? {}
      : {
          takeover: {
            by: r.takeover_by,
            at: r.takeover_at ?? '',
            ...(r.release_requested_at === null
              ? {}
              : { releaseRequestedAt: r.release_requested_at }),
          },
        }),
    ...(r.handover_by === null
      ? {}
      : {
          handover: {
            by: r.handover_by,
            at: r.handover_at ?? '',
            ...(r.handover_note === null
              ? {}
              : { note: cipher.open(r.handover_note, handoverPlace(r.id)) }),
          },
        }),
    ...(r.client_id === null ? {} : { clientId: r.client_id }),
    ...(r.awaiting_delivery === 1 ? { awaitingDelivery: true } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    messageCount: r.message_count,
    lastLevel: r.last_level as RiskLevel,
  };
}

function messageFromRow(cipher: ContentCipher, r: Selectable<MessagesTable>): StoredMessage {
  return {
    seq: r.seq,
    role: r.role as Role,
    content: cipher.open(r.content, messagePlace(r.conversation_id, r.seq)),
    at: r.at,
    ...(r.author === null ? {} : { author: r.author }),
    ...(r.action === null ? {} : { action: r.action as GuardAction }),
    delivered: r.delivered === 1,
  };
}

export function escalationFromRow(
  cipher: ContentCipher,
  r: Selectable<EscalationsTable>,
): Escalation {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    level: r.level as RiskLevel,
    categories: JSON.parse(r.categories) as RiskCategory[],
    reasons: JSON.parse(r.reasons) as string[],
    status: r.status as EscalationStatus,
    createdAt: r.created_at,
    slaDueAt: r.sla_due_at,
    ...(r.assignee === null ? {} : { assignee: r.assignee }),
    ...(r.claimed_at === null ? {} : { claimedAt: r.claimed_at }),
    ...(r.resolved_at === null ? {} : { resolvedAt: r.resolved_at }),
    ...(r.resolution === null
      ? {}
      : { resolution: cipher.open(r.resolution, resolutionPlace(r.id)) }),
  };
}
