import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFETY_NET_PAGES, WalCheckpointer } from '../../src/store/wal-checkpointer.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-wal-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WalCheckpointer', () => {
  it('moves the checkpoints out of the commits, into a worker that copies the log back', async () => {
    const file = tempDb();
    const db = new Sqlite(file);
    db.pragma('journal_mode = WAL');
    const checkpointer = WalCheckpointer.start(db, file, 50);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES);

    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // Far more than SQLite's default threshold of 1000 pages: no commit checkpoints by itself.
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run('x'.repeat(400));
    })();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1000 * 4096);

    await until(() => {
      const last = checkpointer.status.last;
      return last !== undefined && last.log > 1000 && last.checkpointed === last.log;
    });
    expect(checkpointer.status.failures).toBe(0);
    // The database file now holds the rows, not only the log.
    expect(statSync(file).size).toBeGreaterThan(1000 * 4096);
    await checkpointer.stop();
    db.close();
    const reopened = new Sqlite(file, { readonly: true });
    expect(reopened.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 20_000 });
    reopened.close();
  });
});
