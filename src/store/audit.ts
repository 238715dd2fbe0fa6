import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditEvent } from '../core/index.js';
import {
  canonicalJson,
  eventHash,
  GENESIS_HASH,
  sha256Hex,
  verifyChain,
  type ChainRow,
} from './audit-chain.js';
import type { AuditInput, AuditVerification } from './records.js';
import type { AuditEventsTable, Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Takes the audit write lock. Call it as the first statement of any transaction that appends
 * audit events: it writes before anything is read, so concurrent appenders (other processes on
 * the same SQLite file, or PostgreSQL sessions) queue here instead of forking the chain.
 */
export async function lockAudit(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .execute();
}

const AUDIT_INSERT_CHUNK = 100;

/** Appends events to the chain; the caller's transaction must have called `lockAudit` first. */
export async function appendAuditEvents(
  trx: Transaction<Database>,
  events: AuditInput[],
  at: string,
): Promise<AuditEvent[]> {
  if (events.length === 0) return [];
  const head = await trx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const written: AuditEvent[] = [];
  const rows: Array<Insertable<AuditEventsTable>> = [];
  for (const e of events) {
    seq += 1;
    const payload = canonicalJson(e.payload);
    const fields = {
      seq,
      at,
      actor: e.actor,
      type: e.type,
      conversationId: e.conversationId ?? null,
      payloadHash: sha256Hex(payload),
    };
    const hash = eventHash(prevHash, fields);
    rows.push({
      seq,
      at,
      actor: e.actor,
      type: e.type,
      conversation_id: fields.conversationId,
      payload,
      payload_hash: fields.payloadHash,
      prev_hash: prevHash,
      hash,
    });
    written.push({
      seq,
      at,
      actor: e.actor,
      type: e.type,
      ...(e.conversationId === undefined ? {} : { conversationId: e.conversationId }),
      payload: JSON.parse(payload) as unknown,
      payloadHash: fields.payloadHash,
      prevHash,
      hash,
    });
    prevHash = hash;
  }
  // Chunked so a long batch stays far below SQLite's limit on bound parameters.
  for (let i = 0; i < rows.length; i += AUDIT_INSERT_CHUNK)
    await trx
      .insertInto('audit_events')
      .values(rows.slice(i, i + AUDIT_INSERT_CHUNK))
      .execute();
  await trx.updateTable('audit_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
  return written;
}

export interface AuditQuery {
  conversationId?: string;
  /** Only events with a greater seq. */
  afterSeq?: number;
  limit?: number;
  /** The newest `limit` events (still returned oldest first) instead of the oldest. */
  latest?: boolean;
}

export async function readAuditEvents(db: Executor, q: AuditQuery = {}): Promise<AuditEvent[]> {
  let query = db.selectFrom('audit_events').selectAll();
  if (q.conversationId !== undefined) query = query.where('conversation_id', '=', q.conversationId);
  if (q.afterSeq !== undefined) query = query.where('seq', '>', q.afterSeq);
  const rows = await query
    .orderBy('seq', q.latest ? 'desc' : 'asc')
    .limit(q.limit ?? 1000)
    .execute();
  if (q.latest) rows.reverse();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    type: r.type,
    ...(r.conversation_id === null ? {} : { conversationId: r.conversation_id }),
    payload: parsePayload(r.payload),
    payloadHash: r.payload_hash,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A tampered row must still be listable; `audit verify` reports it.
    return text;
  }
}

// Reading the chain in pages keeps each statement small for long logs.
const VERIFY_PAGE = 5000;

/**
 * Reads the head and every event in one transaction (a consistent snapshot, so events appended
 * meanwhile are not mistaken for insertions) and checks the chain.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const { rows, head } = await db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirst();
    const rows: ChainRow[] = [];
    let after: number | undefined;
    for (;;) {
      let query = trx.selectFrom('audit_events').selectAll();
      if (after !== undefined) query = query.where('seq', '>', after);
      const page = await query.orderBy('seq').limit(VERIFY_PAGE).execute();
      for (const r of page) {
        rows.push({
          seq: r.seq,
          at: r.at,
          actor: r.actor,
          type: r.type,
          conversationId: r.conversation_id,
          payload: r.payload,
          payloadHash: r.payload_hash,
          prevHash: r.prev_hash,
          hash: r.hash,
        });
      }
      if (page.length < VERIFY_PAGE) break;
      after = (page.at(-1) as { seq: number }).seq;
    }
    return { rows, head };
  });
  return verifyChain(rows, head);
}
