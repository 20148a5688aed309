import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, CLOSE_CODES, REPORT_VERSION_ROUTES, reviewDetailSchema, reportStatusHistoryResponseSchema, versionListResponseSchema } from "@review/shared";
import { signedInClient, type ApiClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

describe.each(BACKENDS)("report workflow (%s)", (backend) => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };
  const destroyClients = () => {
    for (const client of clients.splice(0)) client.destroy();
  };
  const setStatus = (client: ApiClient, reviewId: string, status: unknown) => client.post(API_ROUTES.reportStatus(reviewId), { status });

  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterEach(destroyClients);
  afterAll(async () => {
    await server?.cleanup();
  });

  it("moves draft → host review → final → draft, recording who and when", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const created = reviewDetailSchema.parse((await team.moderator.get(API_ROUTES.review(team.reviewId))).body.review);
    expect(created).toMatchObject({ reportStatus: "draft", reportStatusChangedAt: null, reportStatusChangedBy: null });

    const before = Date.now();
    const toReview = await setStatus(team.moderator, team.reviewId, "host_review");
    expect(toReview.status).toBe(200);
    const review = reviewDetailSchema.parse(toReview.body.review);
    expect(review.reportStatus).toBe("host_review");
    expect(review.reportStatusChangedBy).toBe(team.moderator.user!.name);
    expect(Date.parse(review.reportStatusChangedAt!)).toBeGreaterThanOrEqual(before - 1000);

    // Every member sees the status on the review and in the list.
    const asPeer = await team.members.peer.get(API_ROUTES.review(team.reviewId));
    expect(asPeer.body.review).toMatchObject({ reportStatus: "host_review", reportStatusChangedBy: team.moderator.user!.name });
    const list = await team.members.peer.get(API_ROUTES.reviews);
    expect(list.body.reviews.find((r: { id: string }) => r.id === team.reviewId)).toMatchObject({ reportStatus: "host_review" });

    expect((await setStatus(team.moderator, team.reviewId, "final")).body.review.reportStatus).toBe("final");
    // Exports say where the report stands.
    const markdown = await team.members.peer.get(`${API_ROUTES.review(team.reviewId)}/report/export?format=md`);
    expect(markdown.text).toContain(`**Report status:** Final since`);
    expect(markdown.text).toContain(`set by ${team.moderator.user!.name}`);
    expect((await setStatus(team.moderator, team.reviewId, "draft")).body.review.reportStatus).toBe("draft");

    const history = await team.members.peer.get(API_ROUTES.reportStatusHistory(team.reviewId));
    expect(history.status).toBe(200);
    const { changes } = reportStatusHistoryResponseSchema.parse(history.body);
    expect(changes.map(({ from, to, by }) => ({ from, to, by }))).toEqual([
      { from: "final", to: "draft", by: team.moderator.user!.name },
      { from: "host_review", to: "final", by: team.moderator.user!.name },
      { from: "draft", to: "host_review", by: team.moderator.user!.name },
    ]);
  });

  it("refuses non-moderators (403), non-members (404), nonsense transitions (409) and bad bodies (400), writing nothing", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host" });
    const outsider = await signedInClient(server, "Outsider Otto");

    expect((await setStatus(team.members.peer, team.reviewId, "final")).status).toBe(403);
    expect((await setStatus(team.members.host, team.reviewId, "host_review")).status).toBe(403);
    const foreign = await setStatus(outsider, team.reviewId, "final");
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("not_found");
    expect((await outsider.get(API_ROUTES.reportStatusHistory(team.reviewId))).status).toBe(404);
    expect((await setStatus(team.moderator, "nosuchreview0000", "final")).status).toBe(404);

    const same = await setStatus(team.moderator, team.reviewId, "draft");
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe("invalid_transition");
    expect((await setStatus(team.moderator, team.reviewId, "final")).status).toBe(200);
    // A reopened report goes through the draft: final → host review makes no sense.
    expect((await setStatus(team.moderator, team.reviewId, "host_review")).status).toBe(409);

    for (const body of [{ status: "done" }, { status: null }, {}, { status: "draft", extra: 1 }]) {
      const response = await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("invalid_input");
    }
    const notJson = await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), undefined, { rawBody: "{status" });
    expect(notJson.status).toBe(400);

    const { changes } = reportStatusHistoryResponseSchema.parse((await team.moderator.get(API_ROUTES.reportStatusHistory(team.reviewId))).body);
    expect(changes.map(({ from, to }) => `${from}>${to}`)).toEqual(["draft>final"]);
    expect((await team.moderator.get(API_ROUTES.review(team.reviewId))).body.review.reportStatus).toBe("final");
  });

  it("a final report refuses updates from everyone, moderator included; reopening lets writes through again", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host" });
    const moderator = connect(team.moderator.cookieHeader, team.reportDoc);
    const peer = connect(team.members.peer.cookieHeader, team.reportDoc);
    const host = connect(team.members.host.cookieHeader, team.reportDoc);
    await Promise.all([moderator.whenSynced(), peer.whenSynced(), host.whenSynced()]);
    appendParagraph(moderator.doc, "agreed findings");
    await waitFor(() => paragraphTexts(peer.doc).length === 1, { description: "the peer to receive the draft" });

    expect((await setStatus(team.moderator, team.reviewId, "final")).status).toBe(200);
    // Every socket open during the change is told to reconnect (4409) and does.
    for (const client of [moderator, peer, host]) {
      await waitFor(() => client.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), {
        description: "the 4409 close on every open socket",
      });
      await waitFor(() => client.provider.wsconnected && client.provider.synced, { description: "the reconnect" });
    }

    appendParagraph(moderator.doc, "moderator after final");
    appendParagraph(peer.doc, "peer after final");
    await waitFor(() => moderator.permissionDenied().length > 0 && peer.permissionDenied().length > 0, {
      description: "both writers to be told their updates were refused",
    });

    // The final snapshot is in the version history, labelled with the status.
    const versions = versionListResponseSchema.parse((await team.moderator.get(REPORT_VERSION_ROUTES.list(team.reviewId))).body).versions;
    expect(versions.some((version) => version.kind === "status" && version.label === "final")).toBe(true);

    // Reconnect from scratch: the stored document is what it was at finalisation.
    destroyClients();
    const reader = connect(team.members.peer.cookieHeader, team.reportDoc);
    await reader.whenSynced();
    expect(paragraphTexts(reader.doc)).toEqual(["agreed findings"]);
    destroyClients();

    expect((await setStatus(team.moderator, team.reviewId, "draft")).status).toBe(200);
    const writer = connect(team.members.peer.cookieHeader, team.reportDoc);
    const watcher = connect(team.moderator.cookieHeader, team.reportDoc);
    await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
    appendParagraph(writer.doc, "revised after reopening");
    await waitFor(() => paragraphTexts(watcher.doc).includes("revised after reopening"), { description: "the reopened report to take writes" });
    expect(writer.permissionDenied()).toEqual([]);
    destroyClients();
    const fresh = connect(team.moderator.cookieHeader, team.reportDoc);
    await fresh.whenSynced();
    expect(paragraphTexts(fresh.doc)).toEqual(["agreed findings", "revised after reopening"]);
  });

  it("a change that does not lock the report still reconnects open sockets with write access kept", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const peer = connect(team.members.peer.cookieHeader, team.reportDoc);
    await peer.whenSynced();
    expect((await setStatus(team.moderator, team.reviewId, "host_review")).status).toBe(200);
    await waitFor(() => peer.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { description: "the 4409 close" });
    await waitFor(() => peer.provider.wsconnected && peer.provider.synced, { description: "the reconnect" });
    appendParagraph(peer.doc, "peers keep drafting during host review");
    const other = connect(team.moderator.cookieHeader, team.reportDoc);
    await waitFor(() => paragraphTexts(other.doc).includes("peers keep drafting during host review"), { description: "the write to land" });
    expect(peer.permissionDenied()).toEqual([]);
  });
});
