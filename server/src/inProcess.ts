import { PGlite } from "@electric-sql/pglite";
import { assembleServer } from "./assemble.ts";
import type { ServerConfig } from "./config.ts";
import { migrate } from "./store/migrate.ts";
import { pgliteClient } from "./store/pglite.ts";
import { createSqlStore } from "./store/sqlStore.ts";
import type { Store } from "./store/store.ts";

const ORIGIN = "http://localhost";

export type InProcessServer = {
  /** Where requests pretend to go, and the Origin the app accepts. */
  url: string;
  origin: string;
  store: Store;
  /** The app's answer to a request, in this process: no socket, no port. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
};

export type InProcessOptions = Partial<Pick<ServerConfig, "registration" | "seedDemo">> & {
  /** A dumped PGlite data directory to start from (tests start from an already migrated one); migrated either way. */
  loadDataDir?: Blob;
};

/**
 * The whole HTTP app (as `startServer` assembles it) over a fresh in-memory PGlite store, answering
 * through `app.request()`. For tests of HTTP routes that need no WebSocket: no data directory, no
 * worker thread, no port.
 */
export async function startInProcessServer(options: InProcessOptions = {}): Promise<InProcessServer> {
  const { loadDataDir, ...partial } = options;
  const config: ServerConfig = { port: 0, dataDir: "memory://", registration: "open", seedDemo: false, log: () => {}, ...partial };
  const client = pgliteClient(await PGlite.create(loadDataDir ? { loadDataDir } : {}));
  await migrate(client);
  const store = createSqlStore(client, "pglite");
  const assembled = await assembleServer(store, config, { journal: null, snapshots: null, origin: () => ORIGIN });
  let closing: Promise<void> | null = null;
  return {
    url: ORIGIN,
    origin: ORIGIN,
    store,
    fetch: async (input, init) => assembled.app.request(input, init),
    close: () =>
      (closing ??= (async () => {
        await assembled.stop();
        await store.close();
      })()),
  };
}
