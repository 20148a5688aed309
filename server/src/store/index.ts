import { openPgliteStore } from "./pglite.ts";
import { openPostgresStore } from "./postgres.ts";
import type { Store } from "./store.ts";


/**
 * PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`, migrated either way.
 * PGlite needs the data directory lock, which the caller takes first.
 */
export function openStore(config: { databaseUrl?: string; dataDir: string }): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openPgliteStore(config.dataDir);
}
