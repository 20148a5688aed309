import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  COLLAB_PATH,
  PAPER_ROUTES,
  paperDocumentName,
  paperListResponseSchema,
  paperResponseSchema,
  reviewDocumentName,
  scorecardResponseSchema,
  type ScorecardResponse,
} from "@review/shared";
import { addCard } from "@review/shared/board";
import { readThreads } from "@review/shared/comments";
import { setSelfRating } from "@review/shared/self";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { connectDoc, tryUpgrade, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { paperComments, postThread } from "../support/commentCommands.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const CARD = { source: "interview", sourceLabel: "Coordinator", stance: "supports", visitDay: 1 } as const;

/** Writes a card and records the team rating citing it, as the board page does (once the card reached the server). */
async function rate(doc: Y.Doc, moderator: ApiClient, reviewId: string, factorId: string, rating: "wholly" | "partly" | "not"): Promise<void> {
  const card = addCard(doc, factorId, { ...CARD, tests: [0], text: `Evidence on ${factorId}` }, { author: moderator.user!.id });
  await waitFor(async () => (await moderator.rateFactor(reviewId, factorId, { rating, rationale: "Seen on the visit.", cites: [card.id] })).status === 204, {
    description: `the rating of ${factorId}`,
  });
}

describe.each(BACKENDS)("policy papers and the score card (%s)", (backend) => {
  let server: TestServer;
  /** The network's first account: its administrator (a network moderator without any review). */
  let admin: ApiClient;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    admin = await signedInClient(server, "Admin Ada");
    expect(admin.user!.isAdmin).toBe(true);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("network moderators create and edit papers; every account lists and reads them; others get 403", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const member = await signedInClient(server, "Member Max");

    const created = await team.moderator.post(PAPER_ROUTES.list, { title: "  Migrant voice across reviews ", summary: "Findings of 2026" });
    expectStatus(created, 201, "create paper");
    const { paper, canWrite } = paperResponseSchema.parse(created.body);
    expect(canWrite).toBe(true);
    expect(paper).toMatchObject({ title: "Migrant voice across reviews", summary: "Findings of 2026", createdBy: { id: team.moderator.user!.id } });
    expectStatus(await admin.post(PAPER_ROUTES.list, { title: "An administrator's paper" }), 201, "admin creates a paper");

    // A peer (moderates nothing) and a plain member may not create or edit.
    for (const client of [team.members.peer, member]) {
      const refused = await client.post(PAPER_ROUTES.list, { title: "Not mine to write" });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: "forbidden" } });
      expect((await client.request("PATCH", PAPER_ROUTES.one(paper.id), { title: "Renamed" })).status).toBe(403);
    }

    // Everyone reads the list and the paper.
    for (const client of [team.members.peer, member, team.moderator]) {
      const list = paperListResponseSchema.parse(expectStatus(await client.get(PAPER_ROUTES.list), 200, "list papers").body);
      expect(list.papers.map((entry) => entry.title)).toContain("Migrant voice across reviews");
      expect(list.canWrite).toBe(client === team.moderator);
      const one = paperResponseSchema.parse(expectStatus(await client.get(PAPER_ROUTES.one(paper.id)), 200, "read paper").body);
      expect(one.paper.id).toBe(paper.id);
      // The network's members (comment authors, mentions), without their emails.
      expect(one.members.map((entry) => entry.userId)).toEqual(expect.arrayContaining([member.user!.id, team.moderator.user!.id]));
      expect(JSON.stringify(one.members)).not.toContain("@");
    }

    const patched = await team.moderator.request("PATCH", PAPER_ROUTES.one(paper.id), { summary: "Cross-cutting findings" });
    expect(paperResponseSchema.parse(expectStatus(patched, 200, "patch paper").body).paper).toMatchObject({ title: "Migrant voice across reviews", summary: "Cross-cutting findings" });

    // Signed out: 401.
    const anonymous = await fetch(new URL(PAPER_ROUTES.list, server.url));
    expect(anonymous.status).toBe(401);
  });

  it("refuses bad bodies and ids with 400/404 JSON errors and stores nothing", async () => {
    const before = paperListResponseSchema.parse((await admin.get(PAPER_ROUTES.list)).body).papers.length;
    for (const body of [{}, { title: "" }, { title: "x".repeat(201) }, { title: "ok", summary: "x".repeat(2001) }, { title: "ok", extra: true }]) {
      const response = await admin.post(PAPER_ROUTES.list, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: "invalid_input" } });
    }
    const badJson = await admin.post(PAPER_ROUTES.list, undefined, { rawBody: "{not json" });
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ error: { code: "bad_json" } });
    expect(paperListResponseSchema.parse((await admin.get(PAPER_ROUTES.list)).body).papers).toHaveLength(before);

    for (const id of ["short", "ABCDEFGHIJ234567", "abcdefghij234567"]) {
      const response = await admin.get(PAPER_ROUTES.one(id));
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ error: { code: "not_found" } });
    }
    const created = paperResponseSchema.parse((await admin.post(PAPER_ROUTES.list, { title: "Patch target" })).body).paper;
    expect((await admin.request("PATCH", PAPER_ROUTES.one(created.id), {})).status).toBe(400);
    expect((await admin.request("PATCH", PAPER_ROUTES.one(created.id), { title: " " })).status).toBe(400);

    const badQuery = await admin.get(`${PAPER_ROUTES.scorecard()}?benchmark=`);
    expect(badQuery.status).toBe(400);
    expect((await admin.get(PAPER_ROUTES.scorecard("no-such-benchmark"))).status).toBe(404);
  });

  it("a paper is written by network moderators only: a member's update is dropped, their comments are accepted", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const member = await signedInClient(server, "Reader Rae");
    const paper = paperResponseSchema.parse((await team.moderator.post(PAPER_ROUTES.list, { title: "Live paper" })).body).paper;
    const name = paperDocumentName(paper.id);

    const writer = connect(team.moderator.cookieHeader, name);
    const adminCopy = connect(admin.cookieHeader, name);
    const reader = connect(member.cookieHeader, name);
    const peer = connect(team.members.peer.cookieHeader, name);
    await Promise.all([writer.whenSynced(), adminCopy.whenSynced(), reader.whenSynced(), peer.whenSynced()]);

    appendParagraph(writer.doc, "moderator text");
    appendParagraph(adminCopy.doc, "administrator text");
    await waitFor(() => paragraphTexts(reader.doc).length === 2 && paragraphTexts(peer.doc).length === 2, {
      description: "readers to receive both moderators' text live",
    });

    appendParagraph(reader.doc, "member's forbidden text");
    appendParagraph(peer.doc, "peer's forbidden text");
    await waitFor(() => reader.permissionDenied().length > 0 && peer.permissionDenied().length > 0, {
      description: "the permission-denied messages to both read-only clients",
    });
    appendParagraph(writer.doc, "marker");
    await waitFor(() => paragraphTexts(adminCopy.doc).includes("marker"), { description: "the marker to reach the administrator" });
    expect([...paragraphTexts(adminCopy.doc)].sort()).toEqual(["administrator text", "marker", "moderator text"]);
    expect(paragraphTexts(adminCopy.doc).join(" ")).not.toContain("forbidden");

    // Comments: every account writes.
    const commentsName = paperDocumentName(paper.id, "comments");
    const memberComments = connect(member.cookieHeader, commentsName);
    const moderatorComments = connect(team.moderator.cookieHeader, commentsName);
    await Promise.all([memberComments.whenSynced(), moderatorComments.whenSynced()]);
    // Through the comment commands (the document itself is server-written).
    const { threadId } = await postThread(member, paperComments(paper.id), { body: "a member's comment" });
    await waitFor(() => readThreads(moderatorComments.doc).find((thread) => thread.id === threadId)?.comments[0]?.body === "a member's comment", {
      description: "the moderator to receive the member's comment",
    });
    expect(memberComments.permissionDenied()).toEqual([]);

    // What was stored survives a restart without the forbidden writes.
    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    const fresh = connect(member.cookieHeader, name);
    await fresh.whenSynced();
    expect(paragraphTexts(fresh.doc)).toHaveLength(3);
    expect(paragraphTexts(fresh.doc).join(" ")).not.toContain("forbidden");
  });

  it("refuses the socket of an unknown or malformed paper", async () => {
    for (const docName of [paperDocumentName("abcdefghij234567"), "paper:nope", "paper:abcdefghij234567:board"]) {
      const outcome = await tryUpgrade(`${server.wsUrl}${COLLAB_PATH}/${docName}`, { cookie: admin.cookieHeader, origin: server.origin });
      expect(outcome, docName).toMatchObject({ kind: "refused", status: 404 });
    }
  });

  it("computes the score card from real board and self-assessment documents, for every account", async () => {
    const before = scorecardResponseSchema.parse((await admin.get(PAPER_ROUTES.scorecard())).body).reviews.length;
    const alpha = await createTeam(server, { peer: "peer", host: "host" });
    const beta = await createTeam(server, { peer: "peer" });
    const betaId = beta.reviewId;
    // Beta covers a thematic module, so its module factors count in beta only.
    expectStatus(await beta.moderator.request("PATCH", `/api/reviews/${betaId}`, { modules: ["anti-discrimination"], country: "Belgium", themeModuleId: "anti-discrimination" }), 200, "set beta's module");

    // Team ratings are the moderator's to record (the server refuses a peer's).
    const alphaBoard = connect(alpha.moderator.cookieHeader, reviewDocumentName(alpha.reviewId, "board"));
    const betaBoard = connect(beta.moderator.cookieHeader, reviewDocumentName(betaId, "board"));
    const alphaSelf = connect(alpha.members.host.cookieHeader, reviewDocumentName(alpha.reviewId, "self"));
    await Promise.all([alphaBoard.whenSynced(), betaBoard.whenSynced(), alphaSelf.whenSynced()]);
    await rate(alphaBoard.doc, alpha.moderator, alpha.reviewId, "core-2", "partly");
    await rate(alphaBoard.doc, alpha.moderator, alpha.reviewId, "core-3", "wholly");
    await rate(betaBoard.doc, beta.moderator, betaId, "core-2", "partly");
    await rate(betaBoard.doc, beta.moderator, betaId, "m2-1", "not");
    setSelfRating(alphaSelf.doc, "core-2", "wholly", { by: alpha.members.host.user!.id });

    // Read while the rooms are live (the server's loaded copies).
    const outsider = await signedInClient(server, "Outsider Otto");
    let card: ScorecardResponse | null = null;
    await waitFor(
      async () => {
        card = scorecardResponseSchema.parse(expectStatus(await outsider.get(PAPER_ROUTES.scorecard("impart")), 200, "score card").body);
        const row = card.reviews.find((review) => review.id === betaId);
        const alphaRow = card.reviews.find((review) => review.id === alpha.reviewId);
        return row?.ratings["m2-1"] === "not" && alphaRow?.selfRatings["core-2"] === "wholly" && alphaRow.ratings["core-3"] === "wholly";
      },
      { description: "the score card to show the ratings written over the sockets" },
    );
    const live = card!;
    expect(live.reviews).toHaveLength(before + 2);
    const alphaRow = live.reviews.find((review) => review.id === alpha.reviewId)!;
    const betaRow = live.reviews.find((review) => review.id === betaId)!;
    expect(alphaRow).toMatchObject({ isMember: false, ratings: { "core-2": "partly", "core-3": "wholly" }, selfRatings: { "core-2": "wholly" } });
    expect(betaRow).toMatchObject({ modules: ["anti-discrimination"], country: "Belgium", themeModuleId: "anti-discrimination", ratings: { "core-2": "partly", "m2-1": "not" } });
    // Counts over this server's reviews: alpha and beta plus the ones earlier tests created (unrated).
    expect(live.counts["core-2"]).toEqual({ wholly: 0, partly: 2, not: 0, unrated: before });
    expect(live.counts["m2-1"]).toEqual({ wholly: 0, partly: 0, not: 1, unrated: 0 });
    expect(live.counts["m1-1"]).toEqual({ wholly: 0, partly: 0, not: 0, unrated: 0 });

    // Members see which reviews are theirs.
    const mine = scorecardResponseSchema.parse((await alpha.members.peer.get(PAPER_ROUTES.scorecard())).body);
    expect(mine.reviews.find((review) => review.id === alpha.reviewId)?.isMember).toBe(true);
    expect(mine.reviews.find((review) => review.id === betaId)?.isMember).toBe(false);

    // After a restart (no room loaded) the same numbers come from the store.
    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    const stored = scorecardResponseSchema.parse((await outsider.get(PAPER_ROUTES.scorecard())).body);
    expect(stored.counts).toEqual(live.counts);
    expect(stored.reviews).toEqual(live.reviews);
  });
});
