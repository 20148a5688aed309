import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, type ReviewRole } from "@review/shared";
import { ApiClient, expectStatus, newAccount, signedInClient } from "../support/apiClient.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";

const PARALLEL = 8;

async function inviteCode(moderator: ApiClient, reviewId: string, role: ReviewRole, email?: string): Promise<string> {
  const response = await moderator.post(API_ROUTES.reviewInvitations(reviewId), email ? { role, email } : { role });
  return expectStatus(response, 201, "create invitation").body.invitation.code as string;
}

/**
 * Issue 10 item 3: an invitation is used once, whatever the concurrency. Eight parallel
 * registrations with one code used to create eight accounts; now the code is checked and
 * consumed in the transaction that inserts the account.
 */
describe.each(BACKENDS)("invitations under concurrency (%s)", (backend) => {
  let server: TestServer;
  let moderator: ApiClient;
  let reviewId: string;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "invite" });
    moderator = await signedInClient(server, "First Moderator");
    reviewId = (await moderator.createReview({ title: "Single use", hostProject: "Invitations" })).id;
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it(`${PARALLEL} parallel registrations with one code create exactly one account`, async () => {
    const code = await inviteCode(moderator, reviewId, "peer");
    const usersBefore = await server.store.countUsers();
    const accounts = Array.from({ length: PARALLEL }, (_, i) => newAccount(`Racer ${i}`));
    const responses = await Promise.all(accounts.map((account) => new ApiClient(server).post(API_ROUTES.register, { ...account, invitation: code })));

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201), statuses.join(",")).toHaveLength(1);
    for (const response of responses) if (response.status !== 201) expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await server.store.countUsers()).toBe(usersBefore + 1);
    const winner = accounts[statuses.indexOf(201)]!;
    // The one account that got in is a member; the invitation is used up.
    const members = (await moderator.get(API_ROUTES.review(reviewId))).body.review.members as { email: string; role: string }[];
    expect(members).toContainEqual(expect.objectContaining({ email: winner.email, role: "peer" }));
    expect((await new ApiClient(server).get(API_ROUTES.invitation(code))).status).toBe(404);
  });

  it(`${PARALLEL} signed-in users accepting one code in parallel: exactly one joins`, async () => {
    const code = await inviteCode(moderator, reviewId, "host");
    // Existing accounts (each registered with an invitation of its own, then removed again) race for a new one.
    const others = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) => {
        const client = new ApiClient(server);
        const own = await inviteCode(moderator, reviewId, "partner");
        const registered = expectStatus(await client.post(API_ROUTES.register, { ...newAccount(`Acceptor ${i}`), invitation: own }), 201, "register");
        const userId = registered.body.user.id as string;
        expectStatus(await moderator.request("DELETE", API_ROUTES.reviewMember(reviewId, userId)), 204, "remove again");
        return client;
      }),
    );
    const responses = await Promise.all(others.map((client) => client.post(API_ROUTES.acceptInvitation(code))));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200), statuses.join(",")).toHaveLength(1);
    const members = (await moderator.get(API_ROUTES.review(reviewId))).body.review.members as { role: string }[];
    expect(members.filter((member) => member.role === "host")).toHaveLength(1);
  });

  it("a refused registration leaves the invitation open for its person", async () => {
    const taken = newAccount("Taken Tom");
    const first = await inviteCode(moderator, reviewId, "partner");
    expectStatus(await new ApiClient(server).post(API_ROUTES.register, { ...taken, invitation: first }), 201, "register");
    const code = await inviteCode(moderator, reviewId, "peer");
    const refused = await new ApiClient(server).post(API_ROUTES.register, { ...taken, name: "Again", invitation: code });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await new ApiClient(server).get(API_ROUTES.invitation(code))).status).toBe(200);
    expectStatus(await new ApiClient(server).post(API_ROUTES.register, { ...newAccount("Rightful"), invitation: code }), 201, "the rightful person registers");
  });

  it("parallel first registrations on an empty invite-only network let exactly one in", async () => {
    const empty = await startTestServer({ backend, registration: "invite" });
    try {
      const responses = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => new ApiClient(empty).post(API_ROUTES.register, newAccount(`First ${i}`))));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201), statuses.join(",")).toHaveLength(1);
      expect(await empty.store.countUsers()).toBe(1);
    } finally {
      await empty.cleanup();
    }
  });

  it("rate-limits repeated refused registrations from one address with 429 rate_limited", async () => {
    const open = await startTestServer({ backend, registration: "open" });
    try {
      const taken = newAccount("Probe Target");
      expectStatus(await new ApiClient(open).post(API_ROUTES.register, taken), 201, "register");
      const statuses: number[] = [];
      for (let i = 0; i < 40 && !statuses.includes(429); i++) {
        // Probing whether an address has an account: each attempt is refused.
        statuses.push((await new ApiClient(open).post(API_ROUTES.register, { ...taken, name: `Probe ${i}` })).status);
      }
      expect(statuses[0]).toBeGreaterThanOrEqual(400);
      expect(statuses).toContain(429);
      const limited = await new ApiClient(open).post(API_ROUTES.register, newAccount("Anyone"));
      expect({ status: limited.status, code: limited.body?.error?.code }).toEqual({ status: 429, code: "rate_limited" });
    } finally {
      await open.cleanup();
    }
  });
});
