/**
 * Co-created drafts: replies held for a clinician's approval. A draft is written in the turn's own
 * transaction (`insertDraft`, from `recordTurn`); deciding it queues the final text as a counsellor
 * message and marks the conversation as awaiting delivery, so the person's next request carries it
 * even though nobody took the conversation over. Texts are sealed like messages; the audit log
 * records decisions, never text.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  TandemError,
  type DiffPart,
  type Draft,
  type DraftStatus,
  type GuardAction,
  type ProtocolId,
} from '../core/index.js';
import { wordDiff } from '../nlp/text-diff.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import type { ContentCipher } from './crypto.js';
import { counselorActor, queueCounselorMessage } from './messages.js';
import type { Database, DraftsTable } from './schema.js';

export interface DraftContext {
  db: Kysely<Database>;
  cipher: ContentCipher;
}

/** What a turn hands the store to hold for approval. */
export interface NewDraft {
  text: string;
  action: GuardAction;
  protocol?: ProtocolId;
  failedChecks: string[];
}

const draftPlace = (id: string, field: 'text' | 'final' | 'diff') => `draft ${id} ${field}`;

/** Writes a draft inside the turn's transaction; returns its id (audited by the caller's turn). */
export async function insertDraft(
  trx: Transaction<Database>,
  cipher: ContentCipher,
  conversationId: string,
  seq: number,
  draft: NewDraft,
  at: string,
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('drafts')
    .values({
      id,
      conversation_id: conversationId,
      seq,
      created_at: at,
      text: cipher.seal(draft.text, draftPlace(id, 'text')),
      action: draft.action,
      protocol: draft.protocol ?? null,
      failed_checks: JSON.stringify(draft.failedChecks),
      status: 'pending',
      final: null,
      diff: null,
      decided_by: null,
      decided_at: null,
    })
    .execute();
  return id;
}

export async function listDrafts(
  ctx: DraftContext,
  opts: { status?: DraftStatus; conversationId?: string; limit?: number } = {},
): Promise<Draft[]> {
  let query = ctx.db.selectFrom('drafts').selectAll();
  if (opts.status !== undefined) query = query.where('status', '=', opts.status);
  if (opts.conversationId !== undefined)
    query = query.where('conversation_id', '=', opts.conversationId);
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(opts.limit ?? 100)
    .execute();
  return rows.map((r) => draftFromRow(ctx.cipher, r));
}

export async function getDraft(ctx: DraftContext, id: string): Promise<Draft | undefined> {
  const row = await ctx.db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? draftFromRow(ctx.cipher, row) : undefined;
}

/**
 * Approves a pending draft (as written, or with the clinician's edit as `text`) or rejects it with
 * the clinician's own reply; either way that text is queued for the person. Deciding twice is a
 * conflict: the person must get one answer, not two.
 */
export async function decideDraft(
  ctx: DraftContext,
  id: string,
  decision: { approve: boolean; by: string; text?: string },
  at: string,
): Promise<Draft> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await trx.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new TandemError('DRAFT_NOT_FOUND', `no draft ${id}`);
    if (row.status !== 'pending')
      throw new TandemError(
        'DRAFT_CONFLICT',
        `draft ${id} was already ${row.status} by ${row.decided_by ?? 'someone'}`,
        { details: { status: row.status, by: row.decided_by } },
      );
    const drafted = ctx.cipher.open(row.text, draftPlace(id, 'text'));
    const final = decision.text?.trim() || (decision.approve ? drafted : '');
    if (final === '')
      throw new TandemError(
        'INPUT_INVALID',
        'rejecting a draft needs your own reply (text): the person must not be left without one',
      );
    const status: DraftStatus = decision.approve ? 'approved' : 'rejected';
    const decided = {
      status,
      final: ctx.cipher.seal(final, draftPlace(id, 'final')),
      diff: ctx.cipher.seal(JSON.stringify(wordDiff(drafted, final)), draftPlace(id, 'diff')),
      decided_by: decision.by,
      decided_at: at,
    };
    await trx.updateTable('drafts').set(decided).where('id', '=', id).execute();

    const conversation = await trx
      .selectFrom('conversations')
      .select('message_count')
      .where('id', '=', row.conversation_id)
      .executeTakeFirstOrThrow();
    const seq = await queueCounselorMessage(trx, ctx.cipher, {
      conversationId: row.conversation_id,
      messageCount: conversation.message_count,
      by: decision.by,
      content: final,
      at,
      awaitingDelivery: true,
    });
    await appendAuditEvents(
      trx,
      [
        {
          actor: counselorActor(decision.by),
          type: decision.approve ? 'draft.approved' : 'draft.rejected',
          conversationId: row.conversation_id,
          payload: { draftId: id, edited: final !== drafted, seq },
        },
      ],
      at,
    );
    return draftFromRow(ctx.cipher, { ...row, ...decided });
  });
}

function draftFromRow(cipher: ContentCipher, r: Selectable<DraftsTable>): Draft {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    seq: r.seq,
    createdAt: r.created_at,
    text: cipher.open(r.text, draftPlace(r.id, 'text')),
    action: r.action as GuardAction,
    ...(r.protocol === null ? {} : { protocol: r.protocol as ProtocolId }),
    failedChecks: JSON.parse(r.failed_checks) as string[],
    status: r.status as DraftStatus,
    ...(r.final === null ? {} : { final: cipher.open(r.final, draftPlace(r.id, 'final')) }),
    ...(r.diff === null
      ? {}
      : { diff: JSON.parse(cipher.open(r.diff, draftPlace(r.id, 'diff'))) as DiffPart[] }),
    ...(r.decided_by === null ? {} : { decidedBy: r.decided_by }),
    ...(r.decided_at === null ? {} : { decidedAt: r.decided_at }),
  };
}
