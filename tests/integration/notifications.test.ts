import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import {
  API_ROUTES,
  COLLAB_PATH,
  INBOX_KEYS,
  INBOX_ROOT,
  NOTIFICATION_ROUTES,
  inboxDocumentName,
  listNotificationsResponseSchema,
  reviewDocumentName,
  type ListNotificationsResponse,
} from "@review/shared";
import { writeRecommendationDecision } from "@review/shared/self";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { connectDoc, tryUpgrade, type CollabClient } from "../support/collabClient.ts";
import { postReply, postThread, reviewComments } from "../support/commentCommands.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

type Mail = { to: string[]; data: string };

/** A local SMTP server that keeps every mail it receives. */
async function startSmtpSink(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data: decodeQuotedPrintable(Buffer.concat(chunks).toString("utf8")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const { port } = sink.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => sink.close(() => resolve())) };
}

/** The mail as text (nodemailer writes non-ASCII bodies quoted-printable, lines wrapped with `=`). */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

async function inbox(client: ApiClient): Promise<ListNotificationsResponse> {
  return listNotificationsResponseSchema.parse(expectStatus(await client.get(NOTIFICATION_ROUTES.list), 200, "list notifications").body);
}

describe.each(BACKENDS)("notifications (%s)", (backend) => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer({ backend, smtpUrl: smtp.url });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
    await smtp?.close();
  });

  it("adding a member, and a mention, reach the member's inbox live (not the actor's); only they read and mark it", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host" });
    const { host, peer } = team.members;
    expect((await inbox(host)).notifications.map((item) => item.payload)).toEqual([
      expect.objectContaining({ kind: "invitation", reviewId: team.reviewId, role: "host", actorName: team.moderator.user!.name }),
    ]);
    expect((await inbox(team.moderator)).notifications).toEqual([]);
    expectStatus(await host.post(NOTIFICATION_ROUTES.read, { all: true }), 200, "mark all");
    expectStatus(await peer.post(NOTIFICATION_ROUTES.read, { all: true }), 200, "mark all");

    const hostInbox = connect(host.cookieHeader, inboxDocumentName(host.user!.id));
    await hostInbox.whenSynced();
    const unread = () => hostInbox.doc.getMap(INBOX_ROOT).get(INBOX_KEYS.unread);
    expect(unread()).toBe(0);

    const { threadId, commentId } = await postThread(peer, reviewComments(team.reviewId), { body: "@Host which parents?", mentions: [host.user!.id] });
    await waitFor(() => unread() === 1, { description: "the host's inbox document to count one unread" });

    const hostView = await inbox(host);
    expect(hostView.unread).toBe(1);
    const mention = hostView.notifications[0]!;
    expect(mention.readAt).toBeNull();
    expect(mention.payload).toMatchObject({ kind: "mention", reviewId: team.reviewId, threadId, commentId, actorName: peer.user!.name, excerpt: "@Host which parents?" });
    expect((await inbox(peer)).unread).toBe(0);
    // The moderator was not mentioned and took no part in the thread.
    expect((await inbox(team.moderator)).notifications).toEqual([]);

    // Someone else's id changes nothing, and there is no field naming whose notifications to mark.
    expect(expectStatus(await peer.post(NOTIFICATION_ROUTES.read, { ids: [mention.id] }), 200, "mark another's").body).toEqual({ unread: 0 });
    expect((await inbox(host)).unread).toBe(1);
    expectStatus(await peer.post(NOTIFICATION_ROUTES.read, { ids: [mention.id], userId: host.user!.id }), 400, "a forged owner");
    expectStatus(await peer.get(`${NOTIFICATION_ROUTES.list}?userId=${host.user!.id}`), 400, "a forged owner");

    expect(expectStatus(await host.post(NOTIFICATION_ROUTES.read, { ids: [mention.id] }), 200, "mark own").body).toEqual({ unread: 0 });
    await waitFor(() => unread() === 0, { description: "the inbox document to count none" });
    expect((await inbox(host)).notifications[0]!.readAt).not.toBeNull();
  });

  it("mentioning someone who is not a member of the review tells them nothing", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const outsider = await signedInClient(server, "Outsider Otto");
    await postThread(team.members.peer, reviewComments(team.reviewId), { body: "Psst", mentions: [outsider.user!.id, team.moderator.user!.id] });
    expect((await inbox(team.moderator)).notifications.map((item) => item.payload.kind)).toEqual(["mention"]);
    expect((await inbox(outsider)).notifications).toEqual([]);
  });

  it("a reply notifies who took part in the thread, and the report going to the host notifies every member", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host" });
    const { host, peer } = team.members;
    const kinds = async (client: ApiClient) => (await inbox(client)).notifications.map((item) => item.payload.kind);
    const { threadId } = await postThread(host, reviewComments(team.reviewId), { body: "Which parents?" });
    await postReply(peer, reviewComments(team.reviewId), threadId, "The parents' council.");
    expect(await kinds(host)).toEqual(["reply", "invitation"]);
    expect(await kinds(peer)).toEqual(["invitation"]);

    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "host_review" }), 200, "send to host");
    expect(await kinds(host)).toEqual(["report_status", "reply", "invitation"]);
    expect((await inbox(peer)).notifications[0]!.payload).toMatchObject({ kind: "report_status", status: "host_review" });
    expect(await kinds(team.moderator)).toEqual([]);

    expectStatus(await host.post(NOTIFICATION_ROUTES.read, { all: true }), 200, "mark all");
    expect((await inbox(host)).unread).toBe(0);
    expect((await inbox(peer)).unread).toBe(2);
  });

  it("the host's decision on a recommendation reaches the review team; a decision dated in another's name does not", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host", partner: "partner" });
    const { host, peer, partner } = team.members;
    const self = connect(host.cookieHeader, reviewDocumentName(team.reviewId, "self"));
    await self.whenSynced();
    writeRecommendationDecision(self.doc, "rec_forged1", { decision: "decline", note: "" }, { by: peer.user!.id, at: new Date().toISOString() });
    writeRecommendationDecision(self.doc, "rec_abc123", { decision: "take_forward", note: "In the 2027 plan." }, { by: host.user!.id, at: new Date().toISOString() });
    const decisions = async (client: ApiClient) => (await inbox(client)).notifications.filter((item) => item.payload.kind === "recommendation_decision").map((item) => item.payload);
    await waitFor(async () => (await decisions(team.moderator)).length > 0, { description: "the moderator's notification of the decision" });
    expect(await decisions(team.moderator)).toEqual([expect.objectContaining({ recommendationId: "rec_abc123", decision: "take_forward", actorName: host.user!.name })]);
    expect(await decisions(peer)).toHaveLength(1);
    expect(await decisions(host)).toEqual([]);
    expect(await decisions(partner)).toEqual([]);
  });

  it("the inbox document is its owner's alone and nobody writes it", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const docUrl = `${server.wsUrl}${COLLAB_PATH}/${inboxDocumentName(team.members.peer.user!.id)}`;
    const intruder = await tryUpgrade(docUrl, { cookie: team.moderator.cookieHeader, origin: server.origin });
    expect(intruder).toMatchObject({ kind: "refused", status: 403 });
    const owner = await tryUpgrade(docUrl, { cookie: team.members.peer.cookieHeader, origin: server.origin }, 1_500);
    expect(owner).toEqual({ kind: "open" });

    const own = connect(team.members.peer.cookieHeader, inboxDocumentName(team.members.peer.user!.id));
    await own.whenSynced();
    own.doc.getMap(INBOX_ROOT).set(INBOX_KEYS.unread, 99);
    await waitFor(() => own.permissionDenied().length > 0, { description: "the owner's write to be refused" });
    const fresh = connect(team.members.peer.cookieHeader, inboxDocumentName(team.members.peer.user!.id));
    await fresh.whenSynced();
    // Being added to the review is its one notification.
    expect(fresh.doc.getMap(INBOX_ROOT).get(INBOX_KEYS.unread)).toBe(1);
  });

  it("e-mails the notification through SMTP_URL, and none to who turned e-mail off", async () => {
    const team = await createTeam(server, { peer: "peer", host: "host" });
    const { host, peer } = team.members;
    expect(expectStatus(await host.get(NOTIFICATION_ROUTES.settings), 200, "settings").body).toEqual({ email: true });
    expectStatus(await peer.request("PUT", NOTIFICATION_ROUTES.settings, { email: false }), 200, "e-mail off");
    expect(expectStatus(await peer.get(NOTIFICATION_ROUTES.settings), 200, "settings").body).toEqual({ email: false });

    const hostMails = () => smtp.mails.filter((mail) => mail.to.includes(host.user!.email));
    // Being added to the review came by e-mail too (the peer turned it off only afterwards).
    await waitFor(() => hostMails().length === 1, { description: "the host's mail about being added" });
    const peerMailsBefore = smtp.mails.filter((mail) => mail.to.includes(peer.user!.email)).length;

    const { threadId } = await postThread(team.moderator, reviewComments(team.reviewId), { body: "Both of you?", mentions: [host.user!.id, peer.user!.id] });
    await waitFor(() => hostMails().length === 2, { description: "the host's mail about the mention" });
    const mail = hostMails()[1]!;
    expect(mail.data).toContain(`/reviews/${team.reviewId}/report?thread=${threadId}`);
    expect(mail.data).toMatch(/mentioned you/);
    // Mails go out one after the other: a later one to the host arriving means the peer's would have come first.
    await postThread(team.moderator, reviewComments(team.reviewId), { body: "And you?", mentions: [host.user!.id] });
    await waitFor(() => hostMails().length === 3, { description: "the host's mail about the second mention" });
    expect((await inbox(peer)).notifications.map((item) => item.payload.kind)).toEqual(["mention", "invitation"]);
    expect(smtp.mails.filter((item) => item.to.includes(peer.user!.email))).toHaveLength(peerMailsBefore);
  });
});
