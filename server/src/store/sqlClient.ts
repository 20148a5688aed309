import { UniqueViolationError } from "./store.ts";

/**
 * What the SQL store needs from a driver. Both adapters speak PostgreSQL with `$1`
 * parameters and return `bytea` as `Uint8Array`, `int8` as `number` and
 * `timestamptz` as `Date`.
 */
export type SqlExecutor = {
  /** Runs one statement. Row types are the caller's claim; the driver does not check them. */
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
};

export type SqlClient = SqlExecutor & {
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const UNIQUE_VIOLATION = "23505";

/** Wraps a client so that unique violations surface as `UniqueViolationError`, whatever the driver. */
export function withStoreErrors(client: SqlClient): SqlClient {
  return {
    ...wrapExecutor(client),
    transaction: (fn) => client.transaction((tx) => fn(wrapExecutor(tx))).catch(translate),
    close: () => client.close(),
  };
}

function wrapExecutor(executor: SqlExecutor): SqlExecutor {
  return {
    query: <T>(sql: string, params?: unknown[]) => executor.query<T>(sql, params).catch(translate),
    exec: (sql) => executor.exec(sql).catch(translate),
  };
}

function translate(error: unknown): never {
  if (error instanceof UniqueViolationError) throw error;
  if (isDatabaseError(error) && error.code === UNIQUE_VIOLATION) {
    const translated = new UniqueViolationError(error.constraint ?? "unknown");
    translated.cause = error;
    throw translated;
  }
  throw error;
}

function isDatabaseError(error: unknown): error is Error & { code: string; constraint?: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}

/** The only row of a result that must have exactly one (INSERT ... RETURNING, aggregates). */
export function oneRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined || rows.length > 1) throw new Error(`expected one row, got ${rows.length}`);
  return row;
}
