import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, REPORT_VERSION_ROUTES, currentReportResponseSchema, versionContentResponseSchema, versionListResponseSchema, type VersionSummary } from "@review/shared";
import { type ApiClient, expectStatus, signedInClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts, reportXml, typeInto } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

type Roles = { peer: "peer"; partner: "partner" };

/**
 * Short, so that a session's version is recorded soon after everybody left, yet longer than a
 * reconnect takes on a loaded CI machine (a reconnect at 400 ms was seen to end the session).
 */
const SESSION_GRACE_MS = 1_500;

async function listVersions(client: ApiClient, reviewId: string): Promise<VersionSummary[]> {
  const response = expectStatus(await client.get(REPORT_VERSION_ROUTES.list(reviewId)), 200, "list versions");
  return versionListResponseSchema.parse(response.body).versions;
}

/** The report content a version holds, as XML. */
async function versionXml(client: ApiClient, reviewId: string, versionId: string): Promise<string> {
  const response = expectStatus(await client.get(REPORT_VERSION_ROUTES.one(reviewId, versionId)), 200, "get version");
  const { update } = versionContentResponseSchema.parse(response.body);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(update, "base64"));
  return reportXml(doc);
}

describe.each(BACKENDS)("report version history (%s)", (backend) => {
  let server: TestServer;
  let team: Team<"peer" | "partner">;
  const open: CollabClient[] = [];
  const connect = (client: ApiClient) => {
    const connection = connectDoc(server, client.cookieHeader, team.reportDoc);
    open.push(connection);
    return connection;
  };
  const closeAll = () => {
    for (const connection of open.splice(0)) connection.destroy();
  };

  beforeAll(async () => {
    server = await startTestServer({ backend, versionSessionGraceMs: SESSION_GRACE_MS });
    team = await createTeam<keyof Roles>(server, { peer: "peer", partner: "partner" });
  });
  afterAll(async () => {
    closeAll();
    await server?.cleanup();
  });

  it("records an automatic version with its contributors once everybody has left", async () => {
    const moderator = connect(team.moderator);
    const peer = connect(team.members.peer);
    await Promise.all([moderator.whenSynced(), peer.whenSynced()]);
    appendParagraph(peer.doc, "Mentors are former participants.");
    await waitFor(() => paragraphTexts(moderator.doc).length === 1, { description: "the peer's paragraph" });
    appendParagraph(moderator.doc, "Migrant voice is partly matched.");
    await waitFor(() => paragraphTexts(peer.doc).length === 2, { description: "the moderator's paragraph" });
    expect(await listVersions(team.moderator, team.reviewId)).toEqual([]);

    closeAll();
    const versions = await waitFor(async () => {
      const list = await listVersions(team.moderator, team.reviewId);
      return list.length > 0 ? list : null;
    }, { description: "the session's automatic version" });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: "auto", label: null, createdBy: null });
    expect(versions[0]!.contributors.map((c) => c.name).sort()).toEqual(["Moderator Mia", "Peer peer"]);
    expect(await versionXml(team.members.partner, team.reviewId, versions[0]!.id)).toContain("Migrant voice is partly matched.");
  });

  it("waits for the grace period: a quick reconnect does not end the session", async () => {
    const before = await listVersions(team.moderator, team.reviewId);
    const peer = connect(team.members.peer);
    await peer.whenSynced();
    appendParagraph(peer.doc, "Added in a session with a reconnect.");
    await waitFor(async () => (await versionXmlOfLive()).includes("with a reconnect"), { description: "the edit reaching the server" });
    closeAll();
    const again = connect(team.members.peer);
    await again.whenSynced();
    appendParagraph(again.doc, "Added after the reconnect.");
    await waitFor(async () => (await versionXmlOfLive()).includes("after the reconnect"), { description: "the second edit reaching the server" });
    closeAll();
    // Had the reconnect ended the session, each edit would have its version; one holds both.
    await waitFor(async () => (await listVersions(team.moderator, team.reviewId)).length > before.length, { description: "the version of the session once it really ended" });
    const versions = await listVersions(team.moderator, team.reviewId);
    expect(versions).toHaveLength(before.length + 1);
    const xml = await versionXml(team.members.peer, team.reviewId, versions[0]!.id);
    expect(xml).toContain("with a reconnect");
    expect(xml).toContain("after the reconnect");
  });

  it("records no automatic version when a session changed nothing", async () => {
    const before = await listVersions(team.moderator, team.reviewId);
    const idle = connect(team.members.peer);
    await idle.whenSynced();
    closeAll();
    // A session that changes something ends later than the idle one: once its version is
    // there, the idle session's end has been handled too, and added nothing.
    const writer = connect(team.moderator);
    await writer.whenSynced();
    appendParagraph(writer.doc, "Written after an idle session.");
    await waitFor(async () => (await versionXmlOfLive()).includes("after an idle session"), { description: "the edit reaching the server" });
    closeAll();
    await waitFor(async () => (await listVersions(team.moderator, team.reviewId)).length > before.length, { description: "the writing session's version" });
    const versions = await listVersions(team.moderator, team.reviewId);
    expect(versions).toHaveLength(before.length + 1);
    expect(await versionXml(team.moderator, team.reviewId, versions[0]!.id)).toContain("after an idle session");
  });

  it("stores a named version with who wrote since the last one", async () => {
    const peer = connect(team.members.peer);
    await peer.whenSynced();
    typeInto(peer.doc, 0, 0, "Clearly: ");
    await waitFor(async () => (await versionXmlOfLive()).includes("Clearly: "), { description: "the edit reaching the server" });
    const response = await team.moderator.post(REPORT_VERSION_ROUTES.list(team.reviewId), { label: "  Before the host review  " });
    expect(response.status).toBe(201);
    expect(response.body.version).toMatchObject({ kind: "named", label: "Before the host review", createdBy: { name: "Moderator Mia" } });
    expect(response.body.version.contributors.map((c: { name: string }) => c.name)).toEqual(["Peer peer"]);
    const versions = await listVersions(team.members.partner, team.reviewId);
    expect(versions[0]!.id).toBe(response.body.version.id);
    expect(await versionXml(team.members.partner, team.reviewId, versions[0]!.id)).toContain("Clearly: Mentors");
    closeAll();
  });

  it("lets members view, only writers name and restore, and hides everything from non-members", async () => {
    const [latest] = await listVersions(team.moderator, team.reviewId);
    const stranger = await signedInClient(server, "Stranger Sam");
    expect((await stranger.get(REPORT_VERSION_ROUTES.list(team.reviewId))).status).toBe(404);
    expect((await stranger.get(REPORT_VERSION_ROUTES.one(team.reviewId, latest!.id))).status).toBe(404);
    expect((await stranger.post(REPORT_VERSION_ROUTES.list(team.reviewId), { label: "x" })).status).toBe(404);
    expect((await stranger.post(REPORT_VERSION_ROUTES.restore(team.reviewId, latest!.id))).status).toBe(404);

    const partner = team.members.partner;
    expect((await stranger.get(REPORT_VERSION_ROUTES.current(team.reviewId))).status).toBe(404);
    const current = expectStatus(await partner.get(REPORT_VERSION_ROUTES.current(team.reviewId)), 200, "current report");
    const live = new Y.Doc();
    Y.applyUpdate(live, Buffer.from(currentReportResponseSchema.parse(current.body).update, "base64"));
    expect(reportXml(live)).toContain("Clearly: Mentors");
    const list = expectStatus(await partner.get(REPORT_VERSION_ROUTES.list(team.reviewId)), 200, "partner list").body;
    expect(list.canWrite).toBe(false);
    expect((await partner.get(REPORT_VERSION_ROUTES.one(team.reviewId, latest!.id))).status).toBe(200);
    const create = await partner.post(REPORT_VERSION_ROUTES.list(team.reviewId), { label: "Mine" });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe("forbidden");
    expect((await partner.post(REPORT_VERSION_ROUTES.restore(team.reviewId, latest!.id))).status).toBe(403);

    expect((await team.members.peer.get(REPORT_VERSION_ROUTES.list(team.reviewId))).body.canWrite).toBe(true);
    const blank = await team.moderator.post(REPORT_VERSION_ROUTES.list(team.reviewId), { label: "   " });
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe("invalid_input");
    const extra = await team.moderator.post(REPORT_VERSION_ROUTES.list(team.reviewId), { label: "ok", kind: "status" });
    expect(extra.status).toBe(400);
  });

  it("answers 404 for unknown versions and versions of another review", async () => {
    const unknown = "zzzzzzzzzzzzzzzz";
    expect((await team.moderator.get(REPORT_VERSION_ROUTES.one(team.reviewId, unknown))).status).toBe(404);
    const restore = await team.moderator.post(REPORT_VERSION_ROUTES.restore(team.reviewId, unknown));
    expect(restore.status).toBe(404);
    expect(restore.body.error.code).toBe("not_found");
    expect((await team.moderator.get(REPORT_VERSION_ROUTES.one(team.reviewId, "not a version id"))).status).toBe(404);

    const other = await team.moderator.createReview({ title: "Other visit", hostProject: "Elsewhere" });
    const [ours] = await listVersions(team.moderator, team.reviewId);
    expect((await team.moderator.get(REPORT_VERSION_ROUTES.one(other.id, ours!.id))).status).toBe(404);
    expect((await team.moderator.post(REPORT_VERSION_ROUTES.restore(other.id, ours!.id))).status).toBe(404);
  });

  it("restores a version as a live change that survives a restart, keeping the replaced state in history", async () => {
    const [named] = await listVersions(team.moderator, team.reviewId);
    const namedXml = await versionXml(team.moderator, team.reviewId, named!.id);
    const peer = connect(team.members.peer);
    const partner = connect(team.members.partner);
    await Promise.all([peer.whenSynced(), partner.whenSynced()]);
    appendParagraph(peer.doc, "Written after the named version.");
    await waitFor(() => paragraphTexts(partner.doc).includes("Written after the named version."), { description: "the new paragraph" });

    const response = await team.members.peer.post(REPORT_VERSION_ROUTES.restore(team.reviewId, named!.id));
    expect(response.status).toBe(200);
    expect(response.body.version).toMatchObject({ kind: "restore", restoredFrom: named!.id, createdBy: { name: "Peer peer" } });

    await waitFor(() => reportXml(partner.doc) === namedXml, { description: "the restore reaching the partner live" });
    await waitFor(() => reportXml(peer.doc) === namedXml, { description: "the restore reaching the peer live" });
    const history = await listVersions(team.moderator, team.reviewId);
    expect(history.map((v) => v.kind).slice(0, 3)).toEqual(["restore", "auto", "named"]);
    expect(await versionXml(team.moderator, team.reviewId, history[1]!.id)).toContain("Written after the named version.");

    closeAll();
    await server.restart();
    const again = connect(team.moderator);
    await again.whenSynced();
    expect(reportXml(again.doc)).toBe(namedXml);
    closeAll();
  });

  it("refuses to restore while the report is final, and keeps a version per status change", async () => {
    const [latest] = await listVersions(team.moderator, team.reviewId);
    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" }), 200, "finalise");
    const refused = await team.moderator.post(REPORT_VERSION_ROUTES.restore(team.reviewId, latest!.id));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("report_final");
    const [status] = await listVersions(team.members.partner, team.reviewId);
    expect(status).toMatchObject({ kind: "status", label: "final", createdBy: { name: "Moderator Mia" } });
    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "draft" }), 200, "reopen");
    expect((await team.moderator.post(REPORT_VERSION_ROUTES.restore(team.reviewId, latest!.id))).status).toBe(200);
  });

  async function versionXmlOfLive(): Promise<string> {
    const observer = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    try {
      await observer.whenSynced();
      return reportXml(observer.doc);
    } finally {
      observer.destroy();
    }
  }
});
