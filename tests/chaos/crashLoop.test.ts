import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as prng from "lib0/prng";
import { afterEach, describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import type { ReviewRole } from "@review/shared";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { createTestDatabase } from "../support/postgres.ts";
import { appendParagraph, paragraphTexts, reportXml } from "../support/reportContent.ts";
import { spawnServerProcess, type ServerProcess } from "../support/serverProcess.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, type Backend } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import {
  endsInsideCompaction,
  freePort,
  killOnOutput,
  lostLines,
  missingFrom,
  seenByOthers,
  startWriters,
  sleep,
  stateVectorOf,
} from "./writers.ts";

/**
 * Crash loop: CLIENTS clients keep writing one report while the server process is
 * killed with SIGKILL and restarted KILLS times (CHAOS_KILLS=100 for the long run;
 * CHAOS_BACKENDS=pglite,postgres picks the stores, CHAOS_SEED the timing, CHAOS_PORT the port).
 * Every third kill waits for a compaction to start (COLLAB_COMPACT_AFTER_UPDATES is
 * lowered and a large paragraph makes each snapshot slow to write).
 */
/** PostgreSQL runs fewer kills in the short run (its kill -9 is also covered by the scale-out test). */
const KILLS: Record<Backend, number> = {
  pglite: Number(process.env.CHAOS_KILLS ?? 10),
  postgres: Number(process.env.CHAOS_KILLS ?? 3),
};
const SEED = Number(process.env.CHAOS_SEED ?? 20261124);
const CLIENTS = 20;
/** One paragraph every WRITE_INTERVAL_MS across all clients: ~60 updates/s in total. */
const WRITE_INTERVAL_MS = 16;
const COMPACT_AFTER = 60;
const BIG_PARAGRAPH_BYTES = 100_000;
const log = (line: string) => process.env.CHAOS_VERBOSE && console.log(line);
const backends = (process.env.CHAOS_BACKENDS?.split(",") as Backend[] | undefined) ?? BACKENDS;

describe.each(backends)("crash loop (%s)", (backend: Backend) => {
  const cleanups: (() => Promise<unknown>)[] = [];
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });

  async function storageEnv(): Promise<Record<string, string>> {
    const dataDir = await mkdtemp(path.join(tmpdir(), `review-crashloop-${backend}-`));
    // PGlite's lock file sits beside the data directory (kill -9 leaves it behind).
    cleanups.push(() => Promise.all([rm(dataDir, { recursive: true, force: true }), rm(`${dataDir}.lock`, { force: true }), rm(`${dataDir}.journal`, { recursive: true, force: true })]));
    const port = process.env.CHAOS_PORT ?? String(await freePort());
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: port,
      COLLAB_COMPACT_AFTER_UPDATES: String(COMPACT_AFTER),
      COLLAB_TRACE: "on",
    };
    if (backend === "postgres") {
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      env.DATABASE_URL = database.url;
      // The process's own journal, kept across its restarts as on a real host.
      env.JOURNAL_DIR = path.join(dataDir, "journal");
    }
    return env;
  }

  const kills = KILLS[backend];
  it(`${CLIENTS} writers lose nothing across ${kills} kill -9 restarts, one at least during compaction (seed ${SEED})`, async () => {
    onTestFailed(() => console.error(`crash loop failed with CHAOS_SEED=${SEED}`));
    const env = await storageEnv();
    const gen = prng.create(SEED);
    // Each y-websocket provider adds a process "exit" listener.
    process.setMaxListeners(CLIENTS + 20);
    let server: ServerProcess = await spawnServerProcess(env);
    cleanups.push(() => server.kill("SIGKILL"));
    onTestFailed(() => console.error(`last server stderr:\n${server.stderr()}`));

    const roles = Object.fromEntries(Array.from({ length: CLIENTS - 1 }, (_, i) => [`peer${i}`, "peer"])) as Record<string, ReviewRole>;
    const team = await createTeam(server, roles);
    const accounts = [team.moderator, ...Object.values(team.members)];
    for (const account of accounts) clients.push(connectDoc(server, account.cookieHeader, team.reportDoc));
    await Promise.all(clients.map((client) => client.whenSynced()));
    appendParagraph(clients[0]!.doc, "x".repeat(BIG_PARAGRAPH_BYTES));

    const probe = async (): Promise<Y.Doc> => {
      const fresh = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
      try {
        await fresh.whenSynced(30_000);
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
        return copy;
      } finally {
        fresh.destroy();
      }
    };

    const writers = startWriters(clients, WRITE_INTERVAL_MS);
    let killsInsideCompaction = 0;
    let written: number[];
    try {
      for (let kill = 1; kill <= kills; kill++) {
        // Every third kill, and every later one until one has landed inside a compaction,
        // fires the moment a compaction starts (the trace line is written synchronously).
        const exit =
          kill % 3 === 2 || (kill > 2 && killsInsideCompaction === 0)
            ? await killOnOutput(server, "[collab] compaction start", 20_000)
            : await sleep(prng.int32(gen, 200, 1200)).then(() => server.kill("SIGKILL"));
        expect(exit.signal).toBe("SIGKILL");
        const killedAt = performance.now();
        if (endsInsideCompaction(server.stdout())) killsInsideCompaction += 1;

        // Hold the clients off the restarted server until its stored state has been checked.
        for (const client of clients) client.provider.disconnect();
        const seen = seenByOthers(clients);
        server = await spawnServerProcess(env);
        const stored = await probe();
        expect(missingFrom(stateVectorOf(stored), seen), `kill ${kill}: updates other clients had received but the restarted server lost`).toEqual([]);

        const restarted = performance.now();
        for (const client of clients) client.provider.connect();
        await Promise.all(clients.map((client) => client.whenSynced(30_000)));
        log(`kill ${kill}: ${paragraphTexts(stored).length} paragraphs stored; down ${Math.round(restarted - killedAt)} ms, resync ${Math.round(performance.now() - restarted)} ms`);
      }
    } finally {
      written = writers.stop();
    }

    // All clients converge: every line written, online or offline, is everywhere.
    await waitFor(
      () => {
        const xml = reportXml(clients[0]!.doc);
        return clients.every((client) => reportXml(client.doc) === xml);
      },
      { timeout: 30_000, description: "all clients to converge" },
    );
    for (let index = 0; index < CLIENTS; index++) {
      expect(lostLines(clients[0]!.doc, index, written[index]!), `lines of writer ${index} missing after the merge`).toEqual([]);
    }
    expect(paragraphTexts(clients[0]!.doc)).toHaveLength(1 + written.reduce((sum, n) => sum + n, 0));

    // The stored document equals the clients' after one more kill -9.
    const final = reportXml(clients[0]!.doc);
    for (const client of clients) client.provider.disconnect();
    await server.kill("SIGKILL");
    server = await spawnServerProcess(env);
    expect(reportXml(await probe())).toBe(final);
    log(`${killsInsideCompaction} of ${kills} kills landed inside a compaction`);
    // PostgreSQL commits a snapshot in a few ms, often before the kill arrives: its short
    // run (3 kills) only tries; every run of 10 kills or more must have landed one.
    if (kills >= 10) expect(killsInsideCompaction, "kills that landed between a compaction's start and its commit").toBeGreaterThanOrEqual(1);
  }, 60_000 + kills * 30_000); // a restart takes ~2.5 s on a quiet machine, over 15 s on a shared one
});
