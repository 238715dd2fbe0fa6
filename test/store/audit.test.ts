import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, Store } from '../../src/store/index.js';

const at = (n: number) => new Date(Date.UTC(2026, 10, 22, 1, 0, n)).toISOString();

describe('Store: audit chain', () => {
  let dir: string;
  let store: Store;
  const path = () => join(dir, 'tandem.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-audit-'));
    store = await Store.open(path(), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function seed(n: number) {
    for (let i = 0; i < n; i++)
      await store.appendAudit(
        [
          {
            actor: 'guard',
            type: i % 2 ? 'policy' : 'triage',
            conversationId: `c-${i % 3}`,
            payload: { level: 'high', cssrs: i % 7, checks: ['means_content'] },
          },
        ],
        at(i),
      );
  }

  /** Tampers with the database file directly, as someone with file access could. */
  async function tamper(statements: string[]) {
    await store.close();
    const raw = new Sqlite(path());
    for (const s of statements) raw.prepare(s).run();
    raw.close();
    store = await Store.open(path(), { encryptionKey: '' });
  }

  it('chains events from the genesis hash and reads them back by conversation and seq', async () => {
    const written = await store.appendAudit(
      [
        { actor: 'gateway', type: 'request', conversationId: 'c-1', payload: { keyId: 'key_1' } },
        { actor: 'guard', type: 'triage', conversationId: 'c-1', payload: { level: 'low' } },
        { actor: 'cli', type: 'key.created', payload: { keyId: 'key_2' } },
      ],
      at(0),
    );
    expect(written.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(written[0]?.prevHash).toBe(GENESIS_HASH);
    expect(written[1]?.prevHash).toBe(written[0]?.hash);
    expect(written[2]).not.toHaveProperty('conversationId');
    expect(await store.auditEvents()).toEqual(written);
    expect((await store.auditEvents({ conversationId: 'c-1' })).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.auditEvents({ afterSeq: 1, limit: 1 })).map((e) => e.seq)).toEqual([2]);
    expect((await store.auditEvents({ latest: true, limit: 2 })).map((e) => e.seq)).toEqual([2, 3]);
    expect(await store.appendAudit([], at(1))).toEqual([]);
    expect(await store.verifyAudit()).toEqual({
      ok: true,
      events: 3,
      problems: [],
      head: { seq: 3, hash: written[2]?.hash },
    });
  });

  it('verifies an empty log', async () => {
    expect(await store.verifyAudit()).toEqual({
      ok: true,
      events: 0,
      problems: [],
      head: { seq: 0, hash: GENESIS_HASH },
    });
  });

  it.each([
    [
      'an edited payload',
      [`update audit_events set payload = '{"checks":[],"cssrs":0,"level":"none"}' where seq = 4`],
      [{ seq: 4, kind: 'altered' }],
    ],
    [
      'an edited actor',
      [`update audit_events set actor = 'cli' where seq = 2`],
      [{ seq: 2, kind: 'altered' }],
    ],
    ['a deleted event', ['delete from audit_events where seq = 5'], [{ seq: 5, kind: 'removed' }]],
    [
      'the newest events deleted',
      ['delete from audit_events where seq >= 7'],
      [{ seq: 7, kind: 'removed' }],
    ],
    [
      'two events swapped',
      [
        'update audit_events set seq = -3 where seq = 3',
        'update audit_events set seq = 3 where seq = 6',
        'update audit_events set seq = 6 where seq = -3',
      ],
      [
        { seq: 3, kind: 'reordered' },
        { seq: 6, kind: 'reordered' },
      ],
    ],
    [
      'an event copied in with a fresh seq',
      [
        `insert into audit_events select 9, at, actor, type, conversation_id, payload, payload_hash, prev_hash, hash from audit_events where seq = 8`,
      ],
      [{ seq: 9, kind: 'inserted' }],
    ],
    [
      'a changed link',
      [`update audit_events set prev_hash = '${'1'.repeat(64)}' where seq = 2`],
      [{ seq: 2, kind: 'broken_link' }],
    ],
  ])('detects %s', async (_name, statements, expected) => {
    await seed(8);
    expect((await store.verifyAudit()).ok).toBe(true);
    await tamper(statements);
    const result = await store.verifyAudit();
    expect(result.ok).toBe(false);
    expect(result.problems.map(({ seq, kind }) => ({ seq, kind }))).toEqual(expected);
    for (const p of result.problems) expect(p.message).toMatch(/\S/);
  });

  it('keeps one chain under many concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        store.appendAudit(
          [
            { actor: 'guard', type: 'triage', payload: { i } },
            { actor: 'guard', type: 'action', payload: { i } },
          ],
          at(i),
        ),
      ),
    );
    const result = await store.verifyAudit();
    expect(result).toMatchObject({ ok: true, events: 120, head: { seq: 120 } });
    const events = await store.auditEvents({ limit: 500 });
    // Each append's two events stay together.
    for (let k = 0; k < events.length; k += 2)
      expect(events[k]?.payload).toEqual(events[k + 1]?.payload);
  });
});
