import pg from "pg";
import { migrate } from "./migrate.ts";
import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import { ACCESS_CHANNEL, subscribeToAppends } from "./postgresAppends.ts";
import { createSqlStore } from "./sqlStore.ts";
import type { Store } from "./store.ts";

const INT8_OID = 20;
const BYTEA_OID = 17;

/** Connects a pool to `databaseUrl` and migrates the database. */
export async function openPostgresStore(databaseUrl: string): Promise<Store> {
  const client = postgresClient(databaseUrl);
  try {
    await migrate(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  const store = createSqlStore(client, "postgres");
  return {
    ...store,
    subscribeToAppends: (listener, onResubscribed, onAccessChange) => subscribeToAppends(databaseUrl, listener, onResubscribed, onAccessChange),
    announceAccessChange: async (payload) => {
      await client.query("SELECT pg_notify($1, $2)", [ACCESS_CHANNEL, payload]);
    },
  };
}

export function postgresClient(databaseUrl: string): SqlClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, types: typeParsers() });
  // An idle client losing its connection (server restart) must not crash the process;
  // the pool drops it and the next query connects afresh.
  pool.on("error", (error) => console.error(`postgres: idle connection lost: ${error.message}`));

  const executor = (target: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const { rows } = await target.query(sql, params);
      return { rows: rows as T[] };
    },
    exec: async (sql) => {
      await target.query(sql);
    },
  });

  return {
    ...executor(pool),
    async transaction(fn) {
      const connection = await pool.connect();
      let broken = false;
      try {
        await connection.query("BEGIN");
        const result = await fn(executor(connection));
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection that could not roll back is in an unknown state: discard it.
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** Per pool, not global, so other users of `pg` in the process keep the defaults. */
function typeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  // Sequence numbers and counts stay far below 2^53.
  types.setTypeParser(INT8_OID, "text", Number);
  const parseBytea: (text: string) => Buffer = pg.types.getTypeParser(BYTEA_OID, "text");
  types.setTypeParser(BYTEA_OID, "text", (text) => {
    const buffer = parseBytea(text);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  });
  return types;
}
