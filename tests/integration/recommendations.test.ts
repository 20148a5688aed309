import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  API_ROUTES,
  RECOMMENDATION_ROUTES,
  networkRecommendationsResponseSchema,
  recommendationResponseSchema,
  reportExportPath,
  reviewDocumentName,
  recommendationListResponseSchema,
} from "@review/shared";
import { readFollowUps } from "@review/shared/ratings";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendRecommendation } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * Issue 13, item 3: recommendations are addressed to actors and followed up. Addressees are
 * set by the report's writers, follow-up notes by the team and the host once the report is
 * final; both are rows written only by their commands and mirrored live into the ratings
 * document; the network lists them by actor and status, as JSON and CSV.
 */
describe.each(BACKENDS)("recommendations addressed and followed up (%s)", (backend) => {
  let server: TestServer;
  let team: Team<"peer" | "host" | "partner">;
  let outsider: ApiClient;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    team = await createTeam(server, { peer: "peer", host: "host", partner: "partner" });
    outsider = await signedInClient(server, "Outside Olga");
    const writer = connect(team.moderator.cookieHeader, team.reportDoc);
    await writer.whenSynced();
    appendRecommendation(writer.doc, "rec_mentors", "Fund mentors for newly arrived teachers.");
    appendRecommendation(writer.doc, "rec_forum", "Keep the migrants' forum in the regional strategy.");
    await waitFor(async () => {
      const listed = recommendationListResponseSchema.parse((await team.moderator.get(RECOMMENDATION_ROUTES.list(team.reviewId))).body);
      return listed.recommendations.length === 2;
    }, { description: "the marked recommendations listed" });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const setAddressees = (client: ApiClient, id: string, addressees: unknown) =>
    client.request("PUT", RECOMMENDATION_ROUTES.addressees(team.reviewId, id), { addressees });
  const followUp = (client: ApiClient, id: string, status: string, note: string) =>
    client.post(RECOMMENDATION_ROUTES.followUp(team.reviewId, id), { status, note });

  it("the team addresses recommendations; others are refused; bad input is a 400; everyone sees it live", async () => {
    const mirror = connect(team.members.partner.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await mirror.whenSynced();

    const set = recommendationResponseSchema.parse(
      expectStatus(await setAddressees(team.members.peer, "rec_mentors", ["managing_authorities", "local_authorities"]), 200, "peer addresses").body,
    );
    expect(set.recommendation).toMatchObject({ recommendationId: "rec_mentors", addressees: ["managing_authorities", "local_authorities"], status: "proposed" });
    await waitFor(() => readFollowUps(mirror.doc).get("rec_mentors")?.addressees.length === 2, { description: "the addressees mirrored live" });

    const byHost = await setAddressees(team.members.host, "rec_mentors", ["ngos"]);
    expect(byHost.status).toBe(403);
    expect(byHost.body).toMatchObject({ error: { reason: "recommendation_addressed_by_team" } });
    expect((await setAddressees(outsider, "rec_mentors", ["ngos"])).status).toBe(404);
    expect((await setAddressees(team.moderator, "rec_mentors", ["ngos", "ngos"])).status).toBe(400);
    expect((await setAddressees(team.moderator, "rec_mentors", ["the_pope"])).status).toBe(400);
    expect((await setAddressees(team.moderator, "rec_nowhere", ["ngos"])).body).toMatchObject({ error: { code: "not_found", reason: "recommendation_not_found" } });

    const asPartner = recommendationListResponseSchema.parse((await team.members.partner.get(RECOMMENDATION_ROUTES.list(team.reviewId))).body);
    expect(asPartner).toMatchObject({ canAddress: false, canFollowUp: false });
    expect(asPartner.recommendations.map((r) => [r.recommendationId, r.text, r.addressees])).toEqual([
      ["rec_mentors", "Fund mentors for newly arrived teachers.", ["managing_authorities", "local_authorities"]],
      ["rec_forum", "Keep the migrants' forum in the regional strategy.", []],
    ]);
    expect((await outsider.get(RECOMMENDATION_ROUTES.list(team.reviewId))).status).toBe(404);
  });

  it("follow-up waits for the final report; the host and the team record dated notes; the partner may not; the network lists and exports them", async () => {
    const early = await followUp(team.moderator, "rec_forum", "accepted", "The region agreed.");
    expect(early.body).toMatchObject({ error: { code: "invalid_transition", reason: "follow_up_after_final" } });
    expectStatus(await setAddressees(team.moderator, "rec_forum", ["national_regional_authorities"]), 200, "address the forum");

    // Before final, the draft's recommendations stay inside the team.
    const outsiderEarly = networkRecommendationsResponseSchema.parse((await outsider.get(RECOMMENDATION_ROUTES.network)).body);
    expect(outsiderEarly.recommendations.filter((r) => r.source.id === team.reviewId)).toEqual([]);

    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" }), 200, "final");
    const mirror = connect(team.members.peer.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await mirror.whenSynced();

    const accepted = recommendationResponseSchema.parse(expectStatus(await followUp(team.members.host, "rec_forum", "accepted", "The regional council adopted it."), 201, "host").body);
    expect(accepted.recommendation.status).toBe("accepted");
    const progress = recommendationResponseSchema.parse(expectStatus(await followUp(team.members.peer, "rec_forum", "in_progress", "Budget line in the 2027 plan."), 201, "peer").body);
    expect(progress.recommendation.status).toBe("in_progress");
    expect(progress.recommendation.notes.map((note) => [note.status, note.note, note.by])).toEqual([
      ["in_progress", "Budget line in the 2027 plan.", team.members.peer.user!.name],
      ["accepted", "The regional council adopted it.", team.members.host.user!.name],
    ]);
    expect(Date.parse(progress.recommendation.notes[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    await waitFor(() => readFollowUps(mirror.doc).get("rec_forum")?.status === "in_progress", { description: "the follow-up mirrored live" });

    const byPartner = await followUp(team.members.partner, "rec_forum", "done", "Done, I think.");
    expect(byPartner.status).toBe(403);
    expect(byPartner.body).toMatchObject({ error: { reason: "follow_up_by_team_and_host" } });
    expect((await followUp(team.moderator, "rec_forum", "finished", "")).status).toBe(400);
    expect((await followUp(team.moderator, "rec_forum", "done", "x".repeat(2001))).status).toBe(400);
    expect((await team.moderator.post(RECOMMENDATION_ROUTES.followUp(team.reviewId, "rec_forum"), { status: "done", note: "", extra: 1 })).status).toBe(400);

    // A final report's recommendations are the network's: every account lists them, filtered by actor and status.
    const byActor = networkRecommendationsResponseSchema.parse(
      (await outsider.get(`${RECOMMENDATION_ROUTES.network}?actor=national_regional_authorities&review=${team.reviewId}`)).body,
    );
    expect(byActor.recommendations.map((r) => [r.recommendationId, r.status, r.source.title])).toEqual([["rec_forum", "in_progress", "Study visit"]]);
    const byStatus = networkRecommendationsResponseSchema.parse((await outsider.get(`${RECOMMENDATION_ROUTES.network}?status=proposed&review=${team.reviewId}`)).body);
    expect(byStatus.recommendations.map((r) => r.recommendationId)).toEqual(["rec_mentors"]);
    expect((await outsider.get(`${RECOMMENDATION_ROUTES.network}?actor=everyone`)).status).toBe(400);

    // The report's exports carry the table of recommendations with addressees and follow-up, in the asked language.
    const markdown = (await team.members.partner.get(reportExportPath(team.reviewId, "md"))).text;
    expect(markdown).toContain("## Recommendations and who they are addressed to");
    expect(markdown).toContain("| Keep the migrants' forum in the regional strategy. | National and regional authorities | In progress |");
    expect(markdown).toContain("| Fund mentors for newly arrived teachers. | Managing authorities, Local authorities |  |");
    const german = (await team.members.partner.get(reportExportPath(team.reviewId, "html", "de"))).text;
    expect(german).toContain("Nationale und regionale Behörden");
    expect(german).toContain("In Umsetzung");

    const csv = await outsider.get(`${RECOMMENDATION_ROUTES.network}?format=csv&review=${team.reviewId}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("recommendations.csv");
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("source,review,host_project,country,paper,recommendation,addressees,status,last_note,last_note_at");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("report,Study visit,");
    expect(lines[2]).toContain("Keep the migrants' forum in the regional strategy.,National and regional authorities,In progress,Budget line in the 2027 plan.");
  });
});
