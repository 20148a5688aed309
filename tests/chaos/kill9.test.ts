import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import { COLLAB_LIMITS } from "@review/shared";
import { decodeSnapshotFile } from "@review/server";
import { ApiClient, type ServerAddress } from "../support/apiClient.ts";
import { connectDoc, readSyncFrame, SYNC_STEP, type CollabClient } from "../support/collabClient.ts";
import { createTestDatabase, type TestDatabase } from "../support/postgres.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { launchServerProcess, spawnServerProcess, type ServerProcess } from "../support/serverProcess.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, type Backend } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const WRITE_INTERVAL_MS = Math.ceil(1000 / (COLLAB_LIMITS.messagesPerSecond * 0.7));
/** How long a wait on a freshly started server process may take on a busy 2-core machine. */
const SERVER_WAIT_MS = 90_000;

/** The clock of `clientId` in `doc`'s state vector: how many of its operations `doc` holds. */
function clockOf(doc: Y.Doc, clientId: number): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(clientId) ?? 0;
}

/** Lines written by `author` ("A" or "B") that `doc` holds. */
function linesBy(doc: Y.Doc, author: string): Set<string> {
  return new Set(paragraphTexts(doc).filter((line) => line.startsWith(`${author}-`)));
}

/**
 * Keeps writing one paragraph per tick into `client` until stopped, so that the
 * server is killed in the middle of a stream of updates.
 */
function startWriting(client: CollabClient, author: string): { stop(): Promise<number> } {
  let running = true;
  let written = 0;
  const done = (async () => {
    while (running) {
      appendParagraph(client.doc, `${author}-${written++}`);
      // About 70 updates a second: under the server's per-connection rate limit
      // (COLLAB_LIMITS.messagesPerSecond), which would otherwise close the socket.
      await new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return written;
    },
  };
}

describe.each(BACKENDS)("kill -9 (%s)", (backend: Backend) => {
  const cleanups: (() => Promise<unknown>)[] = [];
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });

  async function storage(): Promise<{ env: Record<string, string>; dataDir: string }> {
    const dataDir = await mkdtemp(path.join(tmpdir(), `review-chaos-${backend}-`));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = { DATA_DIR: dataDir };
    if (backend === "postgres") {
      const database: TestDatabase = await createTestDatabase();
      cleanups.push(() => database.drop());
      env.DATABASE_URL = database.url;
    }
    return { env, dataDir };
  }

  async function spawn(env: Record<string, string>): Promise<ServerProcess> {
    const server = await spawnServerProcess(env, SERVER_WAIT_MS);
    cleanups.push(() => server.kill("SIGKILL"));
    onTestFailed(() => console.error(`server on ${server.url} wrote to stderr:\n${server.stderr()}`));
    return server;
  }

  const connect = (server: ServerAddress & { wsUrl: string }, client: ApiClient, docName: string) => {
    const collab = connectDoc(server, client.cookieHeader, docName);
    clients.push(collab);
    return collab;
  };

  it("nothing another client has seen is lost when the server is killed mid-stream", async () => {
    const { env } = await storage();
    let server = await spawn(env);
    // The clients follow the server across restarts (its port changes).
    const address = { url: "", origin: "", wsUrl: "" };
    const follow = (s: ServerProcess) => Object.assign(address, { url: s.url, origin: s.origin, wsUrl: s.wsUrl });
    follow(server);
    const team = await createTeam(address, { peer: "peer" });

    for (let round = 1; round <= 2; round++) {
      const a = connect(address, team.moderator, team.reportDoc);
      const b = connect(address, team.members.peer, team.reportDoc);
      await Promise.all([a.whenSynced(), b.whenSynced()]);
      const before = paragraphTexts(a.doc).length;

      const writerA = startWriting(a, `A${round}`);
      const writerB = startWriting(b, `B${round}`);
      // Kill once the stream is well under way in both directions.
      await waitFor(() => linesBy(b.doc, `A${round}`).size >= 150 && linesBy(a.doc, `B${round}`).size >= 150, {
        timeout: 30_000,
        description: "both clients to see 150 of each other's lines",
      });
      const exit = await server.kill("SIGKILL");
      expect(exit.signal).toBe("SIGKILL");
      const writtenA = await writerA.stop();
      const writtenB = await writerB.stop();
      // Stop both providers before anything could reconnect and re-upload their state.
      a.provider.destroy();
      b.provider.destroy();

      // What each client had seen of the other (and of earlier rounds) must all survive.
      const seenByB = { clock: clockOf(b.doc, a.doc.clientID), lines: linesBy(b.doc, `A${round}`) };
      const seenByA = { clock: clockOf(a.doc, b.doc.clientID), lines: linesBy(a.doc, `B${round}`) };
      expect(seenByB.lines.size).toBeLessThanOrEqual(writtenA);
      expect(seenByA.lines.size).toBeLessThanOrEqual(writtenB);

      server = await spawn(env);
      follow(server);
      const fresh = connect(address, team.members.peer, team.reportDoc);
      await fresh.whenSynced();
      const restored = { fromA: linesBy(fresh.doc, `A${round}`), fromB: linesBy(fresh.doc, `B${round}`) };
      const lostFromA = [...seenByB.lines].filter((line) => !restored.fromA.has(line));
      const lostFromB = [...seenByA.lines].filter((line) => !restored.fromB.has(line));
      expect(lostFromA, `round ${round}: lines of A that B had seen but the restarted server lost`).toEqual([]);
      expect(lostFromB, `round ${round}: lines of B that A had seen but the restarted server lost`).toEqual([]);
      expect(clockOf(fresh.doc, a.doc.clientID)).toBeGreaterThanOrEqual(seenByB.clock);
      expect(clockOf(fresh.doc, b.doc.clientID)).toBeGreaterThanOrEqual(seenByA.clock);
      expect(paragraphTexts(fresh.doc).length).toBeGreaterThanOrEqual(before + seenByB.lines.size + seenByA.lines.size);
      for (const client of clients.splice(0)) client.destroy();
    }
  });

  // PostgreSQL keeps no snapshot files (several processes write one document).
  it.runIf(backend === "pglite")(
    "after kill -9 the next start compacts the log tail into the snapshot file, and the start after it answers with that file",
    async () => {
      const { env: base, dataDir } = await storage();
      const env = { ...base, COLLAB_TRACE: "on" };
      let server = await spawn(env);
      const address = { url: "", origin: "", wsUrl: "" };
      const follow = (s: ServerProcess) => Object.assign(address, { url: s.url, origin: s.origin, wsUrl: s.wsUrl });
      follow(server);
      const team = await createTeam(address, {});
      cleanups.push(() => rm(`${dataDir}.journal`, { recursive: true, force: true }));
      const snapshotFile = `${dataDir}.journal/snapshots/${encodeURIComponent(team.reportDoc)}.snap`;

      const writer = connect(address, team.moderator, team.reportDoc);
      await writer.whenSynced(SERVER_WAIT_MS);
      for (let i = 0; i < 20; i++) {
        appendParagraph(writer.doc, `before the crash ${i}`);
        await new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS));
      }
      const written = paragraphTexts(writer.doc);
      // The server sends a reader only journalled updates: once it holds every line, all are durable.
      const reader = connect(address, team.moderator, team.reportDoc);
      await waitFor(() => paragraphTexts(reader.doc).length === written.length, { timeout: SERVER_WAIT_MS, description: "a second client to hold every line" });
      await server.kill("SIGKILL");
      writer.provider.destroy();
      reader.provider.destroy();
      // Updates after the last snapshot leave no file: the next start loads the log tail from the database.
      expect(existsSync(snapshotFile)).toBe(false);

      server = await spawn(env);
      follow(server);
      const afterCrash = connect(address, team.moderator, team.reportDoc);
      await afterCrash.whenSynced(SERVER_WAIT_MS);
      expect(paragraphTexts(afterCrash.doc)).toEqual(written);
      // Right after that load the tail is compacted, and the committed snapshot kept as the file.
      const compacting = server;
      const compactionDone = new RegExp(`compaction done ${team.reportDoc} up to seq (\\d+)`);
      const done = await waitFor(() => (existsSync(snapshotFile) ? compactionDone.exec(compacting.stdout()) : null), {
        timeout: SERVER_WAIT_MS,
        description: "the log tail to be compacted into the snapshot file",
      });
      afterCrash.provider.destroy();
      await server.kill("SIGKILL");
      const file = decodeSnapshotFile(readFileSync(snapshotFile));
      expect(file).toMatchObject({ docName: team.reportDoc, upToSeq: Number(done[1]) });

      server = await spawn(env);
      follow(server);
      const again = connect(address, team.moderator, team.reportDoc);
      await again.whenSynced(SERVER_WAIT_MS);
      expect(paragraphTexts(again.doc)).toEqual(written);
      // Its answer is the whole document as the file holds it: read from the file while the
      // document loads, or, if the load was quicker than the client's request, the identical
      // stored snapshot with nothing after it (a log tail would make it another update).
      const answers = again.frames.map(readSyncFrame).filter((frame) => frame?.step === SYNC_STEP.step2);
      expect(answers[0]?.payload).toEqual(file!.snapshot);
      // Once loaded (the room greets with its own sync step 1), the file is still the current one.
      await waitFor(() => again.frames.some((frame) => readSyncFrame(frame)?.step === SYNC_STEP.step1), {
        timeout: SERVER_WAIT_MS,
        description: "the room to have loaded",
      });
      expect(decodeSnapshotFile(readFileSync(snapshotFile))).toEqual(file);
      // The document is whole and writable again.
      appendParagraph(again.doc, "after two restarts");
      const check = connect(address, team.moderator, team.reportDoc);
      await waitFor(() => paragraphTexts(check.doc).includes("after two restarts"), { timeout: SERVER_WAIT_MS, description: "the write to round-trip" });
      expect(paragraphTexts(check.doc)).toEqual([...written, "after two restarts"]);
    },
    // Three starts of a server process and a team's setup: minutes on a machine busy with another CI run.
    6 * SERVER_WAIT_MS,
  );

  it("a restarted server accepts sign-ins and writes after kill -9", async () => {
    const { env } = await storage();
    const first = await spawn(env);
    const api = new ApiClient(first);
    const account = { email: `restart.${Date.now()}@example.test`, password: "restart-password-1", name: "Restart Rhea" };
    await api.register(account);
    await first.kill("SIGKILL");

    const second = await spawn(env);
    const again = new ApiClient(second);
    await again.login(account);
    const review = await again.createReview({ title: "After the crash", hostProject: "Resilience" });
    const doc = connect(second, again, `review:${review.id}:report`);
    await doc.whenSynced();
    appendParagraph(doc.doc, "written after restart");
    const check = connect(second, again, `review:${review.id}:report`);
    await check.whenSynced();
    await waitFor(() => paragraphTexts(check.doc).includes("written after restart"), { description: "the write to round-trip" });
  });
});

describe("DATA_DIR lock (pglite)", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });

  async function storage(): Promise<{ env: Record<string, string> }> {
    const dataDir = await mkdtemp(path.join(tmpdir(), "review-lock-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    return { env: { DATA_DIR: dataDir } };
  }

  async function spawn(env: Record<string, string>): Promise<ServerProcess> {
    const server = await spawnServerProcess(env);
    cleanups.push(() => server.kill("SIGKILL"));
    onTestFailed(() => console.error(`server on ${server.url} wrote to stderr:\n${server.stderr()}`));
    return server;
  }

  // PostgreSQL mode takes no DATA_DIR lock: several processes may share one database.
  it("a second server on the same DATA_DIR refuses to start, and a stale lock does not block a restart", async () => {
    const { env } = await storage();
    const first = await spawn(env);
    const account = { email: `lock.${Date.now()}@example.test`, password: "lock-password-12", name: "Lock Lena" };
    await new ApiClient(first).register(account);

    const second = launchServerProcess(env);
    cleanups.push(() => second.kill("SIGKILL"));
    const exit = await Promise.race([
      second.exited,
      second.ready.then(() => "listening" as const),
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 45_000)),
    ]);
    expect(exit, "the second server must exit instead of listening").not.toBe("listening");
    expect(exit).not.toBe("timeout");
    expect((exit as { code: number | null }).code).not.toBe(0);
    expect((exit as { code: number | null }).code).not.toBeNull();
    expect(second.stderr()).toMatch(/in use/i);

    // The first server is unharmed.
    await new ApiClient(first).login(account);

    // kill -9 leaves the lock file behind; it must not block the next start.
    await first.kill("SIGKILL");
    const third = await spawn(env);
    await new ApiClient(third).login(account);
  });
});
