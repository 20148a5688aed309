import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, CLOSE_CODES } from "@review/shared";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { createTestDatabase, type TestDatabase } from "../support/postgres.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { spawnServerProcess, type ServerProcess } from "../support/serverProcess.ts";
import { createTeam } from "../support/team.ts";
import { waitFor } from "../support/waitFor.ts";

/** Behind a load balancer every process answers for the same public origin. */
const PUBLIC_ORIGIN = "http://review.test";

describe("scale-out on PostgreSQL", () => {
  const processes: ServerProcess[] = [];
  const clients: CollabClient[] = [];
  let database: TestDatabase | null = null;

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(processes.splice(0).map((server) => server.kill("SIGKILL")));
    await database?.drop();
    database = null;
  });

  it("relays edits between processes and loses nothing when one of them dies", async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, PUBLIC_ORIGIN };
    const [a, b] = await Promise.all([spawnServerProcess(env), spawnServerProcess(env)]);
    processes.push(a!, b!);

    // Sessions live in the database, so one sign-in is valid on every process.
    const team = await createTeam(a!, { peer: "peer" });
    const onA = connectDoc(a!, team.moderator.cookieHeader, team.reportDoc);
    const onB = connectDoc(b!, team.members.peer.cookieHeader, team.reportDoc);
    clients.push(onA, onB);
    await Promise.all([onA.whenSynced(), onB.whenSynced()]);

    for (let i = 0; i < 20; i++) {
      appendParagraph(onA.doc, `A-${i}`);
      appendParagraph(onB.doc, `B-${i}`);
      if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(() => paragraphTexts(onA.doc).length === 40 && paragraphTexts(onB.doc).length === 40, {
      description: "both processes' clients see all 40 paragraphs",
    });
    expect(paragraphTexts(onA.doc)).toEqual(paragraphTexts(onB.doc));

    // Process A dies; its client keeps editing offline, then reconnects to B and merges.
    await a!.kill("SIGKILL");
    await waitFor(() => !onA.provider.wsconnected, { description: "A's client notices" });
    appendParagraph(onA.doc, "written while A was down");
    const movedToB = connectDoc(b!, team.moderator.cookieHeader, team.reportDoc, { doc: onA.doc });
    clients.push(movedToB);
    onA.provider.destroy();
    await movedToB.whenSynced();
    await waitFor(() => paragraphTexts(onB.doc).includes("written while A was down"), { description: "B's client gets the offline edit" });

    const fresh = connectDoc(b!, team.members.peer.cookieHeader, team.reportDoc, { doc: new Y.Doc() });
    clients.push(fresh);
    await fresh.whenSynced();
    await waitFor(() => paragraphTexts(fresh.doc).length === 41, { description: "a fresh client sees all 41 paragraphs" });
    expect(paragraphTexts(fresh.doc)).toEqual(paragraphTexts(onB.doc));
  });

  it("closes sockets on every process when access changes on one of them", async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, PUBLIC_ORIGIN };
    const [a, b] = await Promise.all([spawnServerProcess(env), spawnServerProcess(env)]);
    processes.push(a!, b!);
    const team = await createTeam(a!, { peer: "peer", host: "host" });
    const peerOnB = connectDoc(b!, team.members.peer.cookieHeader, team.reportDoc);
    const hostOnB = connectDoc(b!, team.members.host.cookieHeader, team.reportDoc);
    clients.push(peerOnB, hostOnB);
    await Promise.all([peerOnB.whenSynced(), hostOnB.whenSynced()]);

    // The moderator, served by A, finalises the report: B's sockets to it reconnect with the new access.
    const finalised = Date.now();
    expect((await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" })).status).toBe(200);
    await waitFor(() => peerOnB.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { timeout: 5_000, description: "B's peer socket to get 4409" });
    expect(Date.now() - finalised).toBeLessThan(2_000);

    // A role change made through A reaches the member's socket on B (once it is back from the 4409 above).
    await waitFor(() => hostOnB.provider.wsconnected && hostOnB.provider.synced, { timeout: 10_000, description: "B's host socket to reconnect" });
    const hostCloses = hostOnB.closes.length;
    const changed = await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, team.members.host.user!.id), { role: "partner" });
    expect(changed.status).toBe(200);
    await waitFor(() => hostOnB.closes.slice(hostCloses).some((close) => close.code === CLOSE_CODES.permissionsChanged), {
      timeout: 5_000,
      description: "B's host socket to get 4409 after the role change",
    });
  });

  it("a killed process's journal reaches the other processes when it restarts", async () => {
    database = await createTestDatabase();
    const journals = await mkdtemp(path.join(tmpdir(), "review-scaleout-journals-"));
    try {
      // A gathers journalled updates for a minute (the most the setting allows) before committing
      // them, so when it dies they are in its journal only: nothing reaches B through the database
      // until A replays it. (A minute, not 10 s: on a loaded machine the steps before the kill take seconds.)
      const envA = { DATABASE_URL: database.url, PUBLIC_ORIGIN, JOURNAL_DIR: path.join(journals, "a"), COLLAB_STORE_DRAIN_MS: "60000" };
      const envB = { DATABASE_URL: database.url, PUBLIC_ORIGIN, JOURNAL_DIR: path.join(journals, "b") };
      const [a, b] = await Promise.all([spawnServerProcess(envA), spawnServerProcess(envB)]);
      processes.push(a!, b!);
      const team = await createTeam(a!, { peer: "peer" });
      const writer = connectDoc(a!, team.moderator.cookieHeader, team.reportDoc);
      const watcherOnA = connectDoc(a!, team.members.peer.cookieHeader, team.reportDoc);
      const observerOnB = connectDoc(b!, team.members.peer.cookieHeader, team.reportDoc);
      clients.push(observerOnB);
      await Promise.all([writer.whenSynced(), watcherOnA.whenSynced(), observerOnB.whenSynced()]);

      for (let i = 0; i < 30; i++) appendParagraph(writer.doc, `journalled-${i}`);
      await waitFor(() => paragraphTexts(watcherOnA.doc).length === 30, { description: "A's other client sees the 30 paragraphs" });
      await a!.kill("SIGKILL");
      // A's clients go away for good: only A's journal holds what they wrote.
      writer.destroy();
      watcherOnA.destroy();
      // B holds none of it: a fresh client of B syncs with what B and the database have.
      const probeOnB = connectDoc(b!, team.members.peer.cookieHeader, team.reportDoc);
      clients.push(probeOnB);
      await probeOnB.whenSynced();
      expect(paragraphTexts(probeOnB.doc)).toEqual([]);
      expect(paragraphTexts(observerOnB.doc)).toEqual([]);

      const restarted = await spawnServerProcess(envA);
      processes.push(restarted);
      await waitFor(() => paragraphTexts(observerOnB.doc).length === 30, { timeout: 30_000, description: "B's client gets A's journalled paragraphs" });
      expect(paragraphTexts(observerOnB.doc)).toEqual(Array.from({ length: 30 }, (_, i) => `journalled-${i}`));
    } finally {
      await rm(journals, { recursive: true, force: true });
    }
  }, 120_000);
});
