import * as prng from "lib0/prng";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import { COLLAB_PATH } from "@review/shared";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type Backend, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { CALM, FlakyPeer, type Faults } from "./flakyPeer.ts";
import { contentOf, randomEdit } from "./randomEdits.ts";

/**
 * Convergence over a hostile network: PEERS Yjs clients edit one report through the
 * real server while every delivery may be dropped, duplicated, delayed (reordered) and
 * sockets are torn down at random; after healing, all replicas and the stored document
 * must be identical (read from the store, and after a restart for the first seed).
 * Short run: CONVERGENCE_SEEDS seeds per backend (default 3) for CONVERGENCE_MS each;
 * long run e.g. CONVERGENCE_SEEDS=200 CONVERGENCE_MS=20000. CONVERGENCE_SEED replays one seed.
 */
const SEEDS = Number(process.env.CONVERGENCE_SEEDS ?? 3);
const FIRST_SEED = Number(process.env.CONVERGENCE_SEED ?? 7100);
const CHAOS_MS = Number(process.env.CONVERGENCE_MS ?? 3000);
const PEERS = Number(process.env.CONVERGENCE_PEERS ?? 6);
const TICK_MS = 25;
const HOSTILE: Faults = { drop: 0.08, duplicate: 0.08, delay: 0.25, maxDelayMs: 250 };
/** Low, so that compactions run in the middle of the storm. */
const COMPACT_AFTER = 50;

const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);

/** The document as the store holds it: snapshot plus log tail. */
async function storedContent(server: TestServer, docName: string): Promise<string> {
  const stored = await server.store.loadDocument(docName);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const row of stored.updates) Y.applyUpdate(doc, row.data);
  return contentOf(doc);
}

describe.each(BACKENDS)("convergence over a hostile network (%s)", (backend: Backend) => {
  let server: TestServer;
  const peers: FlakyPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer({ backend, collabLimits: { compactAfterUpdates: COMPACT_AFTER } });
  });
  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it.each(seeds)(
    `${PEERS} peers converge, and the stored document equals theirs (seed %i)`,
    async (seed) => {
      onTestFailed(() => {
        console.error(`convergence failed on ${backend}: replay with CONVERGENCE_SEED=${seed} CONVERGENCE_SEEDS=1`);
        for (const [i, peer] of peers.entries()) {
          const pending = peer.doc.store.pendingStructs ? "pending structs" : "no pending structs";
          const state = [...Y.decodeStateVector(Y.encodeStateVector(peer.doc))].join(" ");
          console.error(`peer ${i}: synced ${peer.isSynced}, ${pending}, closes ${JSON.stringify(peer.suspiciousCloses)}, state ${state}`);
        }
      });
      const team = await createTeam(server, { peer: "peer" });
      const accounts = [team.moderator, team.members.peer];
      const gen = prng.create(seed);
      const url = () => `${server.wsUrl}${COLLAB_PATH}/${team.reportDoc}`;
      const connectPeer = (index: number, faults: Faults) => {
        const account = accounts[index % accounts.length]!;
        const peer = new FlakyPeer(url(), { cookie: account.cookieHeader, origin: server.origin }, prng.create(seed * 1000 + index), faults);
        peers.push(peer);
        peer.reconnect();
        return peer;
      };
      for (let i = 0; i < PEERS; i++) connectPeer(i, HOSTILE);

      // The storm: every tick one random peer edits, and now and then one reconnects.
      const until = Date.now() + CHAOS_MS;
      let edits = 0;
      while (Date.now() < until) {
        const peer = prng.oneOf(gen, peers);
        randomEdit(peer.doc, gen, `p${peers.indexOf(peer)}e${edits++}`);
        if (prng.real53(gen) < 0.04) prng.oneOf(gen, peers).reconnect();
        await new Promise((resolve) => setTimeout(resolve, prng.int32(gen, 0, TICK_MS)));
      }

      // Heal: calm network, fresh sockets; Yjs sync repairs what the faults lost.
      for (const peer of peers) peer.heal();
      await waitFor(() => peers.every((peer) => peer.isSynced), { timeout: 20_000, description: "every peer to resync" });
      await waitFor(
        () => {
          const first = contentOf(peers[0]!.doc);
          return peers.every((peer) => contentOf(peer.doc) === first);
        },
        { timeout: 20_000, description: "every peer to hold the same content" },
      );
      expect(peers.flatMap((peer) => peer.suspiciousCloses)).toEqual([]);
      const converged = contentOf(peers[0]!.doc);
      expect(converged.length).toBeGreaterThan(50);
      // Every edit another peer received was broadcast, and so journalled first; the database
      // gets it within the journal's drain time (the crash loop proves the journal itself).
      let stored = "";
      await waitFor(async () => (stored = await storedContent(server, team.reportDoc)) === converged, {
        timeout: 5_000,
        description: "the database to hold the converged document",
      }).catch(() => {});
      expect(stored).toBe(converged);

      if (seed === FIRST_SEED) {
        // After a restart nothing comes from memory: a fresh client loads what was stored.
        for (const peer of peers.splice(0)) peer.destroy();
        await server.restart();
        const reader = connectPeer(0, CALM);
        await waitFor(() => reader.isSynced, { timeout: 20_000, description: "the reader to sync after the restart" });
        expect(contentOf(reader.doc)).toBe(converged);
      }
    },
    60_000,
  );
});
