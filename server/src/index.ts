import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { WebSocketServer } from "ws";
import { COLLAB_LIMITS } from "@review/shared";
import { assembleServer } from "./assemble.ts";
import { startHeartbeat } from "./collab/heartbeat.ts";
import { Journal } from "./collab/journal.ts";
import { SnapshotFiles } from "./collab/snapshotFiles.ts";
import type { RoomRegistry } from "./collab/roomRegistry.ts";
import { originForPort, type ServerConfig } from "./config.ts";
import { acquireDataDirLock } from "./store/dataDirLock.ts";
import { openStore } from "./store/index.ts";
import type { Store } from "./store/store.ts";

export type { ServerConfig } from "./config.ts";
export { DataDirLockedError } from "./store/dataDirLock.ts";
/** The store on its own (benchmarks of the log and snapshots). */
export { openStore } from "./store/index.ts";
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/demo.ts";
/** The snapshot file format (chaos tests read the file a killed server left). */
export { decodeSnapshotFile } from "./collab/snapshotFiles.ts";
/** The room and its journal on their own (tests/bench/roomPath.ts measures their path without a network). */
export { Room } from "./collab/room.ts";
export { Journal } from "./collab/journal.ts";
export { encodeUpdate } from "./collab/protocol.ts";
export type { DocumentLogStore } from "./store/store.ts";
/** The HTTP app over an in-memory store, answering in-process (tests of routes that need no socket). */
export { startInProcessServer, type InProcessServer } from "./inProcess.ts";

export type RunningServer = {
  url: string;
  origin: string;
  port: number;
  store: Store;
  rooms: RoomRegistry;
  /** Whether this start seeded the demo network. */
  seeded: boolean;
  close(): Promise<void>;
};

const HOUR = 60 * 60 * 1000;

function journalDirectory(config: ServerConfig): string | null {
  if (config.journalDir !== undefined) return config.journalDir;
  return config.databaseUrl ? null : `${path.resolve(config.dataDir)}.journal`;
}

/** Starts the whole server: store (with its lock), seed, HTTP and WebSocket. */
export async function startServer(partial: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config: ServerConfig = {
    port: 0,
    dataDir: "./data",
    registration: "open",
    seedDemo: false,
    log: () => {},
    ...partial,
  };
  const lock = config.databaseUrl ? null : await acquireDataDirLock(config.dataDir);
  const journalDir = journalDirectory(config);
  // With PostgreSQL the journal is this process's own: its lock keeps a second process out.
  const journalLock = journalDir && config.databaseUrl ? await acquireDataDirLock(journalDir) : null;
  let store: Store;
  let journal: Journal | null = null;
  try {
    store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    if (journalDir) {
      const opened = await Journal.open(journalDir, store);
      journal = opened.journal;
      if (opened.replayed > 0) config.log(`Replayed ${opened.replayed} journalled updates into the database`);
    }
  } catch (error) {
    await journalLock?.release();
    await lock?.release();
    throw error;
  }
  let origin = config.publicOrigin ?? originForPort(config.port);
  // Beside the journal, with PGlite only: a file is the whole document while this process, its only
  // writer, has appended nothing after it (PostgreSQL processes write each other's documents).
  const snapshots = journalDir && !config.databaseUrl ? new SnapshotFiles(path.join(journalDir, "snapshots")) : null;
  const { app, rooms, seeded, stop } = await assembleServer(store, config, { journal, snapshots, origin: () => origin });
  const wss = new WebSocketServer({ noServer: true, maxPayload: COLLAB_LIMITS.maxFrameBytes * 2 });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } });
  const stopHeartbeat = startHeartbeat(wss, { ...COLLAB_LIMITS, ...config.collabLimits }.heartbeatMs);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  origin = config.publicOrigin ?? originForPort(port);

  const sweeper = setInterval(() => void store.deleteExpiredSessions(new Date()).catch(() => {}), HOUR);
  sweeper.unref();

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweeper);
      stopHeartbeat();
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      journal?.close();
      for (const client of wss.clients) client.terminate();
      if ("closeAllConnections" in server) server.closeAllConnections();
      await httpClosed;
      await store.close();
      await journalLock?.release();
      await lock?.release();
    })();
    return closing;
  };

  return { url: originForPort(port), origin, port, store, rooms, seeded, close };
}
