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
import { fixedInsert, fixedStatement } from './fixed-statements.js';
import type { AuditInput, AuditVerification } from './records.js';
import type { AuditEventsTable, Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The last event of the chain: what the next event's seq and prevHash follow. */
export interface AuditHead {
  seq: number;
  hash: string;
}

const takeLock = fixedStatement<{ id: number }, AuditHead>('audit lock', (db, v) =>
  db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', v.id)
    .returning(['seq', 'hash']),
);

/**
 * Takes the audit write lock. Call it as the first statement of any transaction that appends
 * audit events: it writes before anything is read, so concurrent appenders (other processes on
 * the same SQLite file, or PostgreSQL sessions) queue here instead of forking the chain. Returns
 * the head as of the lock, which `appendAuditEvents` can take instead of reading it again.
 */
export async function lockAudit(trx: Transaction<Database>): Promise<AuditHead> {
  return (await takeLock.takeFirst(trx, { id: 1 })) ?? { seq: 0, hash: GENESIS_HASH };
}

const AUDIT_INSERT_CHUNK = 100;

const insertEvents = fixedInsert('audit_events', [
  'seq',
  'at',
  'actor',
  'type',
  'conversation_id',
  'payload',
  'payload_hash',
  'prev_hash',
  'hash',
]);

const moveHead = fixedStatement<AuditHead & { id: number }>('audit head', (db, v) =>
  db.updateTable('audit_head').set({ seq: v.seq, hash: v.hash }).where('id', '=', v.id),
);

/**
 * Appends events to the chain; the caller's transaction must have called `lockAudit` first. With
 * the `head` that `lockAudit` returned, the head is not read again; it is moved on to the last
 * event written, so it stays current for a later append in the same transaction.
 */
export async function appendAuditEvents(
  trx: Transaction<Database>,
  events: AuditInput[],
  at: string,
  head?: AuditHead,
): Promise<AuditEvent[]> {
  if (events.length === 0) return [];
  const from =
    head ??
    (await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirst());
  let seq = from?.seq ?? 0;
  let prevHash = from?.hash ?? GENESIS_HASH;
  const written: AuditEvent[] = [];
  const rows: Array<Required<Insertable<AuditEventsTable>>> = [];
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
    await insertEvents.execute(trx, rows.slice(i, i + AUDIT_INSERT_CHUNK));
  await moveHead.execute(trx, { id: 1, seq, hash: prevHash });
  if (head) Object.assign(head, { seq, hash: prevHash });
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
