import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  API_ROUTES,
  BENCHMARK_ROUTES,
  CLOSE_CODES,
  NETWORK_ROUTES,
  PAPER_ROUTES,
  paperDocumentName,
  paperResponseSchema,
  type NetworkRole,
  type Paper,
} from "@review/shared";
import { ApiClient, expectStatus, newAccount, signedInClient, type ApiResponse } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * Issue 10, item 2: escalation by a partner. Creating a review, writing policy papers and
 * managing benchmarks need the matching network role, which only an administrator gives;
 * moderating a review confers none of them.
 */
describe.each(BACKENDS)("network roles (%s)", (backend) => {
  let server: TestServer;
  /** The network's first account: its administrator. */
  let admin: ApiClient;
  const sockets: CollabClient[] = [];
  const connect = (client: ApiClient, docName: string) => {
    const socket = connectDoc(server, client.cookieHeader, docName);
    sockets.push(socket);
    return socket;
  };

  const setRole = (by: ApiClient, userId: string, role: NetworkRole) => by.request("PATCH", NETWORK_ROUTES.member(userId), { role });
  const grant = async (client: ApiClient, role: NetworkRole) => {
    expectStatus(await setRole(admin, client.user!.id, role), 200, `make ${client.user!.name} ${role}`);
  };
  const expectForbidden = (response: ApiResponse, what: string) => {
    expect({ what, status: response.status, code: response.body?.error?.code }).toEqual({ what, status: 403, code: "forbidden" });
  };
  const createPaper = async (by: ApiClient, title: string): Promise<Paper> =>
    paperResponseSchema.parse(expectStatus(await by.post(PAPER_ROUTES.list, { title }), 201, "create paper").body).paper;
  const paperTitle = async (paperId: string) => (await admin.get(PAPER_ROUTES.one(paperId))).body.paper.title as string;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "open" });
    admin = await signedInClient(server, "Admin Ada");
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("gives the first account the administrator role and every later account (open or invited) the member role", async () => {
    expect(admin.user).toMatchObject({ networkRole: "administrator", isAdmin: true });
    const open = await signedInClient(server, "Open Otto");
    expect(open.user).toMatchObject({ networkRole: "member", isAdmin: false });

    const team = await createTeam(server, {});
    const invitation = expectStatus(await team.moderator.post(API_ROUTES.reviewInvitations(team.reviewId), { role: "moderator" }), 201, "invite").body.invitation;
    const invited = new ApiClient(server);
    const registered = expectStatus(await invited.post(API_ROUTES.register, { ...newAccount("Invited Ines"), invitation: invitation.code }), 201, "register");
    // Invited as a review's moderator, still a member of the network.
    expect(registered.body.user).toMatchObject({ networkRole: "member", isAdmin: false });
    expect((await invited.get(API_ROUTES.me)).body.user.networkRole).toBe("member");
    expectForbidden(await invited.post(API_ROUTES.reviews, { title: "Mine now", hostProject: "x" }), "an invited moderator creating a review");
  });

  it("refuses a partner's escalation: no review, no paper, no benchmark, with 403 forbidden and nothing stored", async () => {
    const team = await createTeam(server, { partner: "partner" });
    const partner = team.members.partner;
    const paper = await createPaper(admin, "The administrator's paper");
    const benchmarksBefore = (await admin.get(BENCHMARK_ROUTES.list)).body;
    const impart = expectStatus(await admin.get(BENCHMARK_ROUTES.one("impart")), 200, "impart").body;

    expectForbidden(await partner.post(API_ROUTES.reviews, { title: "My own review", hostProject: "Escalation" }), "create a review");
    expect((await partner.get(API_ROUTES.reviews)).body.reviews.map((review: { id: string }) => review.id)).toEqual([team.reviewId]);
    expectForbidden(await partner.post(PAPER_ROUTES.list, { title: "A paper of mine" }), "create a paper");
    expectForbidden(await partner.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "Renamed by a partner" }), "rename a paper");
    expectForbidden(await partner.request("PATCH", PAPER_ROUTES.one(paper.id), { summary: "Rewritten" }), "rewrite a summary");
    expectForbidden(await partner.post(BENCHMARK_ROUTES.import, { ...impart, id: "impart-partner", version: "1" }), "import a benchmark");
    const housing = { id: "housing", name: "Housing", kind: "theme", description: "d", factors: [{ id: "h-1", number: "1", name: "n", definition: "d", tests: ["t"], evidence: [] }] };
    expectForbidden(await partner.post(BENCHMARK_ROUTES.modules("impart"), { version: "partner", module: housing }), "publish a new IMPART version");
    expect((await partner.get(BENCHMARK_ROUTES.access)).body).toEqual({ canManage: false });

    expect(await paperTitle(paper.id)).toBe("The administrator's paper");
    expect((await admin.get(BENCHMARK_ROUTES.list)).body).toEqual(benchmarksBefore);

    // Over the socket: the partner reads the paper; every update it sends is dropped.
    const writer = connect(admin, paperDocumentName(paper.id));
    const reader = connect(partner, paperDocumentName(paper.id));
    await Promise.all([writer.whenSynced(), reader.whenSynced()]);
    appendParagraph(reader.doc, "a partner's rewrite");
    await waitFor(() => reader.permissionDenied().length > 0, { description: "the partner's update to be refused" });
    appendParagraph(writer.doc, "marker");
    await waitFor(() => paragraphTexts(reader.doc).includes("marker"), { description: "the marker to reach the partner" });
    expect(paragraphTexts(writer.doc)).toEqual(["marker"]);
  });

  it("moderating a review makes nobody a paper writer: a moderator demoted to member keeps the review, not the papers", async () => {
    const team = await createTeam(server, {});
    const paper = await createPaper(admin, "Not the review moderator's");
    await grant(team.moderator, "member");
    expect((await team.moderator.get(API_ROUTES.review(team.reviewId))).body.review.role).toBe("moderator");
    expectForbidden(await team.moderator.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "Taken over" }), "rename another's paper");
    expectForbidden(await team.moderator.post(API_ROUTES.reviews, { title: "Another one", hostProject: "x" }), "create a second review");
    expect(paperResponseSchema.parse((await team.moderator.get(PAPER_ROUTES.one(paper.id))).body).canWrite).toBe(false);

    const socket = connect(team.moderator, paperDocumentName(paper.id));
    await socket.whenSynced();
    appendParagraph(socket.doc, "a review moderator's rewrite");
    await waitFor(() => socket.permissionDenied().length > 0, { description: "the review moderator's update to be refused" });
    expect(await paperTitle(paper.id)).toBe("Not the review moderator's");
  });

  it("a role change reaches open paper sockets at once: promoted, the member writes; demoted, the writes are refused", async () => {
    const member = await signedInClient(server, "Member Mo");
    const paper = await createPaper(admin, "Live role change");
    const name = paperDocumentName(paper.id);
    const watcher = connect(admin, name);
    const socket = connect(member, name);
    // A separate copy for the refused write: the provider would resend it once writable.
    const probe = connect(member, name);
    await Promise.all([watcher.whenSynced(), socket.whenSynced(), probe.whenSynced()]);
    appendParagraph(probe.doc, "refused while a member");
    await waitFor(() => probe.permissionDenied().length > 0, { description: "the member's update to be refused" });
    probe.destroy();

    await grant(member, "moderator");
    await waitFor(() => socket.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { description: "the socket to close with permissionsChanged" });
    await waitFor(() => socket.provider.synced && socket.provider.wsconnected, { description: "the socket to reconnect" });
    appendParagraph(socket.doc, "written as a network moderator");
    await waitFor(() => paragraphTexts(watcher.doc).includes("written as a network moderator"), { description: "the promoted member's text to reach the administrator" });

    const closesBefore = socket.closes.length;
    const deniedBefore = socket.permissionDenied().length;
    await grant(member, "member");
    await waitFor(() => socket.closes.length > closesBefore, { description: "the socket to close again on the demotion" });
    expect(socket.closes.at(-1)?.code).toBe(CLOSE_CODES.permissionsChanged);
    await waitFor(() => socket.provider.synced && socket.provider.wsconnected, { description: "the socket to reconnect read-only" });
    appendParagraph(socket.doc, "refused again");
    await waitFor(() => socket.permissionDenied().length > deniedBefore, { description: "the demoted member's update to be refused" });
    appendParagraph(watcher.doc, "after");
    await waitFor(() => paragraphTexts(socket.doc).includes("after"), { description: "the administrator's text to reach the member" });
    expect(paragraphTexts(watcher.doc).join(" ")).not.toContain("refused");
  });

  it("a paper is written by its authors: the creator adds one, nobody else may, and removing them closes their socket", async () => {
    const creator = await signedInClient(server, "Creator Cleo");
    await grant(creator, "moderator");
    const otherModerator = await signedInClient(server, "Other Oren");
    await grant(otherModerator, "moderator");
    const author = await signedInClient(server, "Author Ann");
    const stranger = await signedInClient(server, "Stranger Sid");
    const paper = await createPaper(creator, "Co-authored");
    const created = paperResponseSchema.parse((await creator.get(PAPER_ROUTES.one(paper.id))).body);
    expect(created).toMatchObject({ canWrite: true, canManageAuthors: true });
    expect(created.authors.map((entry) => entry.userId)).toEqual([creator.user!.id]);

    // Only the creator and administrators choose authors; another network moderator writes the paper but does not.
    expectForbidden(await otherModerator.post(PAPER_ROUTES.authors(paper.id), { userId: otherModerator.user!.id }), "a moderator naming authors");
    expectForbidden(await stranger.post(PAPER_ROUTES.authors(paper.id), { userId: stranger.user!.id }), "a member naming themself author");
    expectStatus(await otherModerator.request("PATCH", PAPER_ROUTES.one(paper.id), { summary: "Edited by a network moderator" }), 200, "network moderator edits");
    expectForbidden(await author.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "Before authorship" }), "a member renaming");

    const added = expectStatus(await creator.post(PAPER_ROUTES.authors(paper.id), { userId: author.user!.id }), 201, "add author");
    expect(added.body.authors.map((entry: { userId: string }) => entry.userId)).toEqual(expect.arrayContaining([creator.user!.id, author.user!.id]));
    expect((await creator.post(PAPER_ROUTES.authors(paper.id), { userId: "nobody-at-all" })).status).toBe(404);
    expectStatus(await author.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "Co-authored, renamed" }), 200, "author renames");
    expect(paperResponseSchema.parse((await author.get(PAPER_ROUTES.one(paper.id))).body)).toMatchObject({ canWrite: true, canManageAuthors: false });

    const name = paperDocumentName(paper.id);
    const watcher = connect(creator, name);
    const authorSocket = connect(author, name);
    const strangerSocket = connect(stranger, name);
    await Promise.all([watcher.whenSynced(), authorSocket.whenSynced(), strangerSocket.whenSynced()]);
    appendParagraph(authorSocket.doc, "the author's paragraph");
    appendParagraph(strangerSocket.doc, "a stranger's paragraph");
    await waitFor(() => paragraphTexts(watcher.doc).includes("the author's paragraph") && strangerSocket.permissionDenied().length > 0, {
      description: "the author's text to arrive and the stranger's to be refused",
    });
    // Not another paper: authorship is per paper.
    const elsewhere = await createPaper(creator, "Single-authored");
    expectForbidden(await author.request("PATCH", PAPER_ROUTES.one(elsewhere.id), { title: "Not mine" }), "an author renaming another paper");

    // The creator is never removed; removing the author closes their socket, which comes back read-only.
    expect((await creator.request("DELETE", PAPER_ROUTES.author(paper.id, creator.user!.id))).status).toBe(409);
    expectForbidden(await otherModerator.request("DELETE", PAPER_ROUTES.author(paper.id, author.user!.id)), "a moderator removing an author");
    expect((await admin.request("DELETE", PAPER_ROUTES.author(paper.id, author.user!.id))).status).toBe(204);
    await waitFor(() => authorSocket.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { description: "the former author's socket to close" });
    await waitFor(() => authorSocket.provider.synced && authorSocket.provider.wsconnected, { description: "the former author's socket to reconnect" });
    appendParagraph(authorSocket.doc, "written after removal");
    await waitFor(() => authorSocket.permissionDenied().length > 0, { description: "the former author's update to be refused" });
    expectForbidden(await author.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "After removal" }), "a former author renaming");

    // A creator who stops being a network moderator still writes their own paper (they author it), and no other.
    await grant(creator, "member");
    expectStatus(await creator.request("PATCH", PAPER_ROUTES.one(paper.id), { summary: "Still mine" }), 200, "the demoted creator edits their paper");
    expect(await paperTitle(paper.id)).toBe("Co-authored, renamed");
  });

  it("only administrators list and change roles; the last administrator cannot step down, even racing another", async () => {
    const member = await signedInClient(server, "Plain Pat");
    const moderator = await signedInClient(server, "Named Nia");
    await grant(moderator, "moderator");

    const listed = expectStatus(await admin.get(NETWORK_ROUTES.members), 200, "list accounts").body.members as { userId: string; networkRole: string; email: string }[];
    expect(listed.find((entry) => entry.userId === moderator.user!.id)).toMatchObject({ networkRole: "moderator", email: moderator.user!.email });
    expect(listed.filter((entry) => entry.networkRole === "administrator").map((entry) => entry.userId)).toEqual([admin.user!.id]);
    for (const client of [member, moderator]) {
      expectForbidden(await client.get(NETWORK_ROUTES.members), "list accounts");
      expectForbidden(await setRole(client, client.user!.id, "administrator"), "promote oneself");
    }
    expectForbidden(await setRole(moderator, member.user!.id, "moderator"), "a moderator naming moderators");
    expect((await setRole(admin, "zzzzzzzzzzzzzzzz", "moderator")).status).toBe(404);
    expect((await setRole(admin, member.user!.id, "owner" as NetworkRole)).status).toBe(400);

    const alone = await setRole(admin, admin.user!.id, "member");
    expect({ status: alone.status, code: alone.body?.error?.code }).toEqual({ status: 409, code: "conflict" });

    // Two administrators demoting each other at once: exactly one succeeds, one administrator remains.
    await grant(moderator, "administrator");
    const results = await Promise.all([setRole(admin, moderator.user!.id, "member"), setRole(moderator, admin.user!.id, "member")]);
    // The second to run finds its actor demoted (403) or the other gone (409): never both succeed.
    const statuses = results.map((result) => result.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const after = (await (results[0]!.status === 200 ? admin : moderator).get(NETWORK_ROUTES.members)).body.members as { networkRole: string }[];
    expect(after.filter((entry) => entry.networkRole === "administrator")).toHaveLength(1);
    // Leave Ada the administrator for whoever runs after.
    if (results[1]!.status === 200) expectStatus(await setRole(moderator, admin.user!.id, "administrator"), 200, "restore the administrator");
  });
});
