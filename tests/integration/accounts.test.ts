import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_ROUTES, API_ROUTES, NETWORK_ROUTES, networkAccountsResponseSchema, passwordResetLinkResponseSchema, reviewDocumentName } from "@review/shared";
import { ApiClient, expectStatus, networkAdministrator, newAccount, signedInClient } from "../support/apiClient.ts";
import { connectDoc } from "../support/collabClient.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const NEW_PASSWORD = "a much better passphrase";

describe.each(BACKENDS)("accounts: profile, password, reset links, deactivation on %s", (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "open" });
    await networkAdministrator(server);
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  /** A registered account signed in on two devices. */
  async function twoDevices(name: string) {
    const account = newAccount(name);
    const laptop = new ApiClient(server);
    await laptop.register(account);
    const phone = new ApiClient(server);
    await phone.login(account);
    return { account, laptop, phone };
  }

  it("changes name and colour; refuses a colour outside the palette and an empty name", async () => {
    const { laptop } = await twoDevices("Profile Pia");
    const changed = expectStatus(await laptop.request("PUT", ACCOUNT_ROUTES.profile, { name: "Pia Moreno", color: "#047857" }), 200, "profile");
    expect(changed.body.user).toMatchObject({ name: "Pia Moreno", color: "#047857" });
    expect(expectStatus(await laptop.get(API_ROUTES.me), 200, "me").body.user.name).toBe("Pia Moreno");
    for (const body of [{ name: "Pia", color: "#ffffff" }, { name: "  ", color: "#047857" }, { name: "Pia" }, { name: "Pia", color: "#047857", isAdmin: true }]) {
      const refused = await laptop.request("PUT", ACCOUNT_ROUTES.profile, body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
    }
  });

  it("a password change needs the current password, ends the other sessions and their sockets, and keeps this one", async () => {
    const { account, laptop, phone } = await twoDevices("Changer Chris");
    const team = await createTeam(server, { peer: "peer" });
    await team.moderator.addMember(team.reviewId, account.email, "peer");
    const socket = connectDoc(server, phone.cookieHeader, reviewDocumentName(team.reviewId, "report"));
    try {
      await socket.whenSynced();
      const wrong = await laptop.request("PUT", ACCOUNT_ROUTES.password, { currentPassword: "not my password", newPassword: NEW_PASSWORD });
      expect([wrong.status, wrong.body.error.reason]).toEqual([403, "current_password_wrong"]);
      const short = await laptop.request("PUT", ACCOUNT_ROUTES.password, { currentPassword: account.password, newPassword: "short" });
      expect(short.status).toBe(400);

      expectStatus(await laptop.request("PUT", ACCOUNT_ROUTES.password, { currentPassword: account.password, newPassword: NEW_PASSWORD }), 204, "change");
      expect((await laptop.get(API_ROUTES.me)).status).toBe(200);
      expect((await phone.get(API_ROUTES.me)).status).toBe(401);
      await waitFor(() => socket.closes.length > 0, { timeout: 5_000, description: "the other device's socket to close" });
      const again = new ApiClient(server);
      expect((await again.post(API_ROUTES.login, { email: account.email, password: account.password })).status).toBe(401);
      await again.login({ email: account.email, password: NEW_PASSWORD });
    } finally {
      socket.destroy();
    }
  });

  it("an administrator's reset link works once, within its time, and ends every session", async () => {
    const admin = await networkAdministrator(server);
    const { account, laptop } = await twoDevices("Forgetful Frida");
    const member = await signedInClient(server, "Curious Carl");
    const refused = await member.post(ACCOUNT_ROUTES.passwordReset(laptop.user!.id));
    expect([refused.status, refused.body.error.reason]).toEqual([403, "network_manages_accounts"]);

    const first = passwordResetLinkResponseSchema.parse(expectStatus(await admin.post(ACCOUNT_ROUTES.passwordReset(laptop.user!.id)), 201, "link").body);
    const second = passwordResetLinkResponseSchema.parse(expectStatus(await admin.post(ACCOUNT_ROUTES.passwordReset(laptop.user!.id)), 201, "newer link").body);
    expect(second.link).toMatch(new RegExp(`^${server.origin}/reset-password/[a-z2-7]{32}$`));
    const token = (link: string) => link.split("/").pop()!;
    const anonymous = new ApiClient(server);
    // The newer link replaced the first.
    const stale = await anonymous.post(ACCOUNT_ROUTES.resetPassword, { token: token(first.link), newPassword: NEW_PASSWORD });
    expect([stale.status, stale.body.error.reason]).toEqual([400, "reset_link_invalid"]);
    expectStatus(await anonymous.post(ACCOUNT_ROUTES.resetPassword, { token: token(second.link), newPassword: NEW_PASSWORD }), 204, "reset");
    const reused = await anonymous.post(ACCOUNT_ROUTES.resetPassword, { token: token(second.link), newPassword: "yet another passphrase" });
    expect([reused.status, reused.body.error.reason]).toEqual([400, "reset_link_invalid"]);
    expect((await laptop.get(API_ROUTES.me)).status).toBe(401);
    await new ApiClient(server).login({ email: account.email, password: NEW_PASSWORD });
    for (const body of [{ token: "x", newPassword: NEW_PASSWORD }, { token: token(second.link) }, {}]) {
      expect((await anonymous.post(ACCOUNT_ROUTES.resetPassword, body)).status).toBe(400);
    }
  });

  it("one reset link used by 8 requests at once sets the password exactly once", async () => {
    const admin = await networkAdministrator(server);
    const { laptop } = await twoDevices("Racing Rosa");
    const link = passwordResetLinkResponseSchema.parse(expectStatus(await admin.post(ACCOUNT_ROUTES.passwordReset(laptop.user!.id)), 201, "link").body);
    const token = link.link.split("/").pop()!;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => new ApiClient(server).post(ACCOUNT_ROUTES.resetPassword, { token, newPassword: `racing passphrase number ${index}` })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 400, 400, 400, 400, 400, 400, 400]);
  });

  it("a deactivated account cannot sign in and loses its sessions; reactivated, it signs in again", async () => {
    const admin = await networkAdministrator(server);
    const { account, laptop } = await twoDevices("Leaving Lena");
    const userId = laptop.user!.id;
    const self = await admin.request("PUT", ACCOUNT_ROUTES.active(admin.user!.id), { active: false });
    expect([self.status, self.body.error.reason]).toEqual([409, "deactivate_self"]);
    expectStatus(await admin.request("PUT", ACCOUNT_ROUTES.active(userId), { active: false }), 204, "deactivate");
    expect((await laptop.get(API_ROUTES.me)).status).toBe(401);
    const signIn = await new ApiClient(server).post(API_ROUTES.login, { email: account.email, password: account.password });
    expect([signIn.status, signIn.body.error.reason]).toEqual([403, "account_deactivated"]);
    // A wrong password learns nothing about the account's state.
    const guess = await new ApiClient(server).post(API_ROUTES.login, { email: account.email, password: "wrong password here" });
    expect([guess.status, guess.body.error.reason]).toEqual([401, "invalid_credentials"]);
    const listed = networkAccountsResponseSchema.parse(expectStatus(await admin.get(NETWORK_ROUTES.members), 200, "list").body);
    expect(listed.members.find((member) => member.userId === userId)?.deactivatedAt).toEqual(expect.any(String));
    const link = await admin.post(ACCOUNT_ROUTES.passwordReset(userId));
    expect([link.status, link.body.error.reason]).toEqual([409, "account_deactivated"]);

    expectStatus(await admin.request("PUT", ACCOUNT_ROUTES.active(userId), { active: true }), 204, "reactivate");
    await new ApiClient(server).login(account);
  });
});
