import { describe, expect, it } from "vitest";
import { PAPER_ROUTES, PROJECT_ROUTES, REVIEW_ROUND_ROUTES, hostProjectsResponseSchema, reviewDocumentName, reviewRoundsResponseSchema, scorecardResponseSchema, type EvidenceCardInput } from "@review/shared";
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

  /** The moderator's team rating of core-3 (of the first project, or of `projectId`), citing a fresh card on the review's board. */
  async function rate(moderator: ApiClient, reviewId: string, rating: "wholly" | "partly" | "not", projectId?: string) {
    const board = suite.connect(moderator.cookieHeader, reviewDocumentName(reviewId, "board"));
    await board.whenSynced();
    const card = addCard(board.doc, "core-3", CARD, { author: moderator.user!.id });
    const body = { rating, rationale: "Seen on the visit", cites: [card.id] };
    const send = () =>
      projectId ? moderator.request("PUT", PROJECT_ROUTES.teamRating(reviewId, projectId, "core-3"), body) : moderator.rateFactor(reviewId, "core-3", body);
    await waitFor(async () => (await send()).status === 204, { description: "the team rating" });
  }

  const addProject = async (moderator: ApiClient, reviewId: string, name: string) =>
    hostProjectsResponseSchema.parse(expectStatus(await moderator.post(PROJECT_ROUTES.list(reviewId), { name }), 201, "add a project").body).projects.at(-1)!.id;

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

  it("answers each host project through the rounds, the earlier round's project matched by name, else position", async () => {
    const first = await createTeam(suite.server, {});
    const second = await createTeam(suite.server, { peer: "peer" });
    const firstDesks = await addProject(first.moderator, first.reviewId, "Welcome desks");
    const secondCafes = await addProject(second.moderator, second.reviewId, "Language cafés");
    const secondDesks = await addProject(second.moderator, second.reviewId, "WELCOME desks");
    await rate(first.moderator, first.reviewId, "not");
    await rate(first.moderator, first.reviewId, "partly", firstDesks);
    await rate(second.moderator, second.reviewId, "partly");
    await rate(second.moderator, second.reviewId, "wholly", secondDesks);
    await rate(second.moderator, second.reviewId, "not", secondCafes);

    // One round: every project with its own ratings of that round.
    const alone = await rounds(second.members.peer, second.reviewId);
    expect(alone.projects.map((project) => [project.name, project.ratings])).toEqual([
      ["Integrated pathways", { [second.reviewId]: { "core-3": "partly" } }],
      ["Language cafés", { [second.reviewId]: { "core-3": "not" } }],
      ["WELCOME desks", { [second.reviewId]: { "core-3": "wholly" } }],
    ]);

    expectStatus(await follow(second.moderator, second.reviewId, first.reviewId), 200, "link the rounds");
    const linked = await rounds(second.members.peer, second.reviewId);
    expect(linked.projects.map((project) => [project.id, project.ratings])).toEqual([
      [second.reviewId, { [first.reviewId]: { "core-3": "not" }, [second.reviewId]: { "core-3": "partly" } }],
      // No project of that name in the first round: the one at its position (1, the desks).
      [secondCafes, { [first.reviewId]: { "core-3": "partly" }, [second.reviewId]: { "core-3": "not" } }],
      // The desks by name, though at another position.
      [secondDesks, { [first.reviewId]: { "core-3": "partly" }, [second.reviewId]: { "core-3": "wholly" } }],
    ]);
    // The first round's members read its projects forward into the later round; a round's `teamRatings` stay its first project's.
    const fromFirst = await rounds(first.moderator, first.reviewId);
    expect(fromFirst.projects.map((project) => [project.id, project.ratings[second.reviewId]?.["core-3"]])).toEqual([
      [first.reviewId, "partly"],
      [firstDesks, "wholly"],
    ]);
    expect(fromFirst.rounds.map((round) => round.teamRatings["core-3"])).toEqual(["not", "partly"]);
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
