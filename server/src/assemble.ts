import { createApp } from "./app.ts";
import { Sessions } from "./auth/sessions.ts";
import type { Journal } from "./collab/journal.ts";
import { RoomRegistry } from "./collab/roomRegistry.ts";
import type { SnapshotFiles } from "./collab/snapshotFiles.ts";
import type { ServerConfig } from "./config.ts";
import { watchRecommendationDecisions } from "./notifications/decisionWatch.ts";
import { inboxDocumentOnOpen } from "./notifications/inboxDocumentOnOpen.ts";
import { watchParticipantNames } from "./programme/participantNamesWatch.ts";
import { ratingsDocumentOnOpen } from "./ratings/ratingsDocumentOnOpen.ts";
import { createSmtpMailer } from "./notifications/mailer.ts";
import { configureNotificationMail } from "./notifications/notify.ts";
import { migrateLegacyBoards } from "./ratings/migrateLegacyBoards.ts";
import { fillSelfRatings, trackSelfRatings } from "./ratings/selfRatingRows.ts";
import { installBuiltInBenchmarks } from "./routes/benchmarks/builtInBenchmarks.ts";
import { scorecardSignalSettled } from "./scorecard/scorecardSignal.ts";
import { seedDemo } from "./seed/demo.ts";
import { warmUpStore } from "./store/warmUp.ts";
import type { Store } from "./store/store.ts";
import { trackVersions } from "./versions/trackVersions.ts";

/** Everything of a server but its socket: the HTTP app, its rooms, and how to stop what runs beside them. */
export type AssembledServer = {
  app: ReturnType<typeof createApp>;
  rooms: RoomRegistry;
  /** Whether this start seeded the demo network. */
  seeded: boolean;
  /** Stops the trackers, closes the rooms (saving them) and the mailer; the store stays open. */
  stop(): Promise<void>;
};

/**
 * Builds the server over an open store: built-in benchmarks, seed, one-time data moves, rooms,
 * trackers and the HTTP app. `startServer` serves it on a port; tests may call `app.request()`.
 */
export async function assembleServer(
  store: Store,
  config: ServerConfig,
  parts: { journal: Journal | null; snapshots: SnapshotFiles | null; origin: () => string },
): Promise<AssembledServer> {
  await installBuiltInBenchmarks(store);
  const { seeded } = config.seedDemo ? await seedDemo(store) : { seeded: false };
  await warmUpStore(store);

  const sessions = new Sessions(store, { secureCookies: parts.origin().startsWith("https:") });
  const rooms = new RoomRegistry({ store, limits: config.collabLimits, trace: config.collabTrace, journal: parts.journal, snapshots: parts.snapshots });
  rooms.use(ratingsDocumentOnOpen({ store, rooms }));
  rooms.use(inboxDocumentOnOpen({ store, rooms }));
  const stopVersions = trackVersions({ store, rooms }, config.versionSessionGraceMs);
  await rooms.startRelay();
  const migratedBoards = await migrateLegacyBoards({ store, rooms });
  if (migratedBoards > 0) config.log(`Moved the votes, team ratings and cards of ${migratedBoards} boards to their new layout`);
  await fillSelfRatings({ store, rooms });
  const selfRatings = trackSelfRatings({ store, rooms });
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.smtpFrom ?? "Peer Review Workspace <no-reply@localhost>") : null;
  if (mailer) configureNotificationMail(rooms, mailer, parts.origin);
  const stopDecisionWatch = watchRecommendationDecisions({ store, rooms });
  const stopParticipantNamesWatch = watchParticipantNames({ store, rooms });
  const app = createApp({
    store,
    sessions,
    rooms,
    registration: config.registration,
    seedDemo: config.seedDemo,
    publicOrigin: parts.origin,
    clientDist: config.clientDist,
  });

  const stop = async () => {
    stopVersions();
    await selfRatings.stop();
    await scorecardSignalSettled(rooms);
    stopDecisionWatch();
    stopParticipantNamesWatch();
    await rooms.closeAll();
    await mailer?.idle();
    mailer?.close();
  };
  return { app, rooms, seeded, stop };
}
