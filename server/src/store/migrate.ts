import { readdir, readFile } from "node:fs/promises";
import { LOCK_CLASS } from "./advisoryLocks.ts";
import type { SqlClient } from "./sqlClient.ts";

export type Migration = { name: string; sql: string };

const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);

/** The `NNN_name.sql` files of `dir`, in name order. */
export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => /^\d+_.+\.sql$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(new URL(name, dir), "utf8") })));
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own
 * transaction, and returns the names it applied. Each transaction first takes an
 * advisory lock, so server processes starting together against one PostgreSQL
 * apply every migration exactly once.
 */
export async function migrate(client: SqlClient, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await loadMigrations());
  const applied: string[] = [];
  for (const migration of pending) {
    const ran = await client.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.migrations}, 0)`);
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           name       text PRIMARY KEY,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const { rows } = await tx.query("SELECT 1 FROM schema_migrations WHERE name = $1", [migration.name]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [migration.name]);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
