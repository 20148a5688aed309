import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, MAX_JSON_BODY_BYTES } from "@review/shared";
import { ApiClient, networkModeratorClient, newAccount, signedInClient, type ApiResponse } from "../support/apiClient.ts";
import { createTeam } from "../support/team.ts";
import { startHttpTestServer, type HttpTestServer } from "../support/httpTestServer.ts";
import { BACKENDS } from "../support/testServer.ts";

function expectError(response: ApiResponse, status: number, code: string): { code: string; message: string; reason?: string; params?: Record<string, unknown> } {
  expect({ status: response.status, code: response.body?.error?.code }, response.text).toEqual({ status, code });
  expect(typeof response.body.error.message).toBe("string");
  expect(response.body.error.message.length).toBeGreaterThan(0);
  expect(response.headers.get("content-type") ?? "").toMatch(/application\/json/);
  return response.body.error;
}

describe.each(BACKENDS)("HTTP API (%s)", (backend) => {
  let server: HttpTestServer;
  const anonymous = () => new ApiClient(server);

  beforeAll(async () => {
    server = await startHttpTestServer({ backend });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("answers health", async () => {
    const response = await anonymous().get(API_ROUTES.health);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
  });

  describe("accounts", () => {
    it("registers, keeps the session, and signs out", async () => {
      const client = anonymous();
      const account = newAccount("Ada Reviewer");
      const response = await client.post(API_ROUTES.register, account);
      expect(response.status).toBe(201);
      expect(response.body.user).toMatchObject({ email: account.email, name: "Ada Reviewer", isAdmin: expect.any(Boolean) });
      expect(response.body.user.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(response.body.user).not.toHaveProperty("passwordHash");
      const setCookie = response.headers.getSetCookie().join("\n");
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);

      const me = await client.get(API_ROUTES.me);
      expect(me.status).toBe(200);
      expect(me.body.user.id).toBe(response.body.user.id);

      expect((await client.post(API_ROUTES.logout)).status).toBe(204);
      expectError(await client.get(API_ROUTES.me), 401, "unauthenticated");
      // Signing in again works.
      const again = anonymous();
      await again.login({ email: account.email, password: account.password });
      expect((await again.get(API_ROUTES.me)).body.user.id).toBe(response.body.user.id);
    });

    it("refuses malformed JSON with 400 bad_json", async () => {
      expectError(await anonymous().post(API_ROUTES.register, undefined, { rawBody: '{"email": "a@b.c", ' }), 400, "bad_json");
      expectError(await anonymous().post(API_ROUTES.login, undefined, { rawBody: "not json" }), 400, "bad_json");
    });

    it("refuses unknown and invalid fields with 400 invalid_input", async () => {
      const valid = newAccount("Field Tester");
      expectError(await anonymous().post(API_ROUTES.register, { ...valid, isAdmin: true }), 400, "invalid_input");
      expectError(await anonymous().post(API_ROUTES.register, { ...valid, password: "short" }), 400, "invalid_input");
      expectError(await anonymous().post(API_ROUTES.register, { ...valid, email: "not-an-email" }), 400, "invalid_input");
      expectError(await anonymous().post(API_ROUTES.register, { email: valid.email, password: valid.password }), 400, "invalid_input");
      expectError(await anonymous().post(API_ROUTES.register, [valid]), 400, "invalid_input");
      // Nothing half-written stays behind: the account can still be created.
      expect((await anonymous().post(API_ROUTES.register, valid)).status).toBe(201);
    });

    // Issue 10: a taken email is refused like any other refusal (tests/security/hardening.test.ts).
    it("refuses a taken email with 400 invalid_input, whatever its case", async () => {
      const account = newAccount("Twice");
      expect((await anonymous().post(API_ROUTES.register, account)).status).toBe(201);
      expectError(await anonymous().post(API_ROUTES.register, account), 400, "invalid_input");
      expectError(await anonymous().post(API_ROUTES.register, { ...account, email: account.email.toUpperCase() }), 400, "invalid_input");
    });

    it("answers bad credentials with 401 and the same message for unknown email and wrong password", async () => {
      const account = newAccount("Known User");
      await anonymous().register(account);
      const wrongPassword = expectError(
        await anonymous().post(API_ROUTES.login, { email: account.email, password: "wrong-password-123" }),
        401,
        "invalid_credentials",
      );
      const unknownEmail = expectError(
        await anonymous().post(API_ROUTES.login, { email: `nobody.${account.email}`, password: account.password }),
        401,
        "invalid_credentials",
      );
      expect(unknownEmail.message).toBe(wrongPassword.message);
      expect([wrongPassword.reason, unknownEmail.reason]).toEqual(["invalid_credentials", "invalid_credentials"]);
    });

    it(`refuses a body over ${MAX_JSON_BODY_BYTES} bytes with 413 payload_too_large`, async () => {
      const huge = JSON.stringify({ ...newAccount("Big"), name: "x".repeat(MAX_JSON_BODY_BYTES + 10) });
      const refused = expectError(await anonymous().post(API_ROUTES.register, undefined, { rawBody: huge }), 413, "payload_too_large");
      expect(refused).toMatchObject({ reason: "body_too_large", params: { kib: MAX_JSON_BODY_BYTES / 1024 } });
      expect(refused.message).toBe(`Request bodies are limited to ${MAX_JSON_BODY_BYTES / 1024} KiB`);
    });

    it("rate-limits repeated failed sign-ins with 429 rate_limited", async () => {
      const account = newAccount("Target");
      await anonymous().register(account);
      const statuses: number[] = [];
      for (let i = 0; i < 25 && !statuses.includes(429); i++) {
        statuses.push((await anonymous().post(API_ROUTES.login, { email: account.email, password: `wrong-${i}-password` })).status);
      }
      expect(statuses[0]).toBe(401);
      expect(statuses).toContain(429);
      // Even the right password is refused while the limit holds.
      expectError(await anonymous().post(API_ROUTES.login, { email: account.email, password: account.password }), 429, "rate_limited");
    });
  });

  describe("origin check", () => {
    it("refuses a state-changing request from a foreign Origin with 403 forbidden_origin", async () => {
      const response = await anonymous().post(API_ROUTES.register, newAccount("Foreign"), { headers: { origin: "http://evil.example" } });
      expectError(response, 403, "forbidden_origin");
    });

    it("refuses a state-changing request with neither Origin nor Sec-Fetch-Site", async () => {
      const response = await anonymous().post(API_ROUTES.register, newAccount("No Origin"), { headers: { origin: null } });
      expectError(response, 403, "forbidden_origin");
    });

    it("accepts a request without Origin that says Sec-Fetch-Site: same-origin", async () => {
      const response = await anonymous().post(API_ROUTES.register, newAccount("Same Site"), {
        headers: { origin: null, "sec-fetch-site": "same-origin" },
      });
      expect(response.status).toBe(201);
    });

    it("refuses Sec-Fetch-Site: cross-site without Origin", async () => {
      const response = await anonymous().post(API_ROUTES.register, newAccount("Cross Site"), {
        headers: { origin: null, "sec-fetch-site": "cross-site" },
      });
      expectError(response, 403, "forbidden_origin");
    });

    it("refuses a signed-in user's review creation from a foreign Origin", async () => {
      const client = await signedInClient(server, "Victim Vera");
      const response = await client.post(API_ROUTES.reviews, { title: "CSRF", hostProject: "x" }, { headers: { origin: "http://evil.example" } });
      expectError(response, 403, "forbidden_origin");
      const list = await client.get(API_ROUTES.reviews);
      expect(list.body.reviews).toEqual([]);
    });
  });

  describe("reviews", () => {
    it("creates a review whose creator is its moderator", async () => {
      const moderator = await networkModeratorClient(server, "Creator Carl");
      const response = await moderator.post(API_ROUTES.reviews, { title: "Visit to Turin", hostProject: "Adult learning hubs" });
      expect(response.status).toBe(201);
      const review = response.body.review;
      expect(review).toMatchObject({ title: "Visit to Turin", hostProject: "Adult learning hubs", role: "moderator" });
      expect(review.id).toMatch(/^[a-z0-9]{16}$/);
      expect(review.members).toEqual([expect.objectContaining({ userId: moderator.user!.id, role: "moderator" })]);
      const list = await moderator.get(API_ROUTES.reviews);
      expect(list.body.reviews.map((r: { id: string }) => r.id)).toEqual([review.id]);
      expect((await moderator.get(API_ROUTES.review(review.id))).body.review.id).toBe(review.id);
    });

    it("requires a session", async () => {
      expectError(await anonymous().get(API_ROUTES.reviews), 401, "unauthenticated");
      expectError(await anonymous().post(API_ROUTES.reviews, { title: "t", hostProject: "h" }), 401, "unauthenticated");
    });

    it("refuses invalid review input", async () => {
      const moderator = await networkModeratorClient(server, "Picky Pia");
      expectError(await moderator.post(API_ROUTES.reviews, { title: "", hostProject: "h" }), 400, "invalid_input");
      expectError(await moderator.post(API_ROUTES.reviews, { title: "t", hostProject: "h", extra: 1 }), 400, "invalid_input");
      expect((await moderator.get(API_ROUTES.reviews)).body.reviews).toEqual([]);
    });

    it("answers 404 for a review the caller is not a member of, and for one that does not exist", async () => {
      const team = await createTeam(server, {});
      const outsider = await signedInClient(server, "Outsider Olga");
      const hidden = expectError(await outsider.get(API_ROUTES.review(team.reviewId)), 404, "not_found");
      const missing = expectError(await outsider.get(API_ROUTES.review("zzzzzzzzzzzzzzzz")), 404, "not_found");
      expect(hidden.message).toBe(missing.message);
      expect((await outsider.get(API_ROUTES.reviews)).body.reviews).toEqual([]);
    });

    it("lets a moderator add members, and members see the review", async () => {
      const team = await createTeam(server, { peer: "peer", host: "host" });
      const review = (await team.moderator.get(API_ROUTES.review(team.reviewId))).body.review;
      expect(review.members.map((m: { role: string }) => m.role).sort()).toEqual(["host", "moderator", "peer"]);
      const asHost = await team.members.host.get(API_ROUTES.review(team.reviewId));
      expect(asHost.status).toBe(200);
      expect(asHost.body.review.role).toBe("host");
    });

    it("refuses adding a member with 403 when the caller is not the moderator", async () => {
      const team = await createTeam(server, { peer: "peer" });
      const newcomer = await signedInClient(server, "Newcomer Nina");
      const refused = expectError(await team.members.peer.post(API_ROUTES.reviewMembers(team.reviewId), { email: newcomer.user!.email, role: "peer" }), 403, "forbidden");
      expect(refused).toEqual({ code: "forbidden", message: "Only a moderator of this review can do this", reason: "moderator_only" });
      expect((await newcomer.get(API_ROUTES.review(team.reviewId))).status).toBe(404);
    });

    // Issue 10: an unknown email is invited and answered like a known one (tests/security/hardening.test.ts).
    it("invites an unknown email instead of adding it", async () => {
      const team = await createTeam(server, {});
      const response = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: "nobody.at.all@example.test", role: "peer" });
      expect(response.status).toBe(201);
      const invitations = (await team.moderator.get(API_ROUTES.reviewInvitations(team.reviewId))).body.invitations as { email: string | null }[];
      expect(invitations.map((invitation) => invitation.email)).toEqual(["nobody.at.all@example.test"]);
      expect((await team.moderator.get(API_ROUTES.review(team.reviewId))).body.review.members).toHaveLength(1);
    });

    it("refuses an invalid role with 400 invalid_input", async () => {
      const team = await createTeam(server, {});
      const other = await signedInClient(server, "Role Rita");
      expectError(await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: other.user!.email, role: "admin" }), 400, "invalid_input");
    });
  });
});
