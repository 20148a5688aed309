import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, BENCHMARK_ROUTES, CLOSE_CODES, reportExportPath } from "@review/shared";
import { ApiClient, expectStatus, networkModeratorClient, newAccount, signedInClient } from "../support/apiClient.ts";
import { connectDoc } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

async function createInvitationCode(moderator: ApiClient, reviewId: string, body: { role: string; email?: string }): Promise<string> {
  const response = await moderator.post(API_ROUTES.reviewInvitations(reviewId), body);
  return expectStatus(response, 201, "create invitation").body.invitation.code as string;
}

describe.each(BACKENDS)("review set-up on %s", (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "open" });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("serves the IMPART benchmark to signed-in users", async () => {
    const anonymous = await new ApiClient(server).get(BENCHMARK_ROUTES.list);
    expect(anonymous.status).toBe(401);
    const user = await signedInClient(server, "Reader");
    const list = expectStatus(await user.get(BENCHMARK_ROUTES.list), 200, "list").body;
    expect(list).toContainEqual(expect.objectContaining({ id: "impart", moduleCount: 4, factorCount: 20 }));
    const impart = expectStatus(await user.get(BENCHMARK_ROUTES.one("impart")), 200, "one").body;
    expect(impart.modules.map((m: { kind: string; factors: unknown[] }) => [m.kind, m.factors.length])).toEqual([
      ["core", 8],
      ["theme", 3],
      ["theme", 4],
      ["theme", 5],
    ]);
    expect((await user.get(BENCHMARK_ROUTES.one("nope"))).status).toBe(404);
  });

  it("creates a review with its set-up, validates it, and lets only moderators change it", async () => {
    const moderator = await networkModeratorClient(server, "Moderator");
    const created = await moderator.post(API_ROUTES.reviews, {
      title: "Visit to Tampere",
      hostProject: "Welcome Centre",
      country: "Finland",
      themeModuleId: "territorial-approach",
      modules: ["territorial-approach"],
      visitStart: "2027-03-02",
      visitEnd: "2027-03-05",
    });
    const review = expectStatus(created, 201, "create").body.review;
    expect(review).toMatchObject({
      country: "Finland",
      themeModuleId: "territorial-approach",
      modules: ["territorial-approach"],
      visitStart: "2027-03-02",
      visitEnd: "2027-03-05",
      benchmark: { id: "impart" },
      role: "moderator",
    });

    const badModule = await moderator.post(API_ROUTES.reviews, { title: "x", hostProject: "y", modules: ["core"] });
    expect(badModule.status).toBe(400);
    expect(badModule.body.error.message).toContain("modules");
    const backwards = await moderator.post(API_ROUTES.reviews, { title: "x", hostProject: "y", visitStart: "2027-03-05", visitEnd: "2027-03-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain("visitEnd");
    const badDate = await moderator.post(API_ROUTES.reviews, { title: "x", hostProject: "y", visitStart: "2027-02-30" });
    expect(badDate.status).toBe(400);

    const patched = await moderator.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: "anti-discrimination", visitEnd: "2027-03-06" });
    expect(expectStatus(patched, 200, "patch").body.review).toMatchObject({ themeModuleId: "anti-discrimination", visitEnd: "2027-03-06", title: "Visit to Tampere" });
    expect(expectStatus(await moderator.get(API_ROUTES.review(review.id)), 200, "read back").body.review.themeModuleId).toBe("anti-discrimination");
    const tooEarly = await moderator.request("PATCH", API_ROUTES.review(review.id), { visitEnd: "2027-03-01" });
    expect(tooEarly.status).toBe(400);

    const peer = await signedInClient(server, "Peer");
    await moderator.addMember(review.id, peer.user!.email, "peer");
    expect((await peer.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: null })).status).toBe(403);
    const stranger = await signedInClient(server, "Stranger");
    expect((await stranger.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: null })).status).toBe(404);
  });

  it("takes a review's theme only as a thematic module of its benchmark (400 theme_not_a_module otherwise)", async () => {
    const moderator = await networkModeratorClient(server, "Theme moderator");
    for (const themeModuleId of ["core", "Anti-discrimination Skills", "no-such-module"]) {
      const created = await moderator.post(API_ROUTES.reviews, { title: "x", hostProject: "y", themeModuleId });
      expect(created.status, themeModuleId).toBe(400);
      expect(created.body.error.code).toBe("theme_not_a_module");
    }
    // The old free-text field is gone: a crafted request with it is refused, not stored.
    expect((await moderator.post(API_ROUTES.reviews, { title: "x", hostProject: "y", theme: "Employment" })).body.error.code).toBe("invalid_input");

    const review = expectStatus(await moderator.post(API_ROUTES.reviews, { title: "Themed", hostProject: "Host" }), 201, "create without theme").body.review;
    expect(review.themeModuleId).toBeNull();
    const unknown = await moderator.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: "housing", title: "Renamed" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("theme_not_a_module");
    // Nothing of a refused change is stored.
    expect(expectStatus(await moderator.get(API_ROUTES.review(review.id)), 200, "after refusal").body.review).toMatchObject({ title: "Themed", themeModuleId: null });

    const chosen = await moderator.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: "assessment-validation" });
    expect(expectStatus(chosen, 200, "choose").body.review.themeModuleId).toBe("assessment-validation");
    // The report's export names the theme by its module.
    const markdown = expectStatus(await moderator.get(reportExportPath(review.id, "md")), 200, "export").text as string;
    expect(markdown).toContain("Assessment and Validation – Valuing Migrant Competences");
    const cleared = await moderator.request("PATCH", API_ROUTES.review(review.id), { themeModuleId: null });
    expect(expectStatus(cleared, 200, "clear").body.review.themeModuleId).toBeNull();
  });

  it("closes a member's sockets at once when the moderator changes their role or removes them", async () => {
    const team = await createTeam(server, { writer: "peer", watcher: "peer" });
    const moderatorClient = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    const writer = connectDoc(server, team.members.writer.cookieHeader, team.reportDoc);
    await Promise.all([moderatorClient.whenSynced(), writer.whenSynced()]);

    // Demoted to host: the open socket is closed; it reconnects read-only and its writes are dropped.
    const demote = await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, team.members.writer.user!.id), { role: "host" });
    expect(expectStatus(demote, 200, "demote").body.member.role).toBe("host");
    await waitFor(() => writer.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { description: "close 4409" });
    await writer.whenSynced();
    appendParagraph(writer.doc, "written after demotion");
    await waitFor(() => writer.permissionDenied().length > 0, { description: "permission denied after demotion" });
    appendParagraph(moderatorClient.doc, "moderator still writes");
    const probe = connectDoc(server, team.moderator.cookieHeader, team.reportDoc, { doc: new Y.Doc() });
    await probe.whenSynced();
    await waitFor(() => paragraphTexts(probe.doc).includes("moderator still writes"), { description: "moderator text" });
    expect(paragraphTexts(probe.doc)).not.toContain("written after demotion");

    // Removed: closed with 4403 and no longer sees the review.
    const watcher = connectDoc(server, team.members.watcher.cookieHeader, team.reportDoc);
    await watcher.whenSynced();
    const removal = await team.moderator.request("DELETE", API_ROUTES.reviewMember(team.reviewId, team.members.watcher.user!.id));
    expect(removal.status).toBe(204);
    await waitFor(() => watcher.closes.some((close) => close.code === CLOSE_CODES.forbidden), { description: "close 4403" });
    expect((await team.members.watcher.get(API_ROUTES.review(team.reviewId))).status).toBe(404);

    // The last moderator can neither leave nor be demoted.
    const lastModerator = await team.moderator.request("DELETE", API_ROUTES.reviewMember(team.reviewId, team.moderator.user!.id));
    expect(lastModerator.status).toBe(409);
    const selfDemote = await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, team.moderator.user!.id), { role: "peer" });
    expect(selfDemote.status).toBe(409);
    for (const client of [moderatorClient, writer, probe, watcher]) client.destroy();
  });

  it("closes the sockets of a session that signs out, and only those", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const signingOut = connectDoc(server, team.members.peer.cookieHeader, team.reportDoc);
    const staying = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await Promise.all([signingOut.whenSynced(), staying.whenSynced()]);
    expect((await team.members.peer.post(API_ROUTES.logout)).status).toBe(204);
    await waitFor(() => signingOut.closes.some((close) => close.code === CLOSE_CODES.unauthenticated), { description: "close 4401" });
    expect(staying.closes).toEqual([]);
    signingOut.destroy();
    staying.destroy();
  });

  it("joins a review through a single-use invitation code", async () => {
    const moderator = await signedInClient(server, "Inviting Moderator");
    const review = await moderator.createReview({ title: "Invitations", hostProject: "Host" });
    const peer = await signedInClient(server, "Outside Peer");
    expect((await peer.post(API_ROUTES.reviewInvitations(review.id), { role: "peer" })).status).toBe(404);

    const code = await createInvitationCode(moderator, review.id, { role: "peer" });
    const preview = await new ApiClient(server).get(API_ROUTES.invitation(code));
    expect(expectStatus(preview, 200, "preview").body.invitation).toMatchObject({ reviewTitle: "Invitations", role: "peer", invitedBy: "Inviting Moderator" });
    expect((await moderator.get(API_ROUTES.reviewInvitations(review.id))).body.invitations).toHaveLength(1);

    // The moderator trying their own link lands on the review, keeps their role and does not use the code up.
    const tried = await moderator.post(API_ROUTES.acceptInvitation(code));
    expect(expectStatus(tried, 200, "member opens the link").body.reviewId).toBe(review.id);
    expect((await moderator.get(API_ROUTES.review(review.id))).body.review.role).toBe("moderator");
    expect((await moderator.get(API_ROUTES.reviewInvitations(review.id))).body.invitations).toHaveLength(1);

    const accepted = await peer.post(API_ROUTES.acceptInvitation(code));
    expect(expectStatus(accepted, 200, "accept").body.reviewId).toBe(review.id);
    expect((await peer.get(API_ROUTES.review(review.id))).body.review.role).toBe("peer");
    const again = await (await signedInClient(server, "Latecomer")).post(API_ROUTES.acceptInvitation(code));
    expect(again.status).toBe(404);
    expect((await moderator.get(API_ROUTES.reviewInvitations(review.id))).body.invitations).toHaveLength(0);

    const forHost = await createInvitationCode(moderator, review.id, { role: "host", email: "host.person@example.test" });
    const wrongPerson = await (await signedInClient(server, "Wrong Person")).post(API_ROUTES.acceptInvitation(forHost));
    expect(wrongPerson.status).toBe(403);
    const list = (await moderator.get(API_ROUTES.reviewInvitations(review.id))).body.invitations as { id: string }[];
    expect((await moderator.request("DELETE", API_ROUTES.reviewInvitation(review.id, list[0]!.id))).status).toBe(204);
    expect((await new ApiClient(server).get(API_ROUTES.invitation(forHost))).status).toBe(404);
    expect((await new ApiClient(server).get(API_ROUTES.invitation("not-a-code"))).status).toBe(404);
  });
});

describe("invite-only registration", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ backend: "pglite", registration: "invite" });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("lets the first account in, then only people with an invitation", async () => {
    const admin = new ApiClient(server);
    expect((await admin.register(newAccount("Administrator"))).isAdmin).toBe(true);
    const stranger = await new ApiClient(server).post(API_ROUTES.register, newAccount("Stranger"));
    expect(stranger.status).toBe(403);

    const review = await admin.createReview({ title: "Invite only", hostProject: "Host" });
    const code = await createInvitationCode(admin, review.id, { role: "host" });
    const invited = new ApiClient(server);
    const registered = await invited.post(API_ROUTES.register, { ...newAccount("Invited Host"), invitation: code });
    expect(expectStatus(registered, 201, "register").body).toMatchObject({ reviewId: review.id, user: { isAdmin: false } });
    expect((await invited.get(API_ROUTES.review(review.id))).body.review.role).toBe("host");
    const reused = await new ApiClient(server).post(API_ROUTES.register, { ...newAccount("Reuser"), invitation: code });
    expect(reused.status).toBe(400);
  });
});
