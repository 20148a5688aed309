import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PAPER_RECOMMENDATIONS_SIGNAL,
  PAPER_RECOMMENDATION_ROUTES,
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  RECOMMENDATION_ROUTES,
  networkRecommendationsResponseSchema,
  paperDocumentName,
  paperResponseSchema,
  recommendationListResponseSchema,
  recommendationResponseSchema,
} from "@review/shared";
import { ApiClient, expectStatus, networkModeratorClient, signedInClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendRecommendation } from "../support/reportContent.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * Issue 13, item 3 for policy papers: a paper's recommendations name their addressees and carry
 * dated follow-up notes, like a report's. Its writers (authors, network moderators, administrators)
 * change them, follow-up once the paper is published; every account reads them; the network's list
 * shows them beside the reports' (source filter, CSV); the paper's exports carry them.
 */
describe.each(BACKENDS)("policy paper recommendations addressed and followed up (%s)", (backend) => {
  let server: TestServer;
  let admin: ApiClient;
  let moderator: ApiClient;
  let otherModerator: ApiClient;
  let author: ApiClient;
  let member: ApiClient;
  let paperId: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ backend });
    admin = await signedInClient(server, "Admin Ada");
    moderator = await networkModeratorClient(server, "Moderator Mia");
    otherModerator = await networkModeratorClient(server, "Moderator Otto");
    author = await signedInClient(server, "Author Ana");
    member = await signedInClient(server, "Member Max");
    const created = expectStatus(await moderator.post(PAPER_ROUTES.list, { title: "Including the migrant voice", summary: "Cross-cutting findings" }), 201, "create paper");
    paperId = paperResponseSchema.parse(created.body).paper.id;
    expectStatus(await moderator.post(PAPER_ROUTES.authors(paperId), { userId: author.user!.id }), 201, "add author");
    const writer = connectDoc(server, moderator.cookieHeader, paperDocumentName(paperId));
    clients.push(writer);
    await writer.whenSynced();
    appendRecommendation(writer.doc, "rec_paper_voice", "Ask projects for a clear rationale for including the migrant voice.");
    appendRecommendation(writer.doc, "rec_paper_governance", "Involve migrant self-organisations in governance.");
    await waitFor(async () => {
      const listed = recommendationListResponseSchema.parse((await member.get(PAPER_RECOMMENDATION_ROUTES.list(paperId))).body);
      return listed.recommendations.length === 2;
    }, { description: "the paper's marked recommendations listed" });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const setAddressees = (client: ApiClient, id: string, addressees: unknown, paper = paperId) =>
    client.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper, id), { addressees });
  const followUp = (client: ApiClient, id: string, status: string, note: string) => client.post(PAPER_RECOMMENDATION_ROUTES.followUp(paperId, id), { status, note });

  it("the paper's writers address its recommendations; members read them; others are refused; bad input is a 4xx", async () => {
    for (const [who, client, addressees] of [
      ["its creator", moderator, ["managing_authorities"]],
      ["another network moderator", otherModerator, ["managing_authorities", "projects"]],
      ["the administrator", admin, ["european_commission", "managing_authorities"]],
      ["an author who is a member", author, ["managing_authorities", "ngos"]],
    ] as const) {
      const set = recommendationResponseSchema.parse(expectStatus(await setAddressees(client, "rec_paper_voice", addressees), 200, who).body);
      expect(set.recommendation).toMatchObject({ recommendationId: "rec_paper_voice", addressees, status: "proposed" });
    }

    const byMember = await setAddressees(member, "rec_paper_voice", ["ngos"]);
    expect(byMember.status).toBe(403);
    expect(byMember.body).toMatchObject({ error: { code: "forbidden", reason: "paper_recommendations_by_writers" } });
    expect((await new ApiClient(server).request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paperId, "rec_paper_voice"), { addressees: [] })).status).toBe(401);
    expect((await new ApiClient(server).get(PAPER_RECOMMENDATION_ROUTES.list(paperId))).status).toBe(401);

    expect((await setAddressees(moderator, "rec_paper_voice", ["ngos", "ngos"])).status).toBe(400);
    expect((await setAddressees(moderator, "rec_paper_voice", ["the_pope"])).body).toMatchObject({ error: { code: "invalid_input" } });
    expect((await moderator.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paperId, "rec_paper_voice"), { addressees: [], extra: 1 })).status).toBe(400);
    expect((await setAddressees(moderator, "rec_nowhere", ["ngos"])).body).toMatchObject({ error: { code: "not_found", reason: "paper_recommendation_not_found" } });
    expect((await setAddressees(moderator, "rec_paper_voice", ["ngos"], "nosuchpaper00000")).body).toMatchObject({ error: { code: "not_found", reason: "paper_not_found" } });

    const asMember = recommendationListResponseSchema.parse(expectStatus(await member.get(PAPER_RECOMMENDATION_ROUTES.list(paperId)), 200, "member reads").body);
    expect(asMember).toMatchObject({ canAddress: false, canFollowUp: false });
    expect(asMember.recommendations.map((r) => [r.recommendationId, r.text, r.addressees])).toEqual([
      ["rec_paper_voice", "Ask projects for a clear rationale for including the migrant voice.", ["managing_authorities", "ngos"]],
      ["rec_paper_governance", "Involve migrant self-organisations in governance.", []],
    ]);
    const asAuthor = recommendationListResponseSchema.parse((await author.get(PAPER_RECOMMENDATION_ROUTES.list(paperId))).body);
    expect(asAuthor).toMatchObject({ canAddress: true, canFollowUp: false });
  });

  it("follow-up waits for publication; writers record dated notes; the network lists, filters and exports them; the paper's exports show them", async () => {
    const early = await followUp(moderator, "rec_paper_governance", "accepted", "The managing authority agreed.");
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: "invalid_transition", reason: "paper_follow_up_after_published" } });
    expectStatus(await setAddressees(moderator, "rec_paper_governance", ["ngos", "projects"]), 200, "address governance");

    for (const status of ["steering_review", "published"]) {
      expectStatus(await moderator.request("PUT", PAPER_VERSION_ROUTES.status(paperId), { status }), 200, status);
    }
    const byMember = await followUp(member, "rec_paper_governance", "done", "Done, I think.");
    expect(byMember.status).toBe(403);
    expect(byMember.body).toMatchObject({ error: { reason: "paper_recommendations_by_writers" } });
    expect((await followUp(moderator, "rec_paper_governance", "finished", "")).status).toBe(400);
    expect((await followUp(moderator, "rec_paper_governance", "done", "x".repeat(2001))).status).toBe(400);
    expect((await moderator.post(PAPER_RECOMMENDATION_ROUTES.followUp(paperId, "rec_paper_governance"), { status: "done", note: "", extra: 1 })).status).toBe(400);
    expect((await followUp(moderator, "rec_nowhere", "done", "")).status).toBe(404);

    expectStatus(await followUp(moderator, "rec_paper_governance", "accepted", "Three projects took it up."), 201, "moderator notes");
    const progress = recommendationResponseSchema.parse(expectStatus(await followUp(author, "rec_paper_governance", "in_progress", "Forum members sit on two steering groups."), 201, "author notes").body);
    expect(progress.recommendation.status).toBe("in_progress");
    expect(progress.recommendation.notes.map((note) => [note.status, note.note, note.by])).toEqual([
      ["in_progress", "Forum members sit on two steering groups.", author.user!.name],
      ["accepted", "Three projects took it up.", moderator.user!.name],
    ]);
    // Addressees may still be corrected once published.
    expectStatus(await setAddressees(admin, "rec_paper_governance", ["ngos", "projects"]), 200, "correct after publication");
    const asMember = recommendationListResponseSchema.parse((await member.get(PAPER_RECOMMENDATION_ROUTES.list(paperId))).body);
    expect(asMember.recommendations[1]).toMatchObject({ status: "in_progress", addressees: ["ngos", "projects"] });
    expect(asMember.canFollowUp).toBe(false);

    // The network's list: the paper's recommendations beside the reports', by source, actor and status.
    const list = async (query: string) => networkRecommendationsResponseSchema.parse(expectStatus(await member.get(`${RECOMMENDATION_ROUTES.network}${query}`), 200, query).body).recommendations;
    const ofPaper = await list(`?source=paper:${paperId}`);
    expect(ofPaper.map((r) => [r.recommendationId, r.source])).toEqual([
      ["rec_paper_voice", { kind: "paper", id: paperId, title: "Including the migrant voice" }],
      ["rec_paper_governance", { kind: "paper", id: paperId, title: "Including the migrant voice" }],
    ]);
    expect((await list("?actor=projects&source=papers")).map((r) => r.recommendationId)).toEqual(["rec_paper_governance"]);
    expect((await list("?status=in_progress")).map((r) => r.recommendationId)).toEqual(["rec_paper_governance"]);
    expect(await list("?source=reviews")).toEqual([]);
    for (const bad of ["?source=paper", "?source=papers:x", "?actor=everyone", "?status=finished", "?paper=x"]) {
      expect((await member.get(`${RECOMMENDATION_ROUTES.network}${bad}`)).status, bad).toBe(400);
    }

    const csv = await member.get(`${RECOMMENDATION_ROUTES.network}?format=csv&actor=ngos&source=paper:${paperId}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toEqual([
      "source,review,host_project,country,paper,recommendation,addressees,status,last_note,last_note_at",
      "paper,,,,Including the migrant voice,Ask projects for a clear rationale for including the migrant voice.,Managing authorities; NGOs,Proposed,,",
      expect.stringMatching(/^paper,,,,Including the migrant voice,Involve migrant self-organisations in governance\.,NGOs; Projects,In progress,Forum members sit on two steering groups\.,\d{4}-/),
    ]);

    // The paper's exports: the table of recommendations with addressees and follow-up, in the asked language.
    const markdown = (await member.get(`${PAPER_VERSION_ROUTES.export(paperId)}?format=md`)).text;
    expect(markdown).toContain("## Recommendations and who they are addressed to");
    expect(markdown).toContain("| Involve migrant self-organisations in governance. | NGOs, Projects | In progress |");
    expect(markdown).toContain("| Ask projects for a clear rationale for including the migrant voice. | Managing authorities, NGOs |  |");
    const german = (await member.get(`${PAPER_VERSION_ROUTES.export(paperId)}?format=html&lang=de`)).text;
    expect(german).toContain("Empfehlungen und an wen sie sich richten");
    expect(german).toContain("<td>NGOs, Projekte</td><td>In Umsetzung</td>");
    const docx = await member.get(`${PAPER_VERSION_ROUTES.export(paperId)}?format=docx`);
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(docx.bytes)["word/document.xml"]!);
    expect(xml).toContain("Recommendations and who they are addressed to");
    expect(xml).toContain("NGOs, Projects");
    expect(xml).toContain("In progress");
  });

  it("a change of addressees or follow-up reaches readers with the paper open: the server bumps the paper's cue", async () => {
    const created = expectStatus(await moderator.post(PAPER_ROUTES.list, { title: "Live addressees" }), 201, "create paper");
    const livePaper = paperResponseSchema.parse(created.body).paper.id;
    const writer = connectDoc(server, moderator.cookieHeader, paperDocumentName(livePaper));
    const reader = connectDoc(server, member.cookieHeader, paperDocumentName(livePaper));
    clients.push(writer, reader);
    await Promise.all([writer.whenSynced(), reader.whenSynced()]);
    appendRecommendation(writer.doc, "rec_live", "Fund interpreters.");
    await waitFor(async () => (await member.get(PAPER_RECOMMENDATION_ROUTES.list(livePaper))).body.recommendations?.length === 1, { description: "the recommendation listed" });
    const cue = () => reader.doc.getMap<unknown>(PAPER_RECOMMENDATIONS_SIGNAL.root).get(PAPER_RECOMMENDATIONS_SIGNAL.changed);
    expect(cue()).toBeUndefined();

    expectStatus(await setAddressees(moderator, "rec_live", ["ngos"], livePaper), 200, "address it");
    await waitFor(() => cue() === 1, { description: "the cue after the addressees" });
    // Refused commands move nothing.
    expect((await setAddressees(member, "rec_live", ["projects"], livePaper)).status).toBe(403);
    for (const status of ["steering_review", "published"]) {
      expectStatus(await moderator.request("PUT", PAPER_VERSION_ROUTES.status(livePaper), { status }), 200, status);
    }
    expectStatus(await moderator.post(PAPER_RECOMMENDATION_ROUTES.followUp(livePaper, "rec_live"), { status: "accepted", note: "Agreed." }), 201, "follow it up");
    await waitFor(() => cue() === 2, { description: "the cue after the follow-up" });
  });
});
