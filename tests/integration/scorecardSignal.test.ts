import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { API_ROUTES, REVIEW_ROUND_ROUTES, SCORECARD_DOCUMENT_NAME, SCORECARD_SIGNAL, reviewDocumentName, type EvidenceCardInput } from "@review/shared";
import { addCard } from "@review/shared/board";
import { setSelfRating } from "@review/shared/self";
import { expectStatus, signedInClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const CARD: EvidenceCardInput = { text: "Mentors meet the new arrivals weekly", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 };

const changed = (doc: Y.Doc) => {
  const value = doc.getMap<unknown>(SCORECARD_SIGNAL.root).get(SCORECARD_SIGNAL.changed);
  return typeof value === "number" ? value : 0;
};

/**
 * Issue 14: the score card is pushed, not polled. `network:scorecard` carries a counter the
 * server bumps when team or self ratings, rounds or a review's setup change; every account
 * reads it, nobody writes it.
 */
describe.each(BACKENDS)("the score card's live signal (%s)", (backend) => {
  const suite = collabSuite(backend);

  it("moves for team ratings, the hosts' ratings, rounds and review setup; any account reads it, nobody writes it", async () => {
    const team = await createTeam(suite.server, { host: "host" });
    const other = await createTeam(suite.server, {});
    const outsider = await signedInClient(suite.server, "Network Nadia");
    const watcher = suite.connect(outsider.cookieHeader, SCORECARD_DOCUMENT_NAME);
    await watcher.whenSynced();
    let last = changed(watcher.doc);
    const expectMove = async (what: string) => {
      await waitFor(() => changed(watcher.doc) > last, { description: `the signal moves for ${what}` });
      last = changed(watcher.doc);
    };

    const board = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    await board.whenSynced();
    const card = addCard(board.doc, "core-3", CARD, { author: team.moderator.user!.id });
    await waitFor(async () => (await team.moderator.rateFactor(team.reviewId, "core-3", { rating: "partly", rationale: "Seen", cites: [card.id] })).status === 204, {
      description: "the team rating",
    });
    await expectMove("a team rating");

    const self = suite.connect(team.members.host.cookieHeader, reviewDocumentName(team.reviewId, "self"));
    await self.whenSynced();
    setSelfRating(self.doc, "core-3", "wholly", { by: team.members.host.user!.id });
    await expectMove("a host's rating");

    expectStatus(await other.moderator.request("PUT", REVIEW_ROUND_ROUTES.rounds(other.reviewId), { followsReviewId: team.reviewId }), 200, "link the rounds");
    await expectMove("a round link");
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { title: "Renamed on the card" }), 200, "rename the review");
    await expectMove("a review's setup");

    // Nobody writes it over the socket: a fresh reader sees the server's counter.
    watcher.doc.getMap(SCORECARD_SIGNAL.root).set(SCORECARD_SIGNAL.changed, 999);
    const fresh = suite.connect(team.members.host.cookieHeader, SCORECARD_DOCUMENT_NAME);
    await fresh.whenSynced();
    expect(changed(fresh.doc)).toBe(last);
  });
});
