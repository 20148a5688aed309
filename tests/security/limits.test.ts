import { afterEach, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import { CLOSE_CODES, COLLAB_LIMITS, COLLAB_PATH, reviewDocumentName, type CollabLimits } from "@review/shared";
import {
  encodeUpdateMessage,
  manyItemsUpdate,
  openCollabSocket,
  paragraphUpdate,
  pasteThirtyPages,
  type SocketOutcome,
} from "../support/collabAttack.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { encodeAwarenessMessage } from "../support/rawCollab.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor, withDeadline } from "../support/waitFor.ts";

/** How a socket the server must close was closed (fails fast when it stays open). */
const closeOf = (outcome: SocketOutcome) => withDeadline(outcome.closed, 10_000, "the server to close the socket");

/** Per-user limits: sockets, awareness, update size and write volume (issue 10, item 6). */
describe.each(BACKENDS)("per-user collab limits (%s)", (backend) => {
  let server: TestServer | null = null;
  const clients: CollabClient[] = [];
  const sockets: WebSocket[] = [];

  async function start(collabLimits?: Partial<CollabLimits>): Promise<TestServer> {
    server = await startTestServer({ backend, collabLimits });
    return server;
  }
  const connect = (running: TestServer, cookie: string, docName: string) => {
    const client = connectDoc(running, cookie, docName, { doc: new Y.Doc() });
    clients.push(client);
    return client;
  };
  const open = async (running: TestServer, cookie: string, docName: string): Promise<SocketOutcome> => {
    const outcome = await openCollabSocket(`${running.wsUrl}${COLLAB_PATH}/${docName}`, { cookie, origin: running.origin });
    sockets.push(outcome.socket);
    return outcome;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server?.cleanup();
    server = null;
  });

  it("caps one user's sockets per document and in total with 4430; a closed socket frees its place; others are unaffected", async () => {
    const running = await start({ maxConnectionsPerUserDocument: 3, maxConnectionsPerUser: 5 });
    const team = await createTeam(running, { flooder: "peer" });
    const cookie = team.members.flooder.cookieHeader;
    const board = reviewDocumentName(team.reviewId, "board");
    const comments = reviewDocumentName(team.reviewId, "comments");

    const reports = await Promise.all(Array.from({ length: 8 }, () => open(running, cookie, team.reportDoc)));
    const opened = reports.filter((outcome) => outcome.kind === "open");
    expect(opened).toHaveLength(3);
    for (const refused of reports.filter((outcome) => outcome.kind !== "open")) {
      expect(refused).toMatchObject({ kind: "closed", code: CLOSE_CODES.tooManyConnections });
    }

    // Two more documents reach the per-user total of five; the sixth socket is refused.
    expect((await open(running, cookie, board)).kind).toBe("open");
    expect((await open(running, cookie, board)).kind).toBe("open");
    expect(await open(running, cookie, comments)).toMatchObject({ kind: "closed", code: CLOSE_CODES.tooManyConnections });

    // Another user on the same document is not affected.
    const moderator = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await moderator.whenSynced();
    expect(moderator.closes).toEqual([]);

    // Closing a socket gives its place back.
    opened[0]!.socket.close();
    await opened[0]!.closed;
    const again = await waitFor(
      async () => {
        const outcome = await open(running, cookie, team.reportDoc);
        return outcome.kind === "open" ? outcome : undefined;
      },
      { description: "a socket after one of the three closed" },
    );
    expect(again.kind).toBe("open");
  });

  it("caps awareness client ids per connection even when they come batched in one message (4415)", async () => {
    const running = await start();
    const team = await createTeam(running, { attacker: "peer", observer: "partner" });
    const observer = connect(running, team.members.observer.cookieHeader, team.reportDoc);
    await observer.whenSynced();
    const max = COLLAB_LIMITS.maxAwarenessClientsPerConnection;

    // One message with ten new client ids: refused as a whole, the connection is closed.
    const batcher = await open(running, team.members.attacker.cookieHeader, team.reportDoc);
    const batch = Array.from({ length: 10 }, (_, i) => ({ clientId: 700_000 + i, clock: 1, state: { cursor: i } }));
    batcher.socket.send(encodeAwarenessMessage(batch));
    expect(await closeOf(batcher)).toMatchObject({ code: CLOSE_CODES.tooManyAwarenessClients });

    // One id per message: only the first `max` are published.
    const trickler = await open(running, team.members.attacker.cookieHeader, team.reportDoc);
    for (let i = 0; i < 10; i++) trickler.socket.send(encodeAwarenessMessage([{ clientId: 800_000 + i, clock: 1, state: { cursor: i } }]));
    // A newer state for an id it owns: once the observer has it, the server has read the ten before.
    trickler.socket.send(encodeAwarenessMessage([{ clientId: 800_000, clock: 2, state: { cursor: "done" } }]));
    await waitFor(() => (observer.awareness.getStates().get(800_000) as { cursor?: unknown } | undefined)?.cursor === "done", {
      description: "the trickler's last state at the observer",
    });
    const published = [...observer.awareness.getStates().keys()].filter((id) => id >= 700_000 && id < 900_000);
    expect(published.sort()).toEqual(Array.from({ length: max }, (_, i) => 800_000 + i));
  });

  it("refuses an update with too many items before applying it (4414), and the provider stops resending it", async () => {
    const running = await start();
    const team = await createTeam(running, { attacker: "peer" });
    const moderator = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await moderator.whenSynced();
    appendParagraph(moderator.doc, "Saved before the attack");

    const attacker = await open(running, team.members.attacker.cookieHeader, team.reportDoc);
    attacker.socket.send(encodeUpdateMessage(manyItemsUpdate(COLLAB_LIMITS.maxUpdateItems + 1)));
    expect(await closeOf(attacker)).toMatchObject({ code: CLOSE_CODES.updateTooLarge });

    // Bytes too: one string just over the limit (the frame itself is under maxFrameBytes).
    const big = await open(running, team.members.attacker.cookieHeader, team.reportDoc);
    big.socket.send(encodeUpdateMessage(paragraphUpdate("x".repeat(COLLAB_LIMITS.maxUpdateBytes))));
    expect(await closeOf(big)).toMatchObject({ code: CLOSE_CODES.updateTooLarge });

    // Through the real provider: closed once with the terminal code, never reconnected.
    const provider = connect(running, team.members.attacker.cookieHeader, team.reportDoc);
    await provider.whenSynced();
    const map = provider.doc.getMap("attack");
    provider.doc.transact(() => {
      for (let i = 0; i <= COLLAB_LIMITS.maxUpdateItems; i++) map.set(`k${i}`, i);
    });
    await waitFor(() => provider.closes.length > 0, { description: "the provider to be closed" });
    expect(provider.closes[0]!.code).toBe(CLOSE_CODES.updateTooLarge);
    expect(provider.provider.shouldConnect).toBe(false);

    // Nothing of it reached the document; what was saved is intact.
    const fresh = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await fresh.whenSynced();
    await waitFor(() => paragraphTexts(fresh.doc).length === 1, { description: "the saved paragraph" });
    expect(fresh.doc.getMap("attack").size).toBe(0);
    expect(paragraphTexts(fresh.doc)).toEqual(["Saved before the attack"]);
  });

  it("a 30-page paste goes through in one update", async () => {
    const running = await start();
    const team = await createTeam(running, { peer: "peer" });
    const writer = connect(running, team.members.peer.cookieHeader, team.reportDoc);
    const reader = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await Promise.all([writer.whenSynced(), reader.whenSynced()]);
    pasteThirtyPages(writer.doc);
    await waitFor(() => paragraphTexts(reader.doc).length === paragraphTexts(writer.doc).length, { description: "the paste at the reader" });
    expect(paragraphTexts(reader.doc)).toEqual(paragraphTexts(writer.doc));
    expect(writer.closes).toEqual([]);
  });

  it("caps the bytes one user writes to a document per minute across connections (4431); other users keep writing", async () => {
    const running = await start({ writeBytesPerMinutePerUserDocument: 256 * 1024 });
    const team = await createTeam(running, { pusher: "peer" });
    const cookie = team.members.pusher.cookieHeader;
    const first = await open(running, cookie, team.reportDoc);
    const second = await open(running, cookie, team.reportDoc);
    const reader = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await reader.whenSynced();

    const chunk = (label: string) => encodeUpdateMessage(paragraphUpdate(`${label}:${"y".repeat(100 * 1024)}`));
    first.socket.send(chunk("one"));
    second.socket.send(chunk("two"));
    await waitFor(() => paragraphTexts(reader.doc).length === 2, { description: "the first two pushes" });
    first.socket.send(chunk("three"));
    expect(await closeOf(first)).toMatchObject({ code: CLOSE_CODES.writeQuotaExceeded });

    // Another user writes to the same document as before.
    appendParagraph(reader.doc, "The moderator still writes");
    const fresh = connect(running, team.moderator.cookieHeader, team.reportDoc);
    await fresh.whenSynced();
    await waitFor(() => paragraphTexts(fresh.doc).length === 3, { description: "the saved paragraphs" });
    const starts = paragraphTexts(fresh.doc).map((text) => text.split(":")[0]);
    expect(starts.sort()).toEqual(["The moderator still writes", "one", "two"]);
  });
});
