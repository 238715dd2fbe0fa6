import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  eventHash,
  GENESIS_HASH,
  payloadHash,
  verifyChain,
  type ChainRow,
} from '../../src/store/index.js';

/** Builds a well-formed chain the way the store appends it. */
function buildChain(
  events: Array<{ actor: string; type: string; conversationId: string | null; payload: unknown }>,
): { rows: ChainRow[]; head: { seq: number; hash: string } } {
  let prevHash = GENESIS_HASH;
  const rows = events.map((e, i) => {
    const fields = {
      seq: i + 1,
      at: new Date(Date.UTC(2026, 10, 22, 0, 0, i)).toISOString(),
      actor: e.actor,
      type: e.type,
      conversationId: e.conversationId,
      payloadHash: payloadHash(e.payload),
    };
    const hash = eventHash(prevHash, fields);
    const row: ChainRow = { ...fields, payload: canonicalJson(e.payload), prevHash, hash };
    prevHash = hash;
    return row;
  });
  return { rows, head: { seq: rows.length, hash: prevHash } };
}

const eventArb = fc.record({
  actor: fc.constantFrom('guard', 'gateway', 'counselor:ana', 'notifier', 'cli'),
  type: fc.constantFrom('triage', 'policy', 'checks', 'action', 'escalation.created'),
  conversationId: fc.option(fc.constantFrom('c-1', 'c-2', 'c-3'), { nil: null }),
  payload: fc.record({
    level: fc.constantFrom('none', 'low', 'moderate', 'high', 'imminent'),
    cssrs: fc.integer({ min: 0, max: 6 }),
    checks: fc.array(fc.constantFrom('means_content', 'claims_human', 'stigma'), { maxLength: 3 }),
    n: fc.double({ noNaN: true, noDefaultInfinity: true }),
  }),
});
const chainArb = (min: number) => fc.array(eventArb, { minLength: min, maxLength: 25 });

const clone = (rows: ChainRow[]) => rows.map((r) => ({ ...r }));
const kinds = (rows: ChainRow[], head: { seq: number; hash: string } | undefined) =>
  verifyChain(rows, head).problems.map((p) => p.kind);

/** A well-formed forged event placed at `seq` with the predecessor's hash (a careful forger). */
function forge(prevHash: string, seq: number): ChainRow {
  const payload = { level: 'none', forged: true };
  const fields = {
    seq,
    at: '2026-11-22T00:00:00.000Z',
    actor: 'guard',
    type: 'action',
    conversationId: null,
    payloadHash: payloadHash(payload),
  };
  return {
    ...fields,
    payload: canonicalJson(payload),
    prevHash,
    hash: eventHash(prevHash, fields),
  };
}

describe('canonicalJson', () => {
  it('is stable under key order and a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"x"}],"b":1}',
    );
  });

  it('refuses values that are not JSON', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow();
  });
});

describe('verifyChain', () => {
  it('accepts every untampered chain, including the empty one', () => {
    fc.assert(
      fc.property(chainArb(0), (events) => {
        const { rows, head } = buildChain(events);
        const result = verifyChain(rows, head);
        expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.events).toBe(events.length);
      }),
    );
  });

  it('detects an altered payload or field as altered', () => {
    fc.assert(
      fc.property(
        chainArb(1),
        fc.nat(),
        fc.constantFrom('payload', 'actor', 'type', 'at', 'conversationId', 'payloadHash', 'hash'),
        (events, pick, field) => {
          const { rows, head } = buildChain(events);
          const i = pick % rows.length;
          const tampered = clone(rows);
          const row = tampered[i] as ChainRow;
          if (field === 'payload') row.payload = canonicalJson({ level: 'none', note: 'edited' });
          else if (field === 'conversationId')
            row.conversationId = row.conversationId ? null : 'c-9';
          else if (field === 'at') row.at = '2020-01-01T00:00:00.000Z';
          else if (field === 'payloadHash' || field === 'hash') row[field] = 'f'.repeat(64);
          else row[field] = `${row[field]}x`;
          const result = verifyChain(tampered, head);
          expect(result.ok).toBe(false);
          expect(result.problems[0]).toMatchObject({ seq: i + 1, kind: 'altered' });
        },
      ),
    );
  });

  it('detects a changed prevHash as a broken link', () => {
    fc.assert(
      fc.property(chainArb(1), fc.nat(), (events, pick) => {
        const { rows, head } = buildChain(events);
        const i = pick % rows.length;
        const tampered = clone(rows);
        (tampered[i] as ChainRow).prevHash = 'a'.repeat(64);
        expect(verifyChain(tampered, head).problems).toEqual([
          expect.objectContaining({ seq: i + 1, kind: 'broken_link' }),
        ]);
      }),
    );
  });

  it('detects removed events: a gap, renumbered later events, or a shortened end', () => {
    fc.assert(
      fc.property(chainArb(2), fc.nat(), fc.boolean(), (events, pick, renumber) => {
        const { rows, head } = buildChain(events);
        const i = pick % rows.length;
        const tampered = clone(rows);
        tampered.splice(i, 1);
        if (renumber) for (let k = i; k < tampered.length; k++) (tampered[k] as ChainRow).seq -= 1;
        const result = verifyChain(tampered, head);
        expect(result.ok).toBe(false);
        expect(result.problems.map((p) => p.kind)).toEqual(['removed']);
      }),
    );
  });

  it('detects two events that swapped places as reordered', () => {
    fc.assert(
      fc.property(chainArb(2), fc.nat(), fc.nat(), (events, a, b) => {
        const { rows, head } = buildChain(events);
        const i = a % rows.length;
        let j = b % rows.length;
        if (j === i) j = (i + 1) % rows.length;
        const tampered = clone(rows);
        const ri = tampered[i] as ChainRow;
        const rj = tampered[j] as ChainRow;
        tampered[i] = { ...rj, seq: ri.seq };
        tampered[j] = { ...ri, seq: rj.seq };
        const found = kinds(tampered, head);
        expect(found.length).toBeGreaterThan(0);
        expect(new Set(found)).toEqual(new Set(['reordered']));
      }),
    );
  });

  it('detects a well-forged event inserted anywhere (later events renumbered) as inserted', () => {
    fc.assert(
      fc.property(chainArb(1), fc.nat(), (events, pick) => {
        const { rows, head } = buildChain(events);
        const at = pick % (rows.length + 1);
        const prev = at === 0 ? GENESIS_HASH : (rows[at - 1] as ChainRow).hash;
        const tampered = clone(rows);
        for (let k = at; k < tampered.length; k++) (tampered[k] as ChainRow).seq += 1;
        tampered.splice(at, 0, forge(prev, at + 1));
        const result = verifyChain(tampered, head);
        expect(result.problems).toEqual([
          expect.objectContaining({ seq: at + 1, kind: 'inserted' }),
        ]);
      }),
    );
  });

  it('detects any random single change to any column of any row', () => {
    const columns = [
      'seq',
      'at',
      'actor',
      'type',
      'conversationId',
      'payload',
      'payloadHash',
      'prevHash',
      'hash',
    ] as const;
    fc.assert(
      fc.property(
        chainArb(1),
        fc.nat(),
        fc.constantFrom(...columns),
        fc.string({ minLength: 1, maxLength: 8 }),
        (events, pick, column, junk) => {
          const { rows, head } = buildChain(events);
          const i = pick % rows.length;
          const tampered = clone(rows);
          const row = tampered[i] as ChainRow;
          if (column === 'seq') row.seq = rows.length + 5 + junk.length;
          else {
            const before = String(row[column] ?? '');
            const after = before + junk;
            (row as unknown as Record<string, string>)[column] = after;
          }
          tampered.sort((x, y) => x.seq - y.seq);
          expect(verifyChain(tampered, head).ok).toBe(false);
        },
      ),
    );
  });

  it('detects whitespace added to a payload, though it parses to the same value', () => {
    const { rows, head } = buildChain([
      { actor: 'guard', type: 'triage', conversationId: null, payload: { level: 'none' } },
    ]);
    const tampered = clone(rows);
    (tampered[0] as ChainRow).payload += ' ';
    const result = verifyChain(tampered, head);
    expect(result.ok).toBe(false);
  });

  it('detects removal of the newest events and events appended behind the head', () => {
    const { rows, head } = buildChain([
      { actor: 'guard', type: 'triage', conversationId: 'c-1', payload: { level: 'high' } },
      { actor: 'guard', type: 'policy', conversationId: 'c-1', payload: { action: 'replace' } },
      { actor: 'guard', type: 'action', conversationId: 'c-1', payload: { action: 'replace' } },
    ]);
    expect(kinds(rows.slice(0, 1), head)).toEqual(['removed']);
    expect(kinds([], head)).toEqual(['removed']);
    const appended = [...clone(rows), forge((rows[2] as ChainRow).hash, 4)];
    expect(verifyChain(appended, head).problems).toEqual([
      expect.objectContaining({ seq: 4, kind: 'inserted' }),
    ]);
    expect(kinds(rows, undefined)).toEqual(['removed']);
  });
});
