/**
 * Statements of a fixed shape (the ones every gateway turn runs), built and compiled once and then
 * run with each call's values. Building a query with Kysely and compiling it cost more CPU than
 * SQLite takes to run the small statements of a turn; the SQL text and its parameters are the same
 * as building the query afresh, so what is written does not change, and the SQL comes from the
 * database's own dialect (portable like every other query).
 */
import type {
  Compilable,
  CompiledQuery,
  Insertable,
  Kysely,
  QueryResult,
  Transaction,
} from 'kysely';
import { TandemError } from '../core/index.js';
import type { Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Marks a parameter as a placeholder for one of the call's values (never a value a caller has). */
const SLOT = '\u0000tandem-slot\u0000';

/** Where each parameter of a compiled statement comes from: a call's value, or a constant. */
type Source = { row: number; field: string } | { constant: unknown };

interface Compiled {
  query: CompiledQuery;
  sources: Source[];
}

/**
 * A statement over one value of shape `V`. `build` must read each value as a property of the
 * object it is given, e.g. `.where('id', '=', v.id)` or `.values({ id: v.id, area: v.area })`, and
 * never pass it on whole nor transform a property: it gets placeholders, not values. Values are
 * scalars; `undefined` is refused (a built query would have left the column out, the compiled one
 * cannot).
 */
export function fixedStatement<V extends object, R = unknown>(
  name: string,
  build: (db: Executor, v: V) => Compilable<R>,
): {
  execute(db: Executor, v: V): Promise<QueryResult<R>>;
  /** The first row of the result (a `select` or `returning`), if any. */
  takeFirst(db: Executor, v: V): Promise<R | undefined>;
} {
  const statement = new FixedRows<V, R>(name, (db, rows) => build(db, rows[0]!));
  return {
    execute: (db, v) => statement.execute(db, [v]),
    takeFirst: async (db, v) => (await statement.execute(db, [v])).rows[0],
  };
}

/**
 * An insert of rows into `table`, compiled once per row count. Every row gives every column in
 * `columns`, null for an empty one.
 */
export function fixedInsert<
  T extends keyof Database & string,
  C extends keyof Insertable<Database[T]> & string,
>(
  table: T,
  columns: readonly C[],
): {
  execute(db: Executor, rows: Array<Required<Pick<Insertable<Database[T]>, C>>>): Promise<unknown>;
} {
  return new FixedRows<Record<C, unknown>, unknown>(`insert into ${table}`, (db, rows) =>
    // Kysely's types cannot follow a table chosen by a type parameter; `columns` are its own.
    (db.insertInto(table) as unknown as { values(rows: object[]): Compilable<unknown> }).values(
      rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]]))),
    ),
  );
}

class FixedRows<V extends object, R> {
  /** By the database's adapter (one per database and dialect) and row count. */
  readonly #compiled = new WeakMap<object, Map<number, Compiled>>();

  constructor(
    readonly name: string,
    private readonly build: (db: Executor, rows: V[]) => Compilable<R>,
  ) {}

  async execute(db: Executor, rows: V[]): Promise<QueryResult<R>> {
    const { query, sources } = this.#compile(db, rows.length);
    const parameters = sources.map((source) => {
      if ('constant' in source) return source.constant;
      const value = (rows[source.row] as Record<string, unknown>)[source.field];
      if (value === undefined)
        throw new TandemError(
          'STORE_ERROR',
          `${this.name}: no value for ${source.field} (use null for an empty column)`,
        );
      return value;
    });
    return db.executeQuery({ ...query, parameters } as CompiledQuery<R>);
  }

  #compile(db: Executor, count: number): Compiled {
    // The adapter is one per database (shared by its transactions) and says its dialect.
    // `getExecutor` is marked internal in Kysely; the dialect test in
    // test/store/fixed-statements.test.ts fails if an upgrade makes it mix up dialects.
    const adapter = db.getExecutor().adapter;
    let byCount = this.#compiled.get(adapter);
    if (!byCount) this.#compiled.set(adapter, (byCount = new Map()));
    let compiled = byCount.get(count);
    if (!compiled) {
      const placeholders = Array.from({ length: count }, (_, row) => placeholderRow<V>(row));
      const query = this.build(db, placeholders).compile();
      compiled = { query, sources: query.parameters.map(sourceOf) };
      byCount.set(count, compiled);
    }
    return compiled;
  }
}

function placeholderRow<V extends object>(row: number): V {
  return new Proxy({} as V, {
    get: (_target, field) =>
      typeof field === 'string' ? `${SLOT}${row}${SLOT}${field}` : undefined,
  });
}

function sourceOf(parameter: unknown): Source {
  if (typeof parameter !== 'string' || !parameter.startsWith(SLOT)) return { constant: parameter };
  const [, row, field] = parameter.split(SLOT);
  return { row: Number(row), field: field! };
}
