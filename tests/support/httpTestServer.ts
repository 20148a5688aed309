import { startInProcessServer } from "@review/server";
import { pgliteTemplateDump } from "./pgliteTemplate.ts";
import type { ServerAddress } from "./apiClient.ts";
import { startTestServer, type TestServerOptions } from "./testServer.ts";

export type HttpTestServer = ServerAddress & { cleanup(): Promise<void> };

/**
 * For suites of HTTP routes alone (no WebSocket, no restart): with PGlite the app answers in this
 * process over an in-memory store (no port, no data directory, no worker thread, so no start-up
 * cost); with PostgreSQL the real server runs on a port as before.
 */
export async function startHttpTestServer(options: Pick<TestServerOptions, "backend" | "registration" | "seedDemo">): Promise<HttpTestServer> {
  if (options.backend === "postgres") return startTestServer(options);
  const loadDataDir = (await pgliteTemplateDump()) ?? undefined;
  const server = await startInProcessServer({ registration: options.registration, seedDemo: options.seedDemo, loadDataDir });
  return { url: server.url, origin: server.origin, fetch: server.fetch, cleanup: () => server.close() };
}
