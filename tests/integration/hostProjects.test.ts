import { describe, expect, it } from "vitest";
import { PAPER_ROUTES, PROJECT_ROUTES, hostProjectsResponseSchema, reviewDocumentName, scorecardResponseSchema, type EvidenceCardInput } from "@review/shared";
import { addCard } from "@review/shared/board";
import { readProjectRatings, readRatings } from "@review/shared/ratings";
import { expectStatus, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const CARD: EvidenceCardInput = { text: "Welcome desk staff speak six languages", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 };

/**
 * Issue 13, item 7: a visit covers up to three host projects, each with its own team rating
 * per factor. The first project is the review's own; moderators add, rename and remove the
 * others; ratings of every project reach open clients through the ratings document.
 */
describe.each(BACKENDS)("host projects of a review (%s)", (backend) => {
  const suite = collabSuite(backend);

  const projects = async (client: ApiClient, reviewId: string) =>
    hostProjectsResponseSchema.parse(expectStatus(await client.get(PROJECT_ROUTES.list(reviewId)), 200, "projects").body);
  const add = (client: ApiClient, reviewId: string, name: unknown) => client.post(PROJECT_ROUTES.list(reviewId), { name });

  it("every review has its first project, named as the review's host project; renaming one renames the other", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const listed = await projects(team.members.peer, team.reviewId);
    expect(listed).toEqual({ projects: [{ id: team.reviewId, name: "Integrated pathways", position: 0 }], canManage: false });

    expectStatus(await team.moderator.request("PATCH", PROJECT_ROUTES.project(team.reviewId, team.reviewId), { name: "Integrated pathways, Region A" }), 200, "rename");
    expect((await team.moderator.get(`/api/reviews/${team.reviewId}`)).body).toMatchObject({ review: { hostProject: "Integrated pathways, Region A" } });
    expectStatus(await team.moderator.request("PATCH", `/api/reviews/${team.reviewId}`, { hostProject: "Integrated pathways, Region B" }), 200, "edit the review");
    expect((await projects(team.moderator, team.reviewId)).projects[0]!.name).toBe("Integrated pathways, Region B");
    expect((await team.moderator.request("DELETE", PROJECT_ROUTES.project(team.reviewId, team.reviewId))).body).toMatchObject({ error: { code: "conflict", reason: "first_project_stays" } });
  });

  it("moderators add up to three projects with distinct names, rate each on its own, and remove an unrated one", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const ratingsDoc = suite.connect(team.members.peer.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await ratingsDoc.whenSynced();

    const added = hostProjectsResponseSchema.parse(expectStatus(await add(team.moderator, team.reviewId, "  Welcome desks  "), 201, "add").body);
    expect(added.projects.map((project) => [project.name, project.position])).toEqual([
      ["Integrated pathways", 0],
      ["Welcome desks", 1],
    ]);
    const desks = added.projects[1]!.id;
    expect(desks).toMatch(/^[a-z0-9]{16}$/);
    expect((await add(team.moderator, team.reviewId, "WELCOME DESKS")).body).toMatchObject({ error: { code: "conflict", reason: "project_name_taken" } });
    expect((await add(team.moderator, team.reviewId, "")).status).toBe(400);
    expect((await team.moderator.request("POST", PROJECT_ROUTES.list(team.reviewId), { name: "X", position: 0 })).status).toBe(400);
    const third = hostProjectsResponseSchema.parse(expectStatus(await add(team.moderator, team.reviewId, "Language cafés"), 201, "third").body).projects[2]!.id;
    expect((await add(team.moderator, team.reviewId, "A fourth")).body).toMatchObject({ error: { code: "conflict", reason: "too_many_projects", params: { max: 3 } } });

    // A rating of the second project, and a different one of the first: each stays its project's.
    const board = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    await board.whenSynced();
    const card = addCard(board.doc, "core-2", CARD, { author: team.moderator.user!.id });
    await waitFor(
      async () => (await team.moderator.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, desks, "core-2"), { rating: "wholly", rationale: "Seen", cites: [card.id] })).status === 204,
      { description: "the second project's rating" },
    );
    expectStatus(await team.moderator.rateFactor(team.reviewId, "core-2", { rating: "not", rationale: "Not seen", cites: [card.id] }), 204, "the first project's rating");
    await waitFor(
      () => {
        const ratings = readProjectRatings(ratingsDoc.doc).ratings;
        return ratings.get(desks)?.get("core-2")?.rating === "wholly" && ratings.get(team.reviewId)?.get("core-2")?.rating === "not";
      },
      { description: "both projects' ratings, live" },
    );
    const live = readProjectRatings(ratingsDoc.doc);
    expect(live.projects.map((project) => project.name)).toEqual(["Integrated pathways", "Welcome desks", "Language cafés"]);
    expect(live.ratings.get(team.reviewId)?.get("core-2")?.rating).toBe("not");
    expect(live.ratings.get(third)?.size).toBe(0);
    expect(readRatings(ratingsDoc.doc).teamRatings.get("core-2")?.rating).toBe("not");

    // The score card has one entry per project, "review — project", each with its own ratings, the first first.
    const scorecard = scorecardResponseSchema.parse((await team.moderator.get(PAPER_ROUTES.scorecard("impart"))).body);
    const entries = scorecard.reviews.filter((review) => review.id === team.reviewId);
    expect(entries.map((entry) => [entry.title, entry.project?.id, entry.ratings["core-2"] ?? null])).toEqual([
      ["Study visit — Integrated pathways", team.reviewId, "not"],
      ["Study visit — Welcome desks", desks, "wholly"],
      ["Study visit — Language cafés", third, null],
    ]);

    // A rated project stays until its ratings are withdrawn; an unrated one goes.
    expect((await team.moderator.request("DELETE", PROJECT_ROUTES.project(team.reviewId, desks))).body).toMatchObject({ error: { code: "conflict", reason: "project_has_ratings" } });
    expectStatus(await team.moderator.request("DELETE", PROJECT_ROUTES.teamRating(team.reviewId, desks, "core-2")), 204, "withdraw");
    expectStatus(await team.moderator.request("DELETE", PROJECT_ROUTES.project(team.reviewId, desks)), 200, "remove");
    expectStatus(await team.moderator.request("PATCH", PROJECT_ROUTES.project(team.reviewId, third), { name: "Language cafés, Zaragoza" }), 200, "rename");
    await waitFor(() => readProjectRatings(ratingsDoc.doc).projects.map((project) => project.name).join("|") === "Integrated pathways|Language cafés, Zaragoza", {
      description: "the removal and the rename, live",
    });
    expect((await team.moderator.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, desks, "core-2"), { rating: "wholly", rationale: "Seen", cites: [card.id] })).body).toMatchObject({
      error: { code: "not_found", reason: "project_not_found" },
    });
    expect((await team.moderator.request("PATCH", PROJECT_ROUTES.project(team.reviewId, desks), { name: "Back" })).status).toBe(404);
  });

  it("keeps projects and their ratings over a restart", async () => {
    const team = await createTeam(suite.server, {});
    const second = hostProjectsResponseSchema.parse(expectStatus(await add(team.moderator, team.reviewId, "Welcome desks"), 201, "add").body).projects[1]!.id;
    const board = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    await board.whenSynced();
    const card = addCard(board.doc, "core-1", CARD, { author: team.moderator.user!.id });
    await waitFor(
      async () => (await team.moderator.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, second, "core-1"), { rating: "partly", rationale: "Seen", cites: [card.id] })).status === 204,
      { description: "the rating" },
    );
    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await fresh.whenSynced();
    await waitFor(() => readProjectRatings(fresh.doc).ratings.get(second)?.get("core-1")?.rating === "partly", { description: "the rating after a restart" });
  });
});
