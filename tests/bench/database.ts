import { randomBytes } from "node:crypto";
import pg from "pg";
import { POSTGRES_ADMIN_URL } from "../support/postgres.ts";

export type BenchDatabase = { url: string; drop(): Promise<void> };

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh `bench_<random>` database on the test PostgreSQL; `drop()` removes it. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
