import { createHash } from 'node:crypto';
import type { AuditProblem, AuditVerification } from './records.js';

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal values always
 * hash alike. Follows JSON.stringify for everything else: `undefined` members are dropped,
 * `undefined` in arrays becomes null, `toJSON` is honoured, non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
    if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => {
        const v = record[k];
        return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
      })
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'function' || typeof value === 'symbol' || value === undefined)
    return 'null';
  // JSON.stringify throws on bigint, which is what we want: the payload is not JSON.
  return JSON.stringify(value);
}

export function payloadHash(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

/** The fields an event's hash covers (the payload through its hash). */
export interface HashedFields {
  seq: number;
  at: string;
  actor: string;
  type: string;
  conversationId: string | null;
  payloadHash: string;
}

export function eventHash(prevHash: string, f: HashedFields): string {
  const body = canonicalJson({
    seq: f.seq,
    at: f.at,
    actor: f.actor,
    type: f.type,
    conversationId: f.conversationId,
    payloadHash: f.payloadHash,
  });
  return sha256Hex(`${prevHash}\n${body}`);
}

/** An audit row as stored: `payload` is the stored JSON text. */
export interface ChainRow extends HashedFields {
  payload: string;
  prevHash: string;
  hash: string;
}

// How many renumbered-away events a verifier tries to account for at one gap.
const MAX_RENUMBER_SHIFT = 16;

/**
 * Checks a chain (rows sorted by seq) against the recorded head. Every single change to the rows
 * is detected; the problem kind says what most likely happened, so a person knows where to look:
 * - `altered`: an event's fields or payload no longer match its hash;
 * - `removed`: events are missing (a gap in seq, renumbered later events, or a shortened end);
 * - `reordered`: an event sits elsewhere than where it was written;
 * - `inserted`: an event that was never appended through the store (well-formed or not);
 * - `broken_link`: an event's `prevHash` does not point at the event before it.
 */
export function verifyChain(
  rows: ChainRow[],
  head: { seq: number; hash: string } | undefined,
): AuditVerification {
  const problems: AuditProblem[] = [];
  const reported = new Set<number>();
  const indexOfHash = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!indexOfHash.has(r.hash)) indexOfHash.set(r.hash, i);
  });
  indexOfHash.set(GENESIS_HASH, -1);
  const hashAt = (i: number) => (i < 0 ? GENESIS_HASH : (rows[i]?.hash ?? ''));
  const report = (i: number, seq: number, kind: AuditProblem['kind'], message: string) => {
    problems.push({ seq, kind, message });
    reported.add(i);
  };
  // Later events keep the hash of the seq they were written with; after an insertion or removal
  // that renumbered them, `shift` maps current seq to the original one.
  let shift = 0;
  let expectedSeq = 1;

  rows.forEach((r, i) => {
    const expectedPrev = hashAt(i - 1);
    if (r.seq < expectedSeq) {
      report(i, r.seq, 'inserted', `event ${r.seq} precedes the start of the chain`);
      return;
    }
    const gap = r.seq > expectedSeq;
    if (gap) {
      const missing = r.seq - expectedSeq;
      report(
        i,
        expectedSeq,
        'removed',
        missing === 1
          ? `event ${expectedSeq} is missing`
          : `events ${expectedSeq}–${r.seq - 1} are missing (${missing} events)`,
      );
    }
    expectedSeq = r.seq + 1;

    const original = indexOfHash.get(r.hash);
    if (original !== undefined && original < i) {
      const copied = (rows[original] as ChainRow).seq;
      return report(i, r.seq, 'inserted', `event ${r.seq} is a copy of event ${copied}`);
    }

    try {
      JSON.parse(r.payload);
    } catch {
      return report(i, r.seq, 'altered', `event ${r.seq}: the payload is not valid JSON`);
    }
    // The stored text is the canonical JSON that was hashed: any byte changed, even whitespace
    // that would parse to the same value, is an alteration.
    if (sha256Hex(r.payload) !== r.payloadHash)
      return report(i, r.seq, 'altered', `event ${r.seq}: the payload does not match its hash`);

    const asWritten = { ...r, seq: r.seq - shift };
    if (eventHash(r.prevHash, asWritten) === r.hash) {
      if (r.prevHash === expectedPrev || gap || reported.has(i - 1)) return;
      const j = indexOfHash.get(r.prevHash);
      if (j !== undefined && j > i)
        return report(i, r.seq, 'reordered', `event ${r.seq} was written after a later event`);
      if (j !== undefined && j < i - 1 && chainsFrom(rows, j, hashAt(j)))
        return reportInserted(j, i);
      return report(
        i,
        r.seq,
        'broken_link',
        `event ${r.seq}: prevHash does not match the hash of the event before it`,
      );
    }
    if (!gap && eventHash(expectedPrev, asWritten) === r.hash)
      return report(i, r.seq, 'broken_link', `event ${r.seq}: its prevHash was changed`);

    const j = indexOfHash.get(r.prevHash);
    if (j === undefined) {
      for (let d = 1; d <= MAX_RENUMBER_SHIFT; d++) {
        if (eventHash(r.prevHash, { ...r, seq: asWritten.seq + d }) !== r.hash) continue;
        shift -= d;
        return report(
          i,
          r.seq,
          'removed',
          `${d} event(s) before event ${r.seq} were removed and later events renumbered`,
        );
      }
      return report(i, r.seq, 'altered', `event ${r.seq}: its fields do not match its hash`);
    }
    if (j === i - 1)
      return report(i, r.seq, 'altered', `event ${r.seq}: its fields do not match its hash`);
    const originalSeq = j < 0 ? 1 : (rows[j] as ChainRow).seq - shift + 1;
    if (
      j < i - 1 &&
      originalSeq < asWritten.seq &&
      eventHash(r.prevHash, { ...r, seq: originalSeq }) === r.hash &&
      chainsFrom(rows, j, hashAt(j))
    ) {
      return reportInserted(j, i, asWritten.seq - originalSeq);
    }
    report(i, r.seq, 'reordered', `event ${r.seq} is not where it was written`);
  });

  function reportInserted(j: number, i: number, renumbered = 0) {
    for (let k = j + 1; k < i; k++) {
      const row = rows[k] as ChainRow;
      if (!reported.has(k))
        report(k, row.seq, 'inserted', `event ${row.seq} was inserted into the chain`);
    }
    shift += renumbered;
  }

  checkHead();

  function checkHead() {
    const last = rows.at(-1);
    if (!head) {
      report(rows.length, 0, 'removed', 'the audit head record is missing');
      return;
    }
    if (!last) {
      if (head.seq > 0)
        report(0, 1, 'removed', `all ${head.seq} events are missing (the head records them)`);
      return;
    }
    const k = indexOfHash.get(head.hash);
    const lastOriginalSeq = last.seq - shift;
    if (k === undefined) {
      if (head.seq > lastOriginalSeq) {
        report(
          rows.length,
          lastOriginalSeq + 1,
          'removed',
          `events after ${lastOriginalSeq} up to ${head.seq} were removed from the end`,
        );
      } else if (!reported.has(rows.length - 1)) {
        report(
          rows.length - 1,
          last.seq,
          'altered',
          `the newest event does not match the recorded head (seq ${head.seq})`,
        );
      }
      return;
    }
    if (k >= rows.length - 1) return;
    const later = rows.slice(k + 1);
    const untouched = later.every((_, n) => !reported.has(k + 1 + n));
    if (untouched && chainsFrom(rows, k, hashAt(k)))
      later.forEach((row, n) =>
        report(k + 1 + n, row.seq, 'inserted', `event ${row.seq} was appended after the head`),
      );
  }

  return {
    ok: problems.length === 0,
    events: rows.length,
    problems,
    head: head ?? { seq: 0, hash: '' },
  };
}

/** Whether the row after index `j` claims the event at `j` as its predecessor. */
function chainsFrom(rows: ChainRow[], j: number, hash: string): boolean {
  return rows[j + 1]?.prevHash === hash;
}
