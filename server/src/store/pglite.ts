import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Mutex, type PGlite, type Transaction } from "@electric-sql/pglite";
import { migrate } from "./migrate.ts";
import { pgliteThreadClient } from "./pgliteThread.ts";
import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import { createSqlStore } from "./sqlStore.ts";
import type { Store } from "./store.ts";

/**
 * Opens (creating on first use) the embedded database in `dataDir` and migrates it.
 * The caller must hold the data directory lock: two processes on one directory corrupt it.
 */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  // PGlite creates its directory but not the parents.
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = await pgliteThreadClient(dataDir);
  try {
    await migrate(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return createSqlStore(client, "pglite");
}

/**
 * PGlite is one connection. Every query and transaction goes through one queue, so a
 * query issued by another async path while a transaction is open waits for it instead
 * of running inside it. (PGlite 0.5 already queues this way; the queue makes it ours.)
 */
export function pgliteClient(pg: PGlite): SqlClient {
  const queue = new Mutex();
  const executor = (target: PGlite | Transaction): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const { rows } = await target.query<T>(sql, params);
      return { rows };
    },
    exec: async (sql) => {
      await target.exec(sql);
    },
  });
  const direct = executor(pg);
  return {
    query: (sql, params) => queue.runExclusive(() => direct.query(sql, params)),
    exec: (sql) => queue.runExclusive(() => direct.exec(sql)),
    transaction: (fn) => queue.runExclusive(() => pg.transaction((tx) => fn(executor(tx)))),
    close: () => queue.runExclusive(() => pg.close()),
  };
}
