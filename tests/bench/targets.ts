import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COLLAB_PATH, reviewDocumentName } from "@review/shared";
import { type ApiClient, signedInClient } from "../support/apiClient.ts";
import { SERVER_DIR } from "../support/paths.ts";
import { freePort, launchChild, type Child } from "./childProcess.ts";
import { createBenchDatabase, type BenchDatabase } from "./database.ts";
import type { Protocol } from "./wire.ts";

export type TargetKind = "ours-pglite" | "ours-postgres" | "y-websocket" | "hocuspocus" | "raw-ws";

export const TARGET_LABELS: Record<TargetKind, string> = {
  "ours-pglite": "ours (PGlite)",
  "ours-postgres": "ours (PostgreSQL)",
  "y-websocket": "y-websocket 2.1.0",
  hocuspocus: "Hocuspocus 3.4.4",
  "raw-ws": "raw ws relay",
};

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const TESTS_DIR = path.dirname(BENCH_DIR);
const require = createRequire(import.meta.url);
/** `y-websocket@2.1.0`'s own server, installed under the alias `y-websocket-v2`. */
export const Y_WEBSOCKET_SERVER = path.join(path.dirname(require.resolve("y-websocket-v2/package.json")), "bin/server.cjs");

/** Where and how N clients reach one fresh document of a target. */
export type DocumentAccess = {
  docName: string;
  /** The WebSocket URL every client of this document opens. */
  url: string;
  /** Upgrade headers of client `index` (our server: a session cookie and the Origin). */
  headers(index: number): Record<string, string>;
  /** For a real provider (verification): base ws URL, Origin and a cookie. */
  provider: { wsUrl: string; origin: string; cookie: string };
};

export type Target = {
  kind: TargetKind;
  label: string;
  protocol: Protocol;
  child: Child;
  /** How a client knows the server is ready for it: the greeting (first frame), hocuspocus' "authenticated", or the open socket. */
  readyOn: "first-message" | "authenticated" | "open";
  /** The server sends a client's own update back to it. */
  echoes: boolean;
  /** The relay keeps no document: nothing to verify or load. */
  stateful: boolean;
  /**
   * A fresh document; our server: a new review. `members: false` skips adding the peer accounts;
   * `ownAccounts: k` gives it k members of its own instead, taken in turn from a larger pool, so
   * that clients of many documents stay within the per-user connection limit (client `index`
   * uses account `index % k`).
   */
  newDocument(options?: { members?: boolean; ownAccounts?: number }): Promise<DocumentAccess>;
  stop(): Promise<void>;
};

export type StartOptions = { probe: boolean; nodeArgs?: string[] };

/**
 * Accounts per review on our server: connections are spread over them round-robin. Enough that
 * the largest cell (200 clients) stays within COLLAB_LIMITS.maxConnectionsPerUserDocument per
 * account, and its cursors within awarenessPerSecondPerUserDocument.
 */
const ACCOUNTS = 16;
/**
 * Accounts the memory bench's documents take in turn (`ownAccounts`): 2 000 clients over 40
 * accounts is 50 each, under COLLAB_LIMITS.maxConnectionsPerUser (64).
 */
const POOL_ACCOUNTS = 40;

export async function startTarget(kind: TargetKind, options: StartOptions): Promise<Target> {
  switch (kind) {
    case "ours-pglite":
    case "ours-postgres":
      return startOurs(kind, options);
    case "y-websocket":
      return startYWebsocket(options);
    case "hocuspocus":
      return startScript(kind, "servers/hocuspocus.ts", "hocuspocus", "authenticated", true, options);
    case "raw-ws":
      return startScript(kind, "servers/rawRelay.ts", "y-websocket", "open", false, options);
  }
}

let documentCounter = 0;
function freshName(): string {
  documentCounter += 1;
  return `bench-${process.pid}-${documentCounter}`;
}

/** Our server as `pnpm start` runs it (`node --import tsx server/src/main.ts`), with auth and the durable log on. */
export async function startOurs(kind: "ours-pglite" | "ours-postgres", options: StartOptions): Promise<Target> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-ours-"));
  let database: BenchDatabase | null = null;
  const cleanup = async () => {
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
    // The server's lock file and journal sit beside the data directory.
    await rm(`${dataDir}.lock`, { force: true });
    await rm(`${dataDir}.journal`, { recursive: true, force: true });
  };
  try {
    if (kind === "ours-postgres") database = await createBenchDatabase();
    const child = await launchOurServer({ dataDir, databaseUrl: database?.url, probe: options.probe, nodeArgs: options.nodeArgs });
    const address = ourAddress(child.port);
    const moderator = await signedInClient(address, "Moderator Mia");
    const peers: ApiClient[] = [];
    for (let i = 1; i < ACCOUNTS; i++) peers.push(await signedInClient(address, `Peer ${i}`));
    const accounts = [moderator, ...peers];
    const pool: ApiClient[] = [];
    let poolTurn = 0;
    const poolAccount = async () => {
      const index = poolTurn++ % POOL_ACCOUNTS;
      pool[index] ??= await signedInClient(address, `Reader ${index + 1}`);
      return pool[index];
    };
    return {
      kind,
      label: TARGET_LABELS[kind],
      protocol: "y-websocket",
      child,
      readyOn: "first-message",
      echoes: false,
      stateful: true,
      async newDocument(options = {}) {
        const review = await moderator.createReview({ title: "Bench visit", hostProject: "Bench project" });
        const own: ApiClient[] = [];
        for (let i = 0; i < (options.ownAccounts ?? 0); i++) own.push(await poolAccount());
        const members = options.ownAccounts ? own : options.members === false ? [] : peers;
        for (const member of members) await moderator.addMember(review.id, member.user!.email, "peer");
        const clients = own.length > 0 ? own : accounts;
        const docName = reviewDocumentName(review.id, "report");
        return {
          docName,
          url: `${address.wsUrl}${COLLAB_PATH}/${docName}`,
          headers: (index) => ({ cookie: clients[index % clients.length]!.cookieHeader, origin: address.origin }),
          provider: { wsUrl: address.wsUrl, origin: address.origin, cookie: moderator.cookieHeader },
        };
      },
      async stop() {
        await child.stop("SIGTERM");
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The addresses of our server on `port`: loopback IP for sockets, `localhost` Origin as the server expects. */
export function ourAddress(port: number): { url: string; wsUrl: string; origin: string } {
  return { url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}`, origin: `http://localhost:${port}` };
}

export function launchOurServer(options: { dataDir: string; databaseUrl?: string; probe: boolean; nodeArgs?: string[]; env?: Record<string, string> }): Promise<Child> {
  const env: Record<string, string> = { PORT: "0", DATA_DIR: options.dataDir, REGISTRATION: "open", DEMO_SEED: "off", ...options.env };
  // With PostgreSQL the journal needs a directory of this process's own (PGlite puts it beside DATA_DIR).
  if (options.databaseUrl) Object.assign(env, { DATABASE_URL: options.databaseUrl, JOURNAL_DIR: path.join(options.dataDir, "journal") });
  return launchChild({
    script: path.join(SERVER_DIR, "src/main.ts"),
    cwd: SERVER_DIR,
    env,
    readyPattern: /listening on http:\/\/localhost:(\d+)/,
    tsx: true,
    probe: options.probe,
    nodeArgs: options.nodeArgs,
  });
}

/** The reference server: `y-websocket@2.1.0`'s `bin/server.cjs`, HOST/PORT from the environment (YPERSISTENCE for LevelDB). */
export async function launchYWebsocket(options: { probe: boolean; persistenceDir?: string; port?: number; nodeArgs?: string[] }): Promise<Child> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = { HOST: "127.0.0.1", PORT: String(port) };
  if (options.persistenceDir) env.YPERSISTENCE = options.persistenceDir;
  return launchChild({
    script: Y_WEBSOCKET_SERVER,
    cwd: TESTS_DIR,
    env,
    readyPattern: /running at '[^']*' on port (\d+)/,
    tsx: false,
    probe: options.probe,
    nodeArgs: options.nodeArgs,
  });
}

async function startYWebsocket(options: StartOptions): Promise<Target> {
  const child = await launchYWebsocket({ probe: options.probe, nodeArgs: options.nodeArgs });
  const wsUrl = `ws://127.0.0.1:${child.port}`;
  return {
    kind: "y-websocket",
    label: TARGET_LABELS["y-websocket"],
    protocol: "y-websocket",
    child,
    readyOn: "first-message",
    echoes: true,
    stateful: true,
    async newDocument() {
      const docName = freshName();
      return {
        docName,
        url: `${wsUrl}${COLLAB_PATH}/${docName}`,
        headers: () => ({}),
        provider: { wsUrl, origin: `http://127.0.0.1:${child.port}`, cookie: "" },
      };
    },
    stop: () => child.stop("SIGTERM"),
  };
}

/** A bench launch script (`servers/*.ts`) that prints `listening on http://127.0.0.1:<port>`. */
async function startScript(
  kind: "hocuspocus" | "raw-ws",
  script: string,
  protocol: Protocol,
  readyOn: Target["readyOn"],
  stateful: boolean,
  options: StartOptions,
): Promise<Target> {
  const child = await launchChild({
    script: path.join(BENCH_DIR, script),
    cwd: TESTS_DIR,
    env: { PORT: "0" },
    readyPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
    tsx: true,
    probe: options.probe,
    nodeArgs: options.nodeArgs,
  });
  const wsUrl = `ws://127.0.0.1:${child.port}`;
  return {
    kind,
    label: TARGET_LABELS[kind],
    protocol,
    child,
    readyOn,
    echoes: kind === "hocuspocus",
    stateful,
    async newDocument() {
      const docName = freshName();
      // Hocuspocus names the document inside every message; the relay keys rooms by path.
      const url = kind === "hocuspocus" ? wsUrl : `${wsUrl}/${docName}`;
      return { docName, url, headers: () => ({}), provider: { wsUrl, origin: `http://127.0.0.1:${child.port}`, cookie: "" } };
    },
    stop: () => child.stop("SIGTERM"),
  };
}
