import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { COLLAB_PATH, PAPER_ROUTES, PROJECT_ROUTES, hostProjectsResponseSchema, reviewDocumentName, scorecardResponseSchema, type EvidenceCardInput } from "@review/shared";
import { addCard, readBoard, readFactor } from "@review/shared/board";
import { readProjectRatings, readRatings } from "@review/shared/ratings";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { encodeUpdateMessage, openRawCollabSocket } from "../support/rawCollab.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * Issue 10, item 1: team ratings are the moderators' by construction, votes are their voters',
 * and no single update destroys a factor's cards. Every attack is a crafted update sent raw on
 * the socket, the way a modified client would.
 */
const CARD: EvidenceCardInput = { text: "Intake interviews in the job centre", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 };

describe.each(BACKENDS)("team ratings, votes and cards under attack (%s)", (backend) => {
  const suite = collabSuite(backend);

  async function rawSocket(client: ApiClient, docName: string) {
    return openRawCollabSocket(`${suite.server.wsUrl}${COLLAB_PATH}/${docName}`, { cookie: client.cookieHeader, origin: suite.server.origin });
  }

  async function scorecardRating(client: ApiClient, reviewId: string, factorId: string): Promise<string | undefined> {
    const card = scorecardResponseSchema.parse(expectStatus(await client.get(PAPER_ROUTES.scorecard("impart")), 200, "score card").body);
    return card.reviews.find((review) => review.id === reviewId)?.ratings[factorId];
  }

  it("a peer's single update from a fresh document cannot wipe a factor's cards", async () => {
    const team = await createTeam(suite.server, { mallory: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const moderator = suite.connect(team.moderator.cookieHeader, boardDoc);
    await moderator.whenSynced();
    const card = addCard(moderator.doc, "core-1", CARD, { author: team.moderator.user!.id });

    // Every top-level name a factor could live under, overwritten with a string.
    const forged = new Y.Doc();
    forged.getMap("factors").set("core-1", "wiped");
    forged.getMap("cards:core-1").set("0", "wiped");
    const socket = await rawSocket(team.members.mallory, boardDoc);
    socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(forged)));
    const marker = addCard(moderator.doc, "core-2", { ...CARD, text: "Marker after the attack" }, { author: team.moderator.user!.id });
    const watcher = suite.connect(team.moderator.cookieHeader, boardDoc);
    await waitFor(() => readFactor(watcher.doc, "core-2").cards.length === 1 && watcher.doc.getMap("factors").get("core-1") === "wiped", {
      description: "the attack and the marker to reach a fresh client",
    });
    expect(readFactor(watcher.doc, "core-1").cards).toEqual([card]);
    expect(readFactor(watcher.doc, "core-2").cards).toEqual([marker]);
    socket.close();

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(team.members.mallory.cookieHeader, boardDoc);
    await fresh.whenSynced();
    expect(readFactor(fresh.doc, "core-1").cards).toEqual([card]);
  });

  it("a peer cannot record a team rating, not even with an update whose parent arrives later", async () => {
    const team = await createTeam(suite.server, { mallory: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const peer = suite.connect(team.members.mallory.cookieHeader, boardDoc);
    await peer.whenSynced();
    const card = addCard(peer.doc, "core-3", CARD, { author: team.members.mallory.user!.id });
    await waitFor(async () => (await team.moderator.get(`/api/reviews/${team.reviewId}`)).status === 200, { description: "the review" });

    // A factor entry of the first layout with a rating inside, sent child first: the server
    // cannot place the rating until its parent arrives.
    const forged = new Y.Doc();
    const entry = new Y.Map<unknown>();
    forged.getMap("factors").set("core-3", entry);
    const parentUpdate = Y.encodeStateAsUpdate(forged);
    const before = Y.encodeStateVector(forged);
    forged.transact(() => {
      entry.set("rating", "wholly");
      entry.set("rationale", "Says the peer");
      entry.set("ratedBy", team.moderator.user!.id);
      entry.set("ratedAt", new Date().toISOString());
      const cites = new Y.Array<string>();
      cites.push([card.id]);
      entry.set("cites", cites);
    });
    const childUpdate = Y.encodeStateAsUpdate(forged, before);
    const socket = await rawSocket(team.members.mallory, boardDoc);
    socket.send(encodeUpdateMessage(childUpdate));
    socket.send(encodeUpdateMessage(parentUpdate));
    // And the same through the front door.
    expectStatus(await team.members.mallory.rateFactor(team.reviewId, "core-3", { rating: "wholly", rationale: "Says the peer", cites: [card.id] }), 403, "a peer's rating command");

    const watcher = suite.connect(team.moderator.cookieHeader, boardDoc);
    await waitFor(() => watcher.doc.getMap("factors").get("core-3") instanceof Y.Map && (watcher.doc.getMap("factors").get("core-3") as Y.Map<unknown>).get("rating") === "wholly", {
      description: "the forged entry to be in the stored document (it is inert there)",
    });
    expect(readBoard(watcher.doc).get("core-3")?.rating ?? null).toBeNull();
    expect(await scorecardRating(team.moderator, team.reviewId, "core-3")).toBeUndefined();
    const ratings = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await ratings.whenSynced();
    expect(readRatings(ratings.doc).teamRatings.size).toBe(0);
    socket.close();
  });

  it("nobody writes the ratings document over the socket, and a vote is always the caller's own", async () => {
    const team = await createTeam(suite.server, { mallory: "peer", host: "host" });
    const ratingsDoc = reviewDocumentName(team.reviewId, "ratings");
    const moderatorId = team.moderator.user!.id;

    // Votes and ratings written straight into the mirror, by a peer and by the moderator.
    const forged = new Y.Doc();
    forged.getMap("votes").set("core-1", { [moderatorId]: "not" });
    forged.getMap("teamRatings").set("core-1", { rating: "wholly", rationale: "Forged", cites: [], ratedBy: moderatorId, ratedAt: null });
    const mallory = suite.connect(team.members.mallory.cookieHeader, ratingsDoc);
    const moderator = suite.connect(team.moderator.cookieHeader, ratingsDoc);
    await Promise.all([mallory.whenSynced(), moderator.whenSynced()]);
    Y.applyUpdate(mallory.doc, Y.encodeStateAsUpdate(forged));
    await waitFor(() => mallory.permissionDenied().length > 0, { description: "the peer to be told its update was dropped" });

    // The vote command has no field for whose vote it is, and refuses one.
    const claimed = await team.members.mallory.request("PUT", `/api/reviews/${team.reviewId}/factors/core-1/vote`, { rating: "not", userId: moderatorId });
    expectStatus(claimed, 400, "a vote naming another user");
    expectStatus(await team.members.host.vote(team.reviewId, "core-1", "wholly"), 403, "a host's vote");
    expectStatus(await team.members.mallory.vote(team.reviewId, "core-1", "partly"), 204, "the peer's own vote");

    await waitFor(() => readRatings(moderator.doc).votes.get("core-1") !== undefined, { description: "the peer's vote to reach the moderator" });
    expect(readRatings(moderator.doc)).toEqual({ teamRatings: new Map(), votes: new Map([["core-1", { [team.members.mallory.user!.id]: "partly" }]]) });
  });

  it("the votes of a removed or demoted member stop counting at once", async () => {
    const team = await createTeam(suite.server, { stays: "peer", leaves: "peer", demoted: "peer" });
    const ratingsDoc = reviewDocumentName(team.reviewId, "ratings");
    const watcher = suite.connect(team.moderator.cookieHeader, ratingsDoc);
    await watcher.whenSynced();
    for (const key of ["stays", "leaves", "demoted"] as const) {
      expectStatus(await team.members[key].vote(team.reviewId, "core-1", "not"), 204, `${key}'s vote`);
    }
    await waitFor(() => Object.keys(readRatings(watcher.doc).votes.get("core-1") ?? {}).length === 3, { description: "three votes" });

    expectStatus(await team.moderator.request("DELETE", `/api/reviews/${team.reviewId}/members/${team.members.leaves.user!.id}`), 204, "removal");
    expectStatus(await team.moderator.request("PATCH", `/api/reviews/${team.reviewId}/members/${team.members.demoted.user!.id}`, { role: "partner" }), 200, "demotion");
    await waitFor(() => Object.keys(readRatings(watcher.doc).votes.get("core-1") ?? {}).length === 1, { description: "only the remaining peer's vote" });
    expect(readRatings(watcher.doc).votes.get("core-1")).toEqual({ [team.members.stays.user!.id]: "not" });
    expectStatus(await team.members.demoted.vote(team.reviewId, "core-1", "wholly"), 403, "a demoted member's vote");
  });

  it("a peer cannot cast a vote in another member's name through the board document", async () => {
    const team = await createTeam(suite.server, { mallory: "peer" });
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const moderatorId = team.moderator.user!.id;
    // The first layout's factor entry exactly as every client seeded it, then a vote under the moderator's id.
    const forged = new Y.Doc();
    forged.clientID = firstLayoutSeedClient("board-factor:core-1");
    const entry = new Y.Map<unknown>();
    entry.set("cards", new Y.Array());
    entry.set("votes", new Y.Map());
    entry.set("cites", new Y.Array());
    forged.getMap("factors").set("core-1", entry);
    const seed = Y.encodeStateAsUpdate(forged);
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, seed);
    const before = Y.encodeStateVector(attacker);
    ((attacker.getMap("factors").get("core-1") as Y.Map<unknown>).get("votes") as Y.Map<unknown>).set(moderatorId, "not");
    const socket = await rawSocket(team.members.mallory, boardDoc);
    socket.send(encodeUpdateMessage(seed));
    socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(attacker, before)));

    const watcher = suite.connect(team.moderator.cookieHeader, boardDoc);
    await waitFor(() => ((watcher.doc.getMap("factors").get("core-1") as Y.Map<unknown> | undefined)?.get("votes") as Y.Map<unknown> | undefined)?.get(moderatorId) === "not", {
      description: "the forged vote to be in the stored board (it is inert there)",
    });
    expect(readFactor(watcher.doc, "core-1").votes).toEqual({});
    const ratings = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await ratings.whenSynced();
    expect(readRatings(ratings.doc).votes.size).toBe(0);
    socket.close();
  });

  it("only a moderator adds, renames or removes a host project or rates one, whatever the request or the socket says", async () => {
    const team = await createTeam(suite.server, { mallory: "peer", host: "host", partner: "partner" });
    const outsider = await signedInClient(suite.server, "Outsider Otto");
    const added = hostProjectsResponseSchema.parse(expectStatus(await team.moderator.post(PROJECT_ROUTES.list(team.reviewId), { name: "Welcome desks" }), 201, "the moderator adds").body);
    const projectId = added.projects[1]!.id;
    const boardDoc = reviewDocumentName(team.reviewId, "board");
    const board = suite.connect(team.moderator.cookieHeader, boardDoc);
    await board.whenSynced();
    const card = addCard(board.doc, "core-1", CARD, { author: team.moderator.user!.id });
    const rating = { rating: "wholly", rationale: "Says someone", cites: [card.id] };

    for (const [who, client, status] of [
      ["peer", team.members.mallory, 403],
      ["host", team.members.host, 403],
      ["partner", team.members.partner, 403],
      ["outsider", outsider, 404],
    ] as const) {
      expectStatus(await client.post(PROJECT_ROUTES.list(team.reviewId), { name: `By the ${who}` }), status, `a ${who} adds a project`);
      expectStatus(await client.request("PATCH", PROJECT_ROUTES.project(team.reviewId, projectId), { name: `By the ${who}` }), status, `a ${who} renames`);
      expectStatus(await client.request("DELETE", PROJECT_ROUTES.project(team.reviewId, projectId)), status, `a ${who} removes`);
      expectStatus(await client.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, projectId, "core-1"), rating), status, `a ${who} rates the project`);
      expectStatus(await client.request("DELETE", PROJECT_ROUTES.teamRating(team.reviewId, projectId, "core-1")), status, `a ${who} withdraws`);
    }
    expect((await team.members.mallory.post(PROJECT_ROUTES.list(team.reviewId), { name: "By the peer" })).body).toMatchObject({ error: { reason: "moderator_manages_projects" } });
    // Nobody names the writer: a rating command carries no such field.
    expectStatus(await team.moderator.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, projectId, "core-1"), { ...rating, ratedBy: team.members.mallory.user!.id }), 400, "a rating naming its writer");

    // Nor through the mirror: a peer's update of the projects or their ratings is dropped.
    const ratingsDoc = reviewDocumentName(team.reviewId, "ratings");
    const mallory = suite.connect(team.members.mallory.cookieHeader, ratingsDoc);
    await mallory.whenSynced();
    const forged = new Y.Doc();
    forged.getMap("projects").set("forged", { name: "Forged", position: 2 });
    forged.getMap("projectTeamRatings").set(`${projectId}/core-1`, { rating: "not", rationale: "Forged", cites: [], ratedBy: team.moderator.user!.id, ratedAt: null });
    Y.applyUpdate(mallory.doc, Y.encodeStateAsUpdate(forged));
    await waitFor(() => mallory.permissionDenied().length > 0, { description: "the peer to be told its update was dropped" });
    // A marker the moderator writes after the attack: once it is there, the attack would be too.
    expectStatus(await team.moderator.request("PATCH", PROJECT_ROUTES.project(team.reviewId, projectId), { name: "Welcome desks, Zaragoza" }), 200, "the marker");
    const watcher = suite.connect(team.moderator.cookieHeader, ratingsDoc);
    await waitFor(() => readProjectRatings(watcher.doc).projects.some((project) => project.name === "Welcome desks, Zaragoza"), { description: "the marker" });
    const live = readProjectRatings(watcher.doc);
    expect(live.projects.map((project) => project.name)).toEqual(["Integrated pathways", "Welcome desks, Zaragoza"]);
    expect(live.ratings.get(projectId)?.size).toBe(0);
    expect(hostProjectsResponseSchema.parse((await team.moderator.get(PROJECT_ROUTES.list(team.reviewId))).body).projects).toHaveLength(2);
  });
});

/** The fixed Yjs client id every client of the first layout seeded a factor entry with (FNV-1a of the key). */
function firstLayoutSeedClient(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
