import { describe, expect, it } from "vitest";
import { API_ROUTES, CLOSE_CODES, reviewDocumentName, type ReviewRole } from "@review/shared";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const ROUNDS = 4;

type MemberView = { userId: string; role: ReviewRole };

async function membersOf(client: ApiClient, reviewId: string): Promise<MemberView[]> {
  return expectStatus(await client.get(API_ROUTES.review(reviewId)), 200, "review").body.review.members as MemberView[];
}

/**
 * Issue 10 item 4: adding an existing member is not a role change in disguise, a review
 * keeps a moderator even when two moderators act against each other at once, and a
 * demoted or removed member's open sockets are closed at once.
 */
describe.each(BACKENDS)("members (%s)", (backend) => {
  const suite = collabSuite(backend);

  /** A review with two moderators (the creator and a second one) and a peer. */
  async function twoModerators() {
    const team = await createTeam(suite.server, { second: "peer", peer: "peer" });
    const second = team.members.second;
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, second.user!.id), { role: "moderator" }), 200, "promote");
    return { ...team, first: team.moderator, second };
  }

  it("refuses POST /members for an existing member with 409: the role stays and the sockets stay open", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const peer = team.members.peer;
    const socket = suite.connect(peer.cookieHeader, team.reportDoc);
    await socket.whenSynced();

    const response = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: peer.user!.email, role: "partner" });
    expect({ status: response.status, code: response.body?.error?.code }, response.text).toEqual({ status: 409, code: "conflict" });
    expect((await membersOf(team.moderator, team.reviewId)).find((member) => member.userId === peer.user!.id)?.role).toBe("peer");
    // The last moderator cannot be demoted this way either.
    const self = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: team.moderator.user!.email, role: "partner" });
    expect(self.status).toBe(409);
    expect((await membersOf(team.moderator, team.reviewId)).filter((member) => member.role === "moderator")).toHaveLength(1);
    expect(socket.closes).toEqual([]);
  });

  it(`two moderators removing each other at once leave one moderator (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reviewId, first, second } = await twoModerators();
      const [a, b] = await Promise.all([
        first.request("DELETE", API_ROUTES.reviewMember(reviewId, second.user!.id)),
        second.request("DELETE", API_ROUTES.reviewMember(reviewId, first.user!.id)),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses.filter((status) => status === 204), `round ${round}: ${statuses.join(",")}`).toHaveLength(1);
      for (const status of statuses) if (status !== 204) expect([403, 404, 409]).toContain(status);
      const survivor = a.status === 204 ? first : second;
      const moderators = (await membersOf(survivor, reviewId)).filter((member) => member.role === "moderator");
      expect(moderators, `round ${round}`).toHaveLength(1);
    }
  });

  it(`two moderators demoting each other at once leave one moderator (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reviewId, first, second, members } = await twoModerators();
      const [a, b] = await Promise.all([
        first.request("PATCH", API_ROUTES.reviewMember(reviewId, second.user!.id), { role: "peer" }),
        second.request("PATCH", API_ROUTES.reviewMember(reviewId, first.user!.id), { role: "peer" }),
      ]);
      const statuses = [a.status, b.status];
      expect(statuses.filter((status) => status === 200), `round ${round}: ${statuses.join(",")}`).toHaveLength(1);
      const moderators = (await membersOf(members.peer, reviewId)).filter((member) => member.role === "moderator");
      expect(moderators, `round ${round}`).toHaveLength(1);
    }
  });

  it("a moderator removing themselves while demoting the other at once leaves one moderator", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reviewId, first, second, members } = await twoModerators();
      await Promise.all([
        first.request("DELETE", API_ROUTES.reviewMember(reviewId, first.user!.id)),
        first.request("PATCH", API_ROUTES.reviewMember(reviewId, second.user!.id), { role: "host" }),
      ]);
      const moderators = (await membersOf(members.peer, reviewId)).filter((member) => member.role === "moderator");
      expect(moderators, `round ${round}`).toHaveLength(1);
    }
  });

  it("closes every open socket of a demoted member to every document of the review at once", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const peer = team.members.peer;
    const sockets = (["report", "board", "comments", "self"] as const).map((kind) => suite.connect(peer.cookieHeader, reviewDocumentName(team.reviewId, kind)));
    await Promise.all(sockets.map((socket) => socket.whenSynced()));
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.reviewMember(team.reviewId, peer.user!.id), { role: "partner" }), 200, "demote");
    for (const socket of sockets) {
      await waitFor(() => socket.closes.some((close) => close.code === CLOSE_CODES.permissionsChanged), { timeout: 1_000, interval: 5, description: "4409 within a second" });
    }
  });

  it("a removed member's sockets are closed and a new add of them starts fresh (no role change through POST)", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const peer = team.members.peer;
    const socket = suite.connect(peer.cookieHeader, team.reportDoc);
    await socket.whenSynced();
    expect((await team.moderator.request("DELETE", API_ROUTES.reviewMember(team.reviewId, peer.user!.id))).status).toBe(204);
    await waitFor(() => socket.closes.some((close) => close.code === CLOSE_CODES.forbidden), { timeout: 1_000, interval: 5, description: "4403 within a second" });
    const again = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: peer.user!.email, role: "host" });
    expect(again.status).toBe(201);
    expect((await membersOf(team.moderator, team.reviewId)).find((member) => member.userId === peer.user!.id)?.role).toBe("host");
    // Nobody else can reuse a stranger's account through the add route.
    const stranger = await signedInClient(suite.server, "Stranger Sam");
    expect((await stranger.get(API_ROUTES.review(team.reviewId))).status).toBe(404);
  });
});
