import { describe, expect, it } from "vitest";
import { PAPER_ROUTES, REVIEW_ROUND_ROUTES, reviewDocumentName, reviewRoundsResponseSchema, scorecardResponseSchema, type EvidenceCardInput } from "@review/shared";
import { addCard } from "@review/shared/board";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const CARD: EvidenceCardInput = { text: "Job coaches meet employers every month", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 };

/**
 * Issue 13, item 5: progress over time. A review's moderators make it a later round of an
 * earlier review on the same benchmark; members read the chain's ratings per factor, first
 * round first; the score card carries the link.
 */
describe.each(BACKENDS)("rounds of a host project (%s)", (backend) => {
  const suite = collabSuite(backend);

  /** The moderator's team rating of core-3, citing a fresh card on the review's board. */
  async function rate(moderator: ApiClient, reviewId: string, rating: "wholly" | "partly" | "not") {
    const board = suite.connect(moderator.cookieHeader, reviewDocumentName(reviewId, "board"));
    await board.whenSynced();
    const card = addCard(board.doc, "core-3", CARD, { author: moderator.user!.id });
    await waitFor(async () => (await moderator.rateFactor(reviewId, "core-3", { rating, rationale: "Seen on the visit", cites: [card.id] })).status === 204, {
      description: "the team rating",
    });
  }

  const rounds = async (client: ApiClient, reviewId: string) => reviewRoundsResponseSchema.parse(expectStatus(await client.get(REVIEW_ROUND_ROUTES.rounds(reviewId)), 200, "rounds").body);
  const follow = (client: ApiClient, reviewId: string, followsReviewId: unknown) => client.request("PUT", REVIEW_ROUND_ROUTES.rounds(reviewId), { followsReviewId });

  it("links a later round, shows both rounds' ratings first round first, and marks it on the score card", async () => {
    const first = await createTeam(suite.server, { host: "host" });
    const second = await createTeam(suite.server, { peer: "peer" });
    await rate(first.moderator, first.reviewId, "partly");
    await rate(second.moderator, second.reviewId, "wholly");

    const alone = await rounds(second.members.peer, second.reviewId);
    expect(alone).toMatchObject({ followsReviewId: null, canLink: false, candidates: [] });
    expect(alone.rounds.map((round) => round.id)).toEqual([second.reviewId]);
    expect((await rounds(second.moderator, second.reviewId)).candidates.map((candidate) => candidate.id)).toContain(first.reviewId);

    expect((await follow(second.members.peer, second.reviewId, first.reviewId)).status).toBe(403);
    expectStatus(await follow(second.moderator, second.reviewId, first.reviewId), 200, "link the rounds");

    const linked = await rounds(second.members.peer, second.reviewId);
    expect(linked.followsReviewId).toBe(first.reviewId);
    expect(linked.rounds.map((round) => [round.round, round.id, round.teamRatings["core-3"], round.isMember])).toEqual([
      [1, first.reviewId, "partly", false],
      [2, second.reviewId, "wholly", true],
    ]);
    // The first round's members see the later round too.
    expect((await rounds(first.members.host, first.reviewId)).rounds.map((round) => round.id)).toEqual([first.reviewId, second.reviewId]);

    const scorecard = scorecardResponseSchema.parse((await second.members.peer.get(PAPER_ROUTES.scorecard("impart"))).body);
    expect(scorecard.reviews.find((review) => review.id === second.reviewId)?.followsReviewId).toBe(first.reviewId);

    // Unlinking makes it a first round again.
    expectStatus(await follow(second.moderator, second.reviewId, null), 200, "unlink");
    expect((await rounds(second.moderator, second.reviewId)).rounds).toHaveLength(1);
    expectStatus(await follow(second.moderator, second.reviewId, first.reviewId), 200, "link again");
  });

  it("refuses a loop, itself, an unknown review and malformed input", async () => {
    const a = await createTeam(suite.server, {});
    const b = await createTeam(suite.server, {});
    expectStatus(await follow(b.moderator, b.reviewId, a.reviewId), 200, "b follows a");
    const loop = await follow(a.moderator, a.reviewId, b.reviewId);
    expect([loop.status, loop.body.error?.reason]).toEqual([400, "round_loop"]);
    expect((await follow(a.moderator, a.reviewId, a.reviewId)).body.error?.reason).toBe("round_loop");
    expect((await follow(a.moderator, a.reviewId, "nosuchreview0000")).body.error?.reason).toBe("round_not_on_benchmark");
    expect((await follow(a.moderator, a.reviewId, 42)).status).toBe(400);
    expect((await a.moderator.request("PUT", REVIEW_ROUND_ROUTES.rounds(a.reviewId), { followsReviewId: null, extra: true })).status).toBe(400);
    expect((await rounds(a.moderator, a.reviewId)).candidates.map((candidate) => candidate.id)).not.toContain(b.reviewId);
    const outsider = await signedInClient(suite.server, "Outside Olga");
    expect((await outsider.get(REVIEW_ROUND_ROUTES.rounds(a.reviewId))).status).toBe(404);
  });
});
