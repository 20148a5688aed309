import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, COMMENT_ROUTES, PAPER_ROUTES, paperDocumentName, reviewDocumentName, type CommentTarget } from "@review/shared";
import { COMMENT_KEYS, COMMENT_LIMITS, commentMap, createThread, readSeen, readThreads, seenRoot, threadMap } from "@review/shared/comments";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import type { CollabClient } from "../support/collabClient.ts";
import { postReply, postThread, someAnchor } from "../support/commentCommands.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";


const bodies = (client: CollabClient) => readThreads(client.doc).flatMap((thread) => thread.comments.map((comment) => comment.body));

/**
 * Once a hostile update was refused, a marker written through the commands reaches the
 * observer: anything the server had applied before it would have reached it first.
 */
async function afterMarker(client: ApiClient, target: CommentTarget, threadId: string, observer: CollabClient): Promise<void> {
  const marker = `marker ${Math.random()}`;
  await postReply(client, target, threadId, marker);
  await waitFor(() => bodies(observer).includes(marker), { description: "the marker to reach the observer" });
}

describe.each(BACKENDS)("comments are written by their authors (%s)", (backend) => {
  const suite = collabSuite(backend);
  let admin: ApiClient;

  beforeAll(async () => {
    // The first account administers the network (and writes papers).
    admin = await signedInClient(suite.server, "Admin Ada");
  });

  it("refuses a partner's crafted update that edits another user's comment on the report", async () => {
    const team = await createTeam(suite.server, { partner: "partner" });
    const target: CommentTarget = { scope: "review", reviewId: team.reviewId };
    const docName = reviewDocumentName(team.reviewId, "comments");
    const { threadId, commentId } = await postThread(team.moderator, target, { body: "The moderator's words" });
    const partner = suite.connect(team.members.partner.cookieHeader, docName);
    const observer = suite.connect(team.moderator.cookieHeader, docName);
    await Promise.all([partner.whenSynced(), observer.whenSynced()]);
    await waitFor(() => commentMap(threadMap(partner.doc, threadId), commentId), { description: "the partner to receive the thread" });

    commentMap(threadMap(partner.doc, threadId), commentId)!.set(COMMENT_KEYS.body, "Words put in the moderator's mouth");
    await waitFor(() => partner.permissionDenied().length > 0, { description: "the partner to be told its update was refused" });
    await afterMarker(team.moderator, target, threadId, observer);
    expect(readThreads(observer.doc)[0]!.comments[0]).toMatchObject({ id: commentId, author: team.moderator.user!.id, body: "The moderator's words" });

    // Nor is it stored: a fresh copy has the moderator's words.
    const fresh = suite.connect(team.members.partner.cookieHeader, docName);
    await fresh.whenSynced();
    await waitFor(() => readThreads(fresh.doc).length === 1, { description: "a fresh copy to load the thread" });
    expect(bodies(fresh)).not.toContain("Words put in the moderator's mouth");
  });

  it("refuses a crafted update that opens a thread under someone else's author id, or marks someone else's visit", async () => {
    const team = await createTeam(suite.server, { partner: "partner" });
    const target: CommentTarget = { scope: "review", reviewId: team.reviewId };
    const docName = reviewDocumentName(team.reviewId, "comments");
    const { threadId } = await postThread(team.moderator, target, { body: "Opening" });
    const partner = suite.connect(team.members.partner.cookieHeader, docName);
    const observer = suite.connect(team.moderator.cookieHeader, docName);
    await Promise.all([partner.whenSynced(), observer.whenSynced()]);

    createThread(partner.doc, { anchor: someAnchor(), quote: "migrant", body: "Forged in the moderator's name" }, { by: team.moderator.user!.id });
    seenRoot(partner.doc).set(team.moderator.user!.id, "2999-01-01T00:00:00.000Z");
    await waitFor(() => partner.permissionDenied().length > 0, { description: "the partner to be told its update was refused" });
    await afterMarker(team.moderator, target, threadId, observer);
    expect(bodies(observer)).not.toContain("Forged in the moderator's name");
    expect(readThreads(observer.doc)).toHaveLength(1);
    expect(readSeen(observer.doc, team.moderator.user!.id)).toBeNull();
  });

  it("refuses a member's crafted update that edits another user's comment on a policy paper", async () => {
    const member = await signedInClient(suite.server, "Member Max");
    const created = expectStatus(await admin.post(PAPER_ROUTES.list, { title: "Migrant voice" }), 201, "create a paper");
    const paperId = (created.body as { paper: { id: string } }).paper.id;
    const target: CommentTarget = { scope: "paper", paperId };
    const docName = paperDocumentName(paperId, "comments");
    const { threadId, commentId } = await postThread(admin, target, { body: "The administrator's words" });
    const attacker = suite.connect(member.cookieHeader, docName);
    const observer = suite.connect(admin.cookieHeader, docName);
    await Promise.all([attacker.whenSynced(), observer.whenSynced()]);
    await waitFor(() => commentMap(threadMap(attacker.doc, threadId), commentId), { description: "the member to receive the thread" });

    commentMap(threadMap(attacker.doc, threadId), commentId)!.set(COMMENT_KEYS.body, "Rewritten by a member");
    createThread(attacker.doc, { anchor: someAnchor(), quote: "migrant", body: "Forged" }, { by: admin.user!.id });
    await waitFor(() => attacker.permissionDenied().length > 0, { description: "the member to be told its update was refused" });
    await afterMarker(member, target, threadId, observer);
    expect(readThreads(observer.doc)).toHaveLength(1);
    expect(readThreads(observer.doc)[0]!.comments.map((comment) => [comment.author, comment.body]).slice(0, 1)).toEqual([[admin.user!.id, "The administrator's words"]]);
  });

  it("writes through the comment commands as the signed-in user, and lets only authors change their comments", async () => {
    const team = await createTeam(suite.server, { partner: "partner", host: "host" });
    const outsider = await signedInClient(suite.server, "Outsider Olga");
    const target: CommentTarget = { scope: "review", reviewId: team.reviewId };
    const observer = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "comments"));
    await observer.whenSynced();

    // The author is whoever is signed in: a body naming another author is refused, not obeyed.
    const forged = await team.members.partner.post(COMMENT_ROUTES.threads(target), { anchor: someAnchor(), quote: "q", body: "Hi", author: team.moderator.user!.id });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ error: { code: "invalid_input" } });
    const { threadId, commentId } = await postThread(team.members.partner, target, { body: "The partner's thread" });
    await waitFor(() => readThreads(observer.doc).length === 1, { description: "the thread to reach open copies live" });
    expect(readThreads(observer.doc)[0]).toMatchObject({ createdBy: team.members.partner.user!.id, comments: [{ id: commentId, author: team.members.partner.user!.id }] });

    // Another user's comment: neither edited nor deleted, by any role.
    for (const client of [team.moderator, team.members.host]) {
      const edit = await client.request("PATCH", COMMENT_ROUTES.comment(target, threadId, commentId), { body: "Hijacked" });
      expect(edit.status).toBe(403);
      expect(edit.body).toMatchObject({ error: { code: "forbidden" } });
      expect((await client.request("DELETE", COMMENT_ROUTES.comment(target, threadId, commentId))).status).toBe(403);
    }
    // A non-member learns nothing; malformed input is a 400, unknown ids a 404.
    expect((await outsider.post(COMMENT_ROUTES.threads(target), { anchor: someAnchor(), quote: "q", body: "Hi" })).status).toBe(404);
    expect((await outsider.post(COMMENT_ROUTES.replies(target, threadId), { body: "Hi" })).status).toBe(404);
    expect((await team.members.host.post(COMMENT_ROUTES.threads(target), { anchor: { start: "!!", end: "AA==" }, quote: "q", body: "Hi" })).status).toBe(400);
    expect((await team.members.host.post(COMMENT_ROUTES.threads(target), { anchor: someAnchor(), quote: "q", body: "   " })).status).toBe(400);
    expect((await team.members.host.post(COMMENT_ROUTES.replies(target, "nosuchthread1"), { body: "Hi" })).status).toBe(404);

    // The author edits and deletes; others reply and resolve; every change reaches open copies live.
    expect((await team.members.partner.request("PATCH", COMMENT_ROUTES.comment(target, threadId, commentId), { body: "Edited by its author" })).status).toBe(204);
    const reply = expectStatus(await team.members.host.post(COMMENT_ROUTES.replies(target, threadId), { body: "The host's reply" }), 201, "reply").body as { commentId: string };
    expect((await team.members.host.request("PATCH", COMMENT_ROUTES.thread(target, threadId), { resolved: true })).status).toBe(204);
    await waitFor(() => readThreads(observer.doc)[0]?.resolved === true && readThreads(observer.doc)[0]?.comments.length === 2, { description: "the reply and the resolution to arrive" });
    expect(readThreads(observer.doc)[0]).toMatchObject({
      resolvedBy: team.members.host.user!.id,
      comments: [
        { id: commentId, author: team.members.partner.user!.id, body: "Edited by its author" },
        { id: reply.commentId, author: team.members.host.user!.id, body: "The host's reply" },
      ],
    });
    expect((await team.members.host.request("DELETE", COMMENT_ROUTES.comment(target, threadId, reply.commentId))).status).toBe(204);
    await waitFor(() => readThreads(observer.doc)[0]?.comments[1]?.deleted === true, { description: "the deletion to arrive" });

    // The visit is recorded for the signed-in user only.
    expect((await team.members.partner.post(COMMENT_ROUTES.seen(target))).status).toBe(204);
    await waitFor(() => readSeen(observer.doc, team.members.partner.user!.id), { description: "the partner's visit to be recorded" });
    expect(readSeen(observer.doc, team.moderator.user!.id)).toBeNull();
  });

  it("lets only those who may change the text now move a thread's anchor", async () => {
    const team = await createTeam(suite.server, { peer: "peer", partner: "partner", host: "host" });
    const outsider = await signedInClient(suite.server, "Outsider Otto");
    const target: CommentTarget = { scope: "review", reviewId: team.reviewId };
    const { threadId } = await postThread(team.members.host, target, { body: "Which parents?" });
    const move = { anchor: someAnchor() };
    const route = COMMENT_ROUTES.anchor(target, threadId);
    expect((await outsider.request("PUT", route, move)).status).toBe(404);
    for (const reader of [team.members.host, team.members.partner]) expect((await reader.request("PUT", route, move)).status).toBe(403);
    expect((await team.members.peer.request("PUT", route, { ...move, quote: "extra" })).status).toBe(400);
    expect((await team.members.peer.request("PUT", route, move)).status).toBe(204);
    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" }), 200, "final");
    expect((await team.moderator.request("PUT", route, move)).status).toBe(403);

    const created = expectStatus(await admin.post(PAPER_ROUTES.list, { title: "Anchors" }), 201, "create a paper");
    const paper: CommentTarget = { scope: "paper", paperId: (created.body as { paper: { id: string } }).paper.id };
    const paperThread = await postThread(outsider, paper, { body: "A reader's question" });
    expect((await outsider.request("PUT", COMMENT_ROUTES.anchor(paper, paperThread.threadId), move)).status).toBe(403);
    expect((await admin.request("PUT", COMMENT_ROUTES.anchor(paper, paperThread.threadId), move)).status).toBe(204);
  });

  it("limits how many comment commands one user sends per minute (429), without limiting the others", async () => {
    const team = await createTeam(suite.server, { partner: "partner" });
    const target: CommentTarget = { scope: "review", reviewId: team.reviewId };
    const flood = await Promise.all(
      Array.from({ length: COMMENT_LIMITS.commandsPerMinute + 5 }, () => team.members.partner.post(COMMENT_ROUTES.replies(target, "nosuchthread1"), { body: "x".repeat(COMMENT_LIMITS.bodyMax) })),
    );
    const refused = flood.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(refused[0]!.body).toMatchObject({ error: { code: "rate_limited" } });
    expect((await team.members.partner.post(COMMENT_ROUTES.threads(target), { anchor: someAnchor(), quote: "q", body: "Hi" })).status).toBe(429);
    await postThread(team.moderator, target, { body: "The moderator is not limited by the partner" });
  });
});
