import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { IMPART_BENCHMARK, reviewDocumentName } from "@review/shared";
import { addCard, factorCardArray, readBoard } from "@review/shared/board";
import { readRatings } from "@review/shared/ratings";
import { RoomRegistry } from "../collab/roomRegistry.ts";
import { readDocument } from "../export/loadReport.ts";
import { installBuiltInBenchmarks } from "../routes/benchmarks/builtInBenchmarks.ts";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { setSelfRating } from "@review/shared/self";
import { migrateLegacyBoards } from "./migrateLegacyBoards.ts";
import { fillSelfRatings } from "./selfRatingRows.ts";

/** A board of the first layout: factor entries holding cards, votes and the team rating. */
function firstLayoutBoard(voters: { moderator: string; peer: string; gone: string }) {
  const doc = new Y.Doc();
  const source = new Y.Doc();
  const card = addCard(source, "core-1", { text: "Weekly coaching", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 }, { author: voters.peer });
  const copy = new Y.Map<unknown>();
  for (const [key, value] of (factorCardArray(source, "core-1").get(0) as Y.Map<unknown>).entries()) copy.set(key, value);
  const entry = new Y.Map<unknown>();
  const cards = new Y.Array<unknown>();
  cards.push([copy]);
  const votes = new Y.Map<unknown>();
  const cites = new Y.Array<unknown>();
  cites.push([card.id]);
  entry.set("cards", cards);
  entry.set("votes", votes);
  entry.set("cites", cites);
  entry.set("rating", "partly");
  entry.set("rationale", "Coaching is weekly; no records.");
  entry.set("ratedBy", voters.moderator);
  entry.set("ratedAt", "2026-05-21T16:00:00.000Z");
  votes.set(voters.peer, "wholly");
  votes.set(voters.gone, "not");
  votes.set(voters.moderator, "excellent"); // junk is left behind
  doc.getMap("factors").set("core-1", entry);
  return { update: Y.encodeStateAsUpdate(doc), card };
}

describe("moving boards of the first layout", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "legacy-boards-"));
    store = await openPgliteStore(path.join(dir, "db"));
    await installBuiltInBenchmarks(store);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("turns votes and the team rating into rows and moves the cards into root arrays, once", async () => {
    const user = (id: string) => store.createUser({ id, email: `${id}@example.org`, name: id, color: "#123456", passwordHash: "x" });
    const [moderator, peer] = await Promise.all([user("moderatorlegacy1"), user("peerlegacy000001")]);
    const review = await store.createReview({ id: "legacyreview0001", title: "Old", hostProject: "Old", createdBy: moderator.id, benchmarkId: "impart", benchmarkVersion: IMPART_BENCHMARK.version, modules: [] });
    await store.upsertMember(review.id, peer.id, "peer");
    const { update, card } = firstLayoutBoard({ moderator: moderator.id, peer: peer.id, gone: "deletedaccount01" });
    await store.appendUpdates(reviewDocumentName(review.id, "board"), [update]);

    const rooms = new RoomRegistry({ store: store });
    try {
      expect(await migrateLegacyBoards({ store, rooms })).toBe(1);
      expect(await store.listTeamRatings(review.id)).toMatchObject([
        { factorId: "core-1", rating: "partly", rationale: "Coaching is weekly; no records.", cites: [card.id], ratedBy: moderator.id },
      ]);
      // The vote of an account that is gone has nobody to belong to; junk stays behind.
      expect(await store.listVotes(review.id)).toEqual([{ reviewId: review.id, factorId: "core-1", userId: peer.id, rating: "wholly" }]);
      const board = await readDocument({ store, rooms }, reviewDocumentName(review.id, "board"), (doc) => ({
        cards: readBoard(doc).get("core-1")?.cards,
        rootCards: factorCardArray(doc, "core-1").length,
      }));
      expect(board).toEqual({ cards: [card], rootCards: 1 });
      const mirror = await readDocument({ store, rooms }, reviewDocumentName(review.id, "ratings"), readRatings);
      expect(mirror.teamRatings.get("core-1")?.rating).toBe("partly");
      // Recorded: a second start changes nothing.
      expect(await migrateLegacyBoards({ store, rooms })).toBe(0);
    } finally {
      await rooms.closeAll();
    }
  });

  it("stores the self ratings of reviews that predate their rows, once, for the score card", async () => {
    const host = await store.createUser({ id: "hostlegacy000001", email: "host-legacy@example.org", name: "Host", color: "#123456", passwordHash: "x" });
    const review = await store.createReview({ id: "legacyreview0002", title: "Old", hostProject: "Old", createdBy: host.id, benchmarkId: "impart", benchmarkVersion: IMPART_BENCHMARK.version, modules: [] });
    const doc = new Y.Doc();
    setSelfRating(doc, "core-2", "wholly", { by: host.id });
    setSelfRating(doc, "core-3", "not", { by: host.id });
    await store.appendUpdates(reviewDocumentName(review.id, "self"), [Y.encodeStateAsUpdate(doc)]);

    const rooms = new RoomRegistry({ store: store });
    try {
      await fillSelfRatings({ store, rooms });
      const rows = (await store.listNetworkSelfRatings("impart")).filter((row) => row.reviewId === review.id);
      expect(rows.sort((a, b) => a.factorId.localeCompare(b.factorId))).toEqual([
        { reviewId: review.id, factorId: "core-2", rating: "wholly" },
        { reviewId: review.id, factorId: "core-3", rating: "not" },
      ]);
      // Recorded: a later start leaves rows to the live tracking.
      await store.replaceSelfRatings(review.id, new Map());
      await fillSelfRatings({ store, rooms });
      expect((await store.listNetworkSelfRatings("impart")).filter((row) => row.reviewId === review.id)).toEqual([]);
    } finally {
      await rooms.closeAll();
    }
  });
});
