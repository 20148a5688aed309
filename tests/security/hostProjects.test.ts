import { describe, expect, it } from "vitest";
import { API_ROUTES, MAX_HOST_PROJECTS, PROJECT_ROUTES, hostProjectsResponseSchema } from "@review/shared";
import { expectStatus, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";

const ROUNDS = 3;

/**
 * Issue 13, item 7: a review holds at most three host projects with names unique in it (case
 * and surrounding blanks ignored), however many moderators add and rename at once, and
 * whichever way a project is renamed (its own route or the review's set-up).
 */
describe.each(BACKENDS)("host projects under concurrent changes (%s)", (backend) => {
  const suite = collabSuite(backend);

  const projectsOf = async (client: ApiClient, reviewId: string) =>
    hostProjectsResponseSchema.parse(expectStatus(await client.get(PROJECT_ROUTES.list(reviewId)), 200, "projects").body).projects;
  const normalised = (name: string) => name.trim().toLowerCase();

  /** A review with two moderators, so the racing requests come from different sessions. */
  async function twoModerators() {
    const team = await createTeam(suite.server, { second: "peer" });
    const second = team.members.second;
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, second.user!.id), { role: "moderator" }), 200, "promote");
    return { reviewId: team.reviewId, moderators: [team.moderator, second] as const };
  }

  it(`parallel additions never pass the limit of ${MAX_HOST_PROJECTS} (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reviewId, moderators } = await twoModerators();
      const names = ["Welcome desks", "Language cafés", "Mentoring", "Job fairs", "Housing advice", "Legal clinic"];
      const answers = await Promise.all(names.map((name, i) => moderators[i % 2]!.post(PROJECT_ROUTES.list(reviewId), { name })));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 201), `round ${round}: ${statuses.join(",")}`).toHaveLength(MAX_HOST_PROJECTS - 1);
      for (const answer of answers.filter((one) => one.status !== 201)) {
        expect(answer.body).toMatchObject({ error: { code: "conflict", reason: "too_many_projects" } });
      }
      const projects = await projectsOf(moderators[0], reviewId);
      expect(projects).toHaveLength(MAX_HOST_PROJECTS);
      expect(projects.map((project) => project.position)).toEqual([0, 1, 2]);
    }
  });

  it(`parallel additions and renames to one name leave it to one project (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reviewId, moderators } = await twoModerators();
      const second = expectStatus(await moderators[0].post(PROJECT_ROUTES.list(reviewId), { name: "Mentoring" }), 201, "second").body.projects[1].id as string;
      // Five ways to the same name at once: two additions, a rename of the second project, and
      // renames of the first through its own route and through the review's set-up.
      const answers = await Promise.all([
        moderators[0].post(PROJECT_ROUTES.list(reviewId), { name: "Welcome desks" }),
        moderators[1].post(PROJECT_ROUTES.list(reviewId), { name: "  WELCOME desks " }),
        moderators[0].request("PATCH", PROJECT_ROUTES.project(reviewId, second), { name: "welcome desks" }),
        moderators[1].request("PATCH", PROJECT_ROUTES.project(reviewId, reviewId), { name: "Welcome Desks" }),
        moderators[0].request("PATCH", API_ROUTES.review(reviewId), { hostProject: "Welcome desks  " }),
      ]);
      const statuses = answers.map((answer) => answer.status);
      // The name goes to one project: one addition or the second's rename, or the first project
      // (whose two renames may then both pass, as a project's own name is no conflict).
      const winners = answers.flatMap((answer, i) => (answer.status === 200 || answer.status === 201 ? [i < 3 ? `request ${i}` : "first project"] : []));
      expect(new Set(winners).size, `round ${round}: ${statuses.join(",")}`).toBe(1);
      // An addition after a successful one may also meet the limit (two projects plus one added).
      for (const answer of answers.filter((one) => one.status >= 400)) {
        expect(answer.status).toBe(409);
        expect(["project_name_taken", "too_many_projects"]).toContain(answer.body?.error?.reason);
      }
      const projects = await projectsOf(moderators[1], reviewId);
      const names = projects.map((project) => normalised(project.name));
      expect(new Set(names).size, names.join("|")).toBe(names.length);
      expect(names.filter((name) => name === "welcome desks")).toHaveLength(1);
      expect(projects.length).toBeLessThanOrEqual(MAX_HOST_PROJECTS);
      // The review's host project is still the first project's name.
      const review = expectStatus(await moderators[0].get(API_ROUTES.review(reviewId)), 200, "review").body.review;
      expect(review.hostProject).toBe(projects[0]!.name);
    }
  });

  it("the review's set-up refuses another project's name with 409 and keeps the old one", async () => {
    const { reviewId, moderators } = await twoModerators();
    expectStatus(await moderators[0].post(PROJECT_ROUTES.list(reviewId), { name: "Welcome desks" }), 201, "second");
    const refused = await moderators[0].request("PATCH", API_ROUTES.review(reviewId), { hostProject: " welcome DESKS ", title: "Renamed visit" });
    expect({ status: refused.status, body: refused.body }).toMatchObject({ status: 409, body: { error: { code: "conflict", reason: "project_name_taken" } } });
    const review = expectStatus(await moderators[0].get(API_ROUTES.review(reviewId)), 200, "review").body.review;
    // Nothing of the refused request is stored, the title included.
    expect([review.title, review.hostProject]).toEqual(["Study visit", "Integrated pathways"]);
    expect((await projectsOf(moderators[0], reviewId)).map((project) => project.name)).toEqual(["Integrated pathways", "Welcome desks"]);
    // Its own name in another case is no conflict.
    expectStatus(await moderators[1].request("PATCH", API_ROUTES.review(reviewId), { hostProject: "INTEGRATED pathways" }), 200, "recase");
  });
});
