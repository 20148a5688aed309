import { randomBytes } from "node:crypto";
import pg from "pg";

/** The local test server (trust auth). Its database `test` is only used to create and drop others. */
export const TEST_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";

/**
 * Creates an empty database `store_test_<random>` for one test file; `drop()` removes it
 * even while connections are still open.
 */
export async function createTestDatabase(adminUrl: string = TEST_POSTGRES_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `store_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(adminUrl, async (admin) => {
        // pg's pool.end() resolves before its sockets are closed; give them a moment, so
        // that FORCE does not turn a clean shutdown into "terminating connection" errors.
        const deadline = Date.now() + 1000;
        while (Date.now() < deadline && (await connectionCount(admin, name)) > 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

async function connectionCount(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1",
    [database],
  );
  return rows[0]?.count ?? 0;
}

async function withAdmin(adminUrl: string, fn: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}
