import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { WebSocketServer } from "ws";
import { COLLAB_LIMITS } from "@review/shared";
import { createApp } from "./app.ts";
import { trackVersions } from "./versions/trackVersions.ts";
import { Sessions } from "./auth/sessions.ts";
import { startHeartbeat } from "./collab/heartbeat.ts";
import { Journal } from "./collab/journal.ts";
import { RoomRegistry } from "./collab/roomRegistry.ts";
import { SnapshotFiles } from "./collab/snapshotFiles.ts";
import { originForPort, type ServerConfig } from "./config.ts";
import { installBuiltInBenchmarks } from "./routes/benchmarks/builtInBenchmarks.ts";
import { migrateLegacyBoards } from "./ratings/migrateLegacyBoards.ts";
import { fillSelfRatings, trackSelfRatings } from "./ratings/selfRatingRows.ts";
import { seedDemo } from "./seed/demo.ts";
import { createSmtpMailer } from "./notifications/mailer.ts";
import { configureNotificationMail } from "./notifications/notify.ts";
import { watchRecommendationDecisions } from "./notifications/decisionWatch.ts";
import { watchParticipantNames } from "./programme/participantNamesWatch.ts";
import { warmUpStore } from "./store/warmUp.ts";
import { acquireDataDirLock } from "./store/dataDirLock.ts";
import { openStore } from "./store/index.ts";
import type { Store } from "./store/store.ts";
import { scorecardSignalSettled } from "./scorecard/scorecardSignal.ts";
import { ratingsDocumentOnOpen } from "./ratings/ratingsDocumentOnOpen.ts";
import { inboxDocumentOnOpen } from "./notifications/inboxDocumentOnOpen.ts";

export type { ServerConfig } from "./config.ts";
export { DataDirLockedError } from "./store/dataDirLock.ts";
/** The store on its own (benchmarks of the log and snapshots). */
export { openStore } from "./store/index.ts";
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/demo.ts";

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
  await installBuiltInBenchmarks(store);
  const { seeded } = config.seedDemo ? await seedDemo(store) : { seeded: false };
  await warmUpStore(store);

  let origin = config.publicOrigin ?? originForPort(config.port);
  const sessions = new Sessions(store, { secureCookies: origin.startsWith("https:") });
  // Beside the journal, with PGlite only: a file is the whole document while this process, its only
  // writer, has appended nothing after it (PostgreSQL processes write each other's documents).
  const snapshots = journalDir && !config.databaseUrl ? new SnapshotFiles(path.join(journalDir, "snapshots")) : null;
  const rooms = new RoomRegistry({ store, limits: config.collabLimits, trace: config.collabTrace, journal, snapshots });
  rooms.use(ratingsDocumentOnOpen({ store, rooms }));
  rooms.use(inboxDocumentOnOpen({ store, rooms }));
  const stopVersions = trackVersions({ store, rooms }, config.versionSessionGraceMs);
  await rooms.startRelay();
  const migratedBoards = await migrateLegacyBoards({ store, rooms });
  if (migratedBoards > 0) config.log(`Moved the votes, team ratings and cards of ${migratedBoards} boards to their new layout`);
  await fillSelfRatings({ store, rooms });
  const selfRatings = trackSelfRatings({ store, rooms });
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.smtpFrom ?? "Peer Review Workspace <no-reply@localhost>") : null;
  if (mailer) configureNotificationMail(rooms, mailer, () => origin);
  const stopDecisionWatch = watchRecommendationDecisions({ store, rooms });
  const stopParticipantNamesWatch = watchParticipantNames({ store, rooms });
  const app = createApp({
    store,
    sessions,
    rooms,
    registration: config.registration,
    seedDemo: config.seedDemo,
    publicOrigin: () => origin,
    clientDist: config.clientDist,
  });
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
      stopVersions();
      await selfRatings.stop();
      await scorecardSignalSettled(rooms);
      stopDecisionWatch();
      stopParticipantNamesWatch();
      await rooms.closeAll();
      await mailer?.idle();
      mailer?.close();
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
