import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedInsert, fixedStatement } from '../../src/store/fixed-statements.js';
import type { Database } from '../../src/store/schema.js';

/** A database that runs nothing and keeps what it was sent, in a dialect's SQL. */
function recording(dialect: 'sqlite' | 'postgres') {
  const sent: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (dialect === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) =>
        dialect === 'sqlite' ? new SqliteIntrospector(k) : new PostgresIntrospector(k),
      createQueryCompiler: () =>
        dialect === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
    },
    log: (event) => {
      sent.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  /** What building and compiling the query afresh would have sent. */
  const built = (query: Compilable<unknown>) => {
    const { sql, parameters } = query.compile();
    return { sql, parameters };
  };
  return { db, sent, built };
}

const message = (seq: number, author: string | null) => ({
  conversation_id: 'c-1',
  seq,
  role: seq % 2 ? 'user' : 'counselor',
  content: `text ${seq}`,
  author,
  action: null,
  at: `2026-11-22T10:00:0${seq}.000Z`,
  delivered: seq % 2,
  delivered_at: null,
});

describe('fixed statements', () => {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    it(`send what the query built afresh sends, in ${dialect}'s SQL`, async () => {
      const { db, sent, built } = recording(dialect);
      const update = fixedStatement<{ id: string; level: string; count: number }>(
        'update',
        (d, v) =>
          d
            .updateTable('conversations')
            .set({ last_level: v.level, message_count: v.count, awaiting_delivery: 0 })
            .where('id', '=', v.id)
            .where('takeover_by', 'is', null),
      );
      const insert = fixedInsert('messages', [
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
      for (const v of [
        { id: 'c-1', level: 'high', count: 3 },
        { id: 'c-2', level: 'none', count: 0 },
      ]) {
        await update.execute(db, v);
        expect(sent.pop()).toEqual(
          built(
            db
              .updateTable('conversations')
              .set({ last_level: v.level, message_count: v.count, awaiting_delivery: 0 })
              .where('id', '=', v.id)
              .where('takeover_by', 'is', null),
          ),
        );
      }
      for (const rows of [
        [message(1, null)],
        [message(2, 'sam'), message(3, null), message(4, 'kim')],
        [message(5, 'sam')],
      ]) {
        await insert.execute(db, rows);
        expect(sent.pop()).toEqual(built(db.insertInto('messages').values(rows)));
      }
      expect(sent).toEqual([]);
    });
  }

  it('compiles for each database its own dialect', async () => {
    const sqlite = recording('sqlite');
    const postgres = recording('postgres');
    const select = fixedStatement<{ id: string }>('select', (d, v) =>
      d.selectFrom('conversations').select('message_count').where('id', '=', v.id),
    );
    await select.takeFirst(sqlite.db, { id: 'c-1' });
    await select.takeFirst(postgres.db, { id: 'c-2' });
    await select.takeFirst(sqlite.db, { id: 'c-3' });
    expect(sqlite.sent).toEqual([
      { sql: 'select "message_count" from "conversations" where "id" = ?', parameters: ['c-1'] },
      { sql: 'select "message_count" from "conversations" where "id" = ?', parameters: ['c-3'] },
    ]);
    expect(postgres.sent).toEqual([
      { sql: 'select "message_count" from "conversations" where "id" = $1', parameters: ['c-2'] },
    ]);
  });

  it('refuses a missing value instead of writing a statement that differs from the built one', async () => {
    const { db, sent } = recording('sqlite');
    const insert = fixedInsert('messages', ['conversation_id', 'seq', 'author']);
    const row = { conversation_id: 'c-1', seq: 1, author: undefined } as unknown as {
      conversation_id: string;
      seq: number;
      author: string | null;
    };
    await expect(insert.execute(db, [row])).rejects.toMatchObject({ code: 'STORE_ERROR' });
    expect(sent).toEqual([]);
  });
});
