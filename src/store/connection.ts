import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase } from 'kysely';
import { TandemError } from '../core/index.js';
import { migrationProvider } from './migrations.js';
import { WalCheckpointer } from './wal-checkpointer.js';
import type { Database } from './schema.js';

export const DEFAULT_DATABASE = '.tandem/tandem.db';

export interface DatabaseLocation {
  kind: 'sqlite' | 'postgres';
  /** File path for SQLite, connection URL for PostgreSQL. */
  target: string;
}

/**
 * Resolves where the store lives: an explicit `--db` value wins, then `TANDEM_DATABASE_URL`, then
 * `.tandem/tandem.db` under the working directory. Accepts a file path, `sqlite:<path>`,
 * `file:<path>`, `:memory:` or a `postgres://` URL.
 */
export function resolveDatabaseLocation(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseLocation {
  const value = explicit ?? env.TANDEM_DATABASE_URL ?? DEFAULT_DATABASE;
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', target: value };
  const path = value.replace(/^(sqlite|file):(\/\/)?/, '');
  return { kind: 'sqlite', target: path === ':memory:' ? path : resolve(path) };
}

export interface OpenOptions {
  /**
   * Checkpoint the write-ahead log from a worker thread instead of inside commits: for a
   * long-running server, where a commit's stall delays every request in flight.
   */
  backgroundCheckpoints?: boolean;
}

export async function openDatabase(
  location: DatabaseLocation,
  options: OpenOptions = {},
): Promise<Kysely<Database>> {
  if (location.kind === 'postgres') {
    // The PostgreSQL dialect lands with the gateway's scale-out work; queries are already portable.
    throw new TandemError(
      'STORE_ERROR',
      'PostgreSQL is not supported by this version yet; unset TANDEM_DATABASE_URL or pass --db <file> to use SQLite',
    );
  }
  let sqlite: Sqlite.Database;
  try {
    if (location.target !== ':memory:') mkdirSync(dirname(location.target), { recursive: true });
    sqlite = new Sqlite(location.target);
  } catch (error) {
    throw new TandemError(
      'STORE_ERROR',
      `cannot open database ${location.target}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  // WAL lets readers (reports) run while an evaluation writes; NORMAL is durable across crashes of
  // this process (only an OS crash can lose the last transactions), which resume tolerates.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const checkpointer =
    options.backgroundCheckpoints && location.target !== ':memory:'
      ? WalCheckpointer.start(sqlite, location.target)
      : undefined;
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  if (checkpointer) {
    beforeClosing.set(db, async () => {
      await checkpointer.stop();
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    });
  }
  await migrate(db, location.target);
  return db;
}

/** Work a database needs before it closes (stopping its checkpoint worker), by database. */
const beforeClosing = new WeakMap<Kysely<Database>, () => Promise<void>>();

/** Closes a database opened by `openDatabase`, after any background work on it has stopped. */
export async function closeDatabase(db: Kysely<Database>): Promise<void> {
  try {
    await beforeClosing.get(db)?.();
  } finally {
    beforeClosing.delete(db);
    await db.destroy();
  }
}

/** Most distinct SQL texts kept prepared; the store issues a few dozen. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query afresh; preparing costs more than running the small queries the
 * gateway issues per turn, so prepared statements are kept by SQL text. One connection runs one
 * query at a time, so a statement is never in use twice.
 */
function withStatementCache(sqlite: Sqlite.Database): SqliteDatabase {
  const statements = new Map<string, Sqlite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

async function migrate(db: Kysely<Database>, where: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    await closeDatabase(db);
    throw new TandemError(
      'STORE_ERROR',
      `migration ${failed} failed on ${where}: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    );
  }
}
