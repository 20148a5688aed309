import { afterAll, afterEach, beforeAll } from "vitest";
import { connectDoc, type CollabClient } from "./collabClient.ts";
import { startTestServer, type Backend, type TestServer } from "./testServer.ts";

/**
 * A describe block's server and its collab clients: starts one server on `backend` before the
 * tests, destroys every client `connect` made after each test, and stops the server after all.
 */
export function collabSuite(backend: Backend) {
  let server: TestServer | null = null;
  const clients: CollabClient[] = [];
  const closeAll = () => {
    for (const client of clients.splice(0)) client.destroy();
  };
  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterEach(closeAll);
  afterAll(async () => {
    await server?.cleanup();
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error("the suite's server has not started");
      return server;
    },
    /** A client on `docName` signed in with `cookie`, destroyed after the test. */
    connect(cookie: string, docName: string): CollabClient {
      const client = connectDoc(this.server, cookie, docName);
      clients.push(client);
      return client;
    },
    closeAll,
  };
}
