import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { reviewDocumentName, type EvidenceCardInput } from "@review/shared";
import { addCard, factorCardArray, legacyBoardRoot, locateCards, moveCard, readBoard, readFactor } from "@review/shared/board";
import { readRatings } from "@review/shared/ratings";
import { expectStatus } from "../support/apiClient.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

const card = (text: string, fields: Partial<EvidenceCardInput> = {}): EvidenceCardInput => ({
  text,
  source: "interview",
  sourceLabel: "",
  tests: [],
  stance: "supports",
  visitDay: 1,
  ...fields,
});

/** The board as comparable plain data: factors in a fixed order (Y.Map key order is per replica). */
function boardView(doc: Y.Doc) {
  return [...readBoard(doc)].sort(([a], [b]) => a.localeCompare(b));
}

function sameBoard(a: Y.Doc, b: Y.Doc): boolean {
  return JSON.stringify(boardView(a)) === JSON.stringify(boardView(b));
}

/** Where each visible card is: id → factor id. */
function placements(doc: Y.Doc): Map<string, string> {
  return new Map([...locateCards(doc).winners].map(([id, copy]) => [id, copy.factorId]));
}

function cardTexts(doc: Y.Doc): string[] {
  return [...readBoard(doc).values()].flatMap((factor) => factor.cards.map((c) => c.text)).sort();
}

describe.each(BACKENDS)("evidence board (%s)", (backend) => {
  const suite = collabSuite(backend);
  const connect = (cookie: string, docName: string) => suite.connect(cookie, docName);
  const closeAll = suite.closeAll;

  it("two peers add and move cards concurrently and converge, with each card shown once", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const a = connect(team.moderator.cookieHeader, boardDoc);
    const b = connect(team.members.peer.cookieHeader, boardDoc);
    await Promise.all([a.whenSynced(), b.whenSynced()]);

    // Both start the same (empty) factor at once: neither first card may be lost.
    const fromA = addCard(a.doc, "core-1", card("Weekly coaching, says the job coach"), { author: team.moderator.user!.id });
    const fromB = addCard(b.doc, "core-1", card("Participants describe the intake", { source: "observation" }), { author: team.members.peer.user!.id });
    await waitFor(() => readFactor(a.doc, "core-1").cards.length === 2 && readFactor(b.doc, "core-1").cards.length === 2, {
      description: "both first cards to reach both peers",
    });

    // Concurrent moves of the same card to different factors, and a stance move of the other card.
    moveCard(a.doc, fromA.id, { factorId: "core-2" });
    moveCard(b.doc, fromA.id, { factorId: "core-3", stance: "partly" });
    moveCard(b.doc, fromB.id, { stance: "contradicts" });
    const extra = addCard(a.doc, "core-2", card("Employer breakfast minutes", { source: "document" }), { author: team.moderator.user!.id });

    await waitFor(() => sameBoard(a.doc, b.doc) && placements(a.doc).size === 3, { description: "both replicas to converge" });
    const where = placements(a.doc);
    expect([...where.keys()].sort()).toEqual([fromA.id, fromB.id, extra.id].sort());
    expect(["core-2", "core-3"]).toContain(where.get(fromA.id));
    expect(placements(b.doc)).toEqual(where);
    // The moves really were concurrent: each left a copy, and both replicas show the same one.
    expect(locateCards(a.doc).copies.get(fromA.id)).toHaveLength(2);
    const ids = [...readBoard(a.doc).values()].flatMap((factor) => factor.cards.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(readFactor(a.doc, "core-1").cards).toEqual([{ ...fromB, stance: "contradicts" }]);

    // What the server stored is what the peers converged on.
    const converged = boardView(a.doc);
    closeAll();
    await suite.server.restart();
    const fresh = connect(team.members.peer.cookieHeader, boardDoc);
    await fresh.whenSynced();
    expect(boardView(fresh.doc)).toEqual(converged);
  });

  it("drops a host's board update: it reaches no one and is not stored, and the host is told", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const moderator = connect(team.moderator.cookieHeader, boardDoc);
    const peer = connect(team.members.peer.cookieHeader, boardDoc);
    const host = connect(team.members.host.cookieHeader, boardDoc);
    await Promise.all([moderator.whenSynced(), peer.whenSynced(), host.whenSynced()]);

    addCard(moderator.doc, "core-1", card("Seen by everyone"), { author: team.moderator.user!.id });
    await waitFor(() => cardTexts(host.doc).length === 1 && cardTexts(peer.doc).length === 1, {
      description: "the host (reading live) and the peer to receive the moderator's card",
    });

    addCard(host.doc, "core-1", card("Written by the host"), { author: team.members.host.user!.id });
    expectStatus(await team.members.host.vote(team.reviewId, "core-1", "wholly"), 403, "a host's vote");
    await waitFor(() => host.permissionDenied().length > 0, { description: "the permission-denied auth message to the host" });

    // Sent after the host's update on the same server: had that been relayed, it would have arrived first.
    addCard(moderator.doc, "core-1", card("Marker after the host's write"), { author: team.moderator.user!.id });
    await waitFor(() => cardTexts(peer.doc).includes("Marker after the host's write"), { description: "the peer to receive the marker" });
    for (const doc of [peer.doc, moderator.doc]) expect(cardTexts(doc)).toEqual(["Marker after the host's write", "Seen by everyone"]);

    closeAll();
    await suite.server.restart();
    const fresh = connect(team.members.peer.cookieHeader, boardDoc);
    await fresh.whenSynced();
    expect(cardTexts(fresh.doc)).toEqual(["Marker after the host's write", "Seen by everyone"]);
    const ratings = connect(team.members.peer.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await ratings.whenSynced();
    expect(readRatings(ratings.doc).votes.size).toBe(0);
  });

  it("keeps reading (and writing) when a hostile peer writes malformed cards", async () => {
    const team = await createTeam(suite.server, { mallory: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const moderator = connect(team.moderator.cookieHeader, boardDoc);
    const mallory = connect(team.members.mallory.cookieHeader, boardDoc);
    await Promise.all([moderator.whenSynced(), mallory.whenSynced()]);

    const good = addCard(moderator.doc, "core-1", card("A real finding"), { author: team.moderator.user!.id });
    await waitFor(() => readFactor(mallory.doc, "core-1").cards.length === 1, { description: "Mallory to receive the card" });

    // Junk of every shape, written directly into the document the way a modified client could.
    mallory.doc.transact(() => {
      const cards = factorCardArray(mallory.doc, "core-1");
      const forged = new Y.Map<unknown>();
      forged.set("id", good.id); // reuses a real card's id
      forged.set("text", { html: "<script>alert(1)</script>" });
      forged.set("stance", "sideways");
      const huge = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ ...good, id: "huge", text: "x".repeat(5000) })) huge.set(key, value);
      cards.push(["just a string", 42, null, forged, huge, new Y.Text("text")]);
      // The first layout's factor entry, as a junk rating and vote of the first layout.
      legacyBoardRoot(mallory.doc).set("core-2", "not a factor");
      legacyBoardRoot(mallory.doc).set("core-1", "wiped");
    });
    await waitFor(() => (legacyBoardRoot(moderator.doc).get("core-2") as unknown) === "not a factor", {
      description: "the junk to reach the moderator",
    });

    expect(readFactor(moderator.doc, "core-1")).toMatchObject({ cards: [good], votes: {}, rating: null });
    expect(readFactor(moderator.doc, "core-2").cards).toEqual([]);

    // The model works around the junk: a card moves to another factor, and converges.
    expect(moveCard(moderator.doc, good.id, { factorId: "core-2" })).toBe(true);
    await waitFor(() => sameBoard(moderator.doc, mallory.doc) && readFactor(mallory.doc, "core-2").cards.length === 1, {
      description: "both replicas to converge past the junk",
    });
    expect(readFactor(mallory.doc, "core-2").cards.map((c) => c.id)).toEqual([good.id]);
    expect(readFactor(mallory.doc, "core-1").cards).toEqual([]);
  });

  it("shows votes and the team rating live to a read-only partner", async () => {
    const team = await createTeam(suite.server, { peer: "peer", partner: "partner" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const ratingsDoc = reviewDocumentName(team.reviewId, "ratings");
    const peer = connect(team.members.peer.cookieHeader, boardDoc);
    const partner = connect(team.members.partner.cookieHeader, ratingsDoc);
    await Promise.all([peer.whenSynced(), partner.whenSynced()]);

    const evidence = addCard(peer.doc, "core-4", card("Skills audit in two languages", { source: "document" }), { author: team.members.peer.user!.id });
    expectStatus(await team.members.peer.vote(team.reviewId, "core-4", "partly"), 204, "the peer's vote");
    expectStatus(await team.moderator.vote(team.reviewId, "core-4", "wholly"), 204, "the moderator's vote");
    await waitFor(async () => (await team.moderator.rateFactor(team.reviewId, "core-4", { rating: "partly", rationale: "Audit exists; no follow-up.", cites: [evidence.id] })).status === 204, {
      description: "the card to reach the server and the rating to be recorded",
    });

    await waitFor(() => readRatings(partner.doc).teamRatings.get("core-4")?.rating === "partly" && Object.keys(readRatings(partner.doc).votes.get("core-4") ?? {}).length === 2, {
      description: "the partner to see both votes and the rating",
    });
    expect(readRatings(partner.doc).votes.get("core-4")).toEqual({ [team.members.peer.user!.id]: "partly", [team.moderator.user!.id]: "wholly" });
    expect(readRatings(partner.doc).teamRatings.get("core-4")).toMatchObject({ cites: [evidence.id], ratedBy: team.moderator.user!.id });
    expect(partner.permissionDenied()).toEqual([]);
  });

  it("records team ratings from moderators only, and only citing cards on the factor", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const ratingsDoc = reviewDocumentName(team.reviewId, "ratings");
    const peer = connect(team.members.peer.cookieHeader, boardDoc);
    await peer.whenSynced();
    const evidence = addCard(peer.doc, "core-1", card("Intake interviews in the job centre"), { author: team.members.peer.user!.id });
    const elsewhere = addCard(peer.doc, "core-2", card("On another factor"), { author: team.members.peer.user!.id });
    const rating = { rating: "partly", rationale: "One source only", cites: [evidence.id] };

    expectStatus(await team.members.peer.rateFactor(team.reviewId, "core-1", { ...rating, rating: "wholly" }), 403, "a peer's team rating");
    await waitFor(async () => (await team.moderator.rateFactor(team.reviewId, "core-1", rating)).status === 204, { description: "the moderator's rating" });
    const cited = await team.moderator.rateFactor(team.reviewId, "core-1", { ...rating, cites: [evidence.id, elsewhere.id] });
    expect(expectStatus(cited, 400, "a rating citing a card of another factor").body.error.code).toBe("invalid_citation");
    expectStatus(await team.moderator.rateFactor(team.reviewId, "core-1", { ...rating, cites: [] }), 400, "a rating citing nothing");
    expectStatus(await team.moderator.rateFactor(team.reviewId, "no-such-factor", rating), 404, "a factor outside the review");

    closeAll();
    await suite.server.restart();
    const fresh = connect(team.members.peer.cookieHeader, ratingsDoc);
    await fresh.whenSynced();
    expect(readRatings(fresh.doc).teamRatings.get("core-1")).toMatchObject({ rating: "partly", rationale: "One source only", ratedBy: team.moderator.user!.id });
  });
});
