import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import * as encoding from "lib0/encoding";
import * as prng from "lib0/prng";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import { CLOSE_CODES, COLLAB_LIMITS, COLLAB_PATH } from "@review/shared";
import { connectDoc } from "../support/collabClient.ts";
import { encodeAwarenessMessage, openRawCollabSocket } from "../support/rawCollab.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap in use after a full collection (this process holds the test server too). */
function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Frames per run: the test command runs a short seeded run; FUZZ_FRAMES raises it for a long run. */
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** Close codes a hostile connection may legitimately receive (documented in shared/src/collab/closeCodes.ts). */
const DOCUMENTED_CLOSES = new Set<number>([
  CLOSE_CODES.badMessage,
  CLOSE_CODES.tooLarge,
  CLOSE_CODES.rateLimited,
  1009, // ws: frame above maxPayload, before our own check sees it
]);

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** One hostile frame; `victimClientId` is another connection's awareness client id. */
function hostileFrame(gen: prng.PRNG, victimClientId: number): Uint8Array | string {
  switch (prng.int32(gen, 0, 12)) {
    case 0:
      return prng.uint8Array(gen, prng.int32(gen, 0, 64));
    case 1:
      return new Uint8Array(0);
    case 2:
      return prng.word(gen, 1, 40);
    case 3:
      return new Uint8Array([0x80, 0x80, 0x80]); // truncated varuint
    case 4:
      return message(prng.int32(gen, 4, 200), (e) => encoding.writeVarUint8Array(e, prng.uint8Array(gen, 8)));
    case 5:
      return message(0, (e) => encoding.writeVarUint(e, prng.int32(gen, 3, 50)));
    case 6: // an update of random bytes
      return message(0, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, prng.uint8Array(gen, prng.int32(gen, 1, 200)));
      });
    case 7: // an update whose length prefix lies
      return message(0, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 10_000);
        encoding.writeUint8Array(e, prng.uint8Array(gen, 10));
      });
    case 8: // awareness for another connection's client id
      return encodeAwarenessMessage([{ clientId: victimClientId, clock: prng.int32(gen, 100, 10_000), state: { user: { name: "Impostor" } } }]);
    case 9: // an oversized awareness state
      return encodeAwarenessMessage([{ clientId: prng.uint32(gen, 1, 2 ** 30), clock: 1, state: { blob: "x".repeat(COLLAB_LIMITS.maxAwarenessStateBytes + 10) } }]);
    case 10: // awareness that is not JSON
      return message(1, (e) => {
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 5);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarString(inner, "{not json");
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      });
    case 11: // a sync step 1 with an empty state vector (asks for the whole document)
      return message(0, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, new Uint8Array([0]));
      });
    default: // a frame over the size limit
      return new Uint8Array(COLLAB_LIMITS.maxFrameBytes + 1);
  }
}

describe("hostile frames", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend: "pglite" });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it(`survive ${FRAMES} seeded hostile frames (seed ${SEED}): process up, document intact, offenders closed with documented codes`, async () => {
    const team = await createTeam(server, { hostile: "peer" });
    const honest = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await honest.whenSynced();
    honest.awareness.setLocalStateField("cursor", { anchor: 1 });
    appendParagraph(honest.doc, "Evidence written before the attack");

    const url = `${server.wsUrl}${COLLAB_PATH}/${team.reportDoc}`;
    const headers = { cookie: team.members.hostile.cookieHeader, origin: server.origin };
    const gen = prng.create(SEED);
    const closes: number[] = [];
    let socket: WebSocket | null = null;
    let sent = 0;
    const heapBefore = heapAfterGc();
    // Heap (after a full GC) at every tenth of the run: it must level off, not grow with the frames sent.
    const heapSamples: number[] = [];
    const sampleEvery = Math.max(1, Math.floor(FRAMES / 10));

    while (sent < FRAMES) {
      if (!socket || socket.readyState !== socket.OPEN) {
        socket = await openRawCollabSocket(url, headers);
        socket.on("close", (code) => closes.push(code));
        socket.on("error", () => {});
      }
      // Small bursts stay under the rate limit most of the time; some bursts exceed it on purpose.
      const burst = prng.int32(gen, 1, 20);
      for (let i = 0; i < burst && sent < FRAMES && socket.readyState === socket.OPEN; i++, sent++) {
        socket.send(hostileFrame(gen, honest.doc.clientID));
        if ((sent + 1) % sampleEvery === 0) heapSamples.push(heapAfterGc());
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket?.close();

    // The server is up and answers.
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    // Every close the attacker got was a documented one (1000/1005 are its own closes).
    expect(closes.length).toBeGreaterThan(0);
    expect(closes.filter((code) => code !== 1000 && code !== 1005 && !DOCUMENTED_CLOSES.has(code))).toEqual([]);
    // The honest client kept its connection, its identity and the document.
    expect(honest.closes).toEqual([]);
    appendParagraph(honest.doc, "Evidence written after the attack");
    const fresh = connectDoc(server, team.moderator.cookieHeader, team.reportDoc, { doc: new Y.Doc() });
    await fresh.whenSynced();
    await waitFor(() => paragraphTexts(fresh.doc).length === 2, { description: "both paragraphs" });
    expect(paragraphTexts(fresh.doc)).toEqual(["Evidence written before the attack", "Evidence written after the attack"]);
    await waitFor(() => fresh.awareness.getStates().has(honest.doc.clientID), { description: "honest awareness" });
    expect((fresh.awareness.getStates().get(honest.doc.clientID) as { user: { name: string } }).user.name).toBe(team.moderator.user!.name);
    // Memory in this (test + server) process stays bounded: no per-frame leak of the order of the frames sent.
    const heapAfter = heapAfterGc();
    expect(heapAfter - heapBefore).toBeLessThan(200 * 1024 * 1024);
    // ... and levels off: the second half of the run holds no more than the first half plus a margin.
    const half = Math.floor(heapSamples.length / 2);
    if (half > 0) {
      const firstHalf = Math.max(...heapSamples.slice(0, half));
      const secondHalf = Math.max(...heapSamples.slice(half));
      if (process.env.FUZZ_VERBOSE) console.log(`heap after GC (MB): ${heapSamples.map((bytes) => (bytes / 2 ** 20).toFixed(0)).join(" ")}`);
      expect(secondHalf - firstHalf, "heap growth from the first to the second half of the run").toBeLessThan(64 * 1024 * 1024);
    }
    honest.destroy();
    fresh.destroy();
  }, Math.max(60_000, FRAMES * 3));
});
