import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@review/shared";
import { ApiClient, expectStatus, newAccount } from "../support/apiClient.ts";
import { startHttpTestServer, type HttpTestServer } from "../support/httpTestServer.ts";
import { BACKENDS } from "../support/testServer.ts";

describe.each(BACKENDS)("the user's language on %s", (backend) => {
  let server: HttpTestServer;

  beforeAll(async () => {
    server = await startHttpTestServer({ backend, registration: "open" });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const register = async (body: Record<string, unknown>, acceptLanguage?: string) => {
    const client = new ApiClient(server);
    const response = await client.post(API_ROUTES.register, { ...newAccount("Speaker"), ...body }, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });
    return { client, response };
  };

  it("registers in the language the client names, else the one the browser prefers, else English", async () => {
    const named = await register({ locale: "es" }, "de-DE,de;q=0.9");
    expect(expectStatus(named.response, 201, "named").body.user.locale).toBe("es");
    const negotiated = await register({}, "fr-CH, fr;q=0.9, de-AT;q=0.8, en;q=0.5");
    expect(expectStatus(negotiated.response, 201, "negotiated").body.user.locale).toBe("de");
    expect(expectStatus(await negotiated.client.get(API_ROUTES.me), 200, "me").body.user.locale).toBe("de");
    const neither = await register({}, "fr, it;q=0.5");
    expect(expectStatus(neither.response, 201, "neither").body.user.locale).toBe("en");
    const unknown = await register({ locale: "fr" });
    expect([unknown.response.status, unknown.response.body.error.code]).toEqual([400, "invalid_input"]);
  });

  it("changes the signed-in user's language, and the session and a later sign-in carry it", async () => {
    const account = newAccount("Changer");
    const { client, response } = await register(account, "en");
    expect(expectStatus(response, 201, "register").body.user.locale).toBe("en");
    const changed = expectStatus(await client.request("PUT", API_ROUTES.myLocale, { locale: "de" }), 200, "change");
    expect(changed.body.user).toMatchObject({ id: response.body.user.id, locale: "de" });
    expect(expectStatus(await client.get(API_ROUTES.me), 200, "me").body.user.locale).toBe("de");

    const elsewhere = new ApiClient(server);
    expect((await elsewhere.login({ email: account.email, password: account.password })).locale).toBe("de");
    expectStatus(await elsewhere.request("PUT", API_ROUTES.myLocale, { locale: "es" }), 200, "change back");
    expect(expectStatus(await client.get(API_ROUTES.me), 200, "me").body.user.locale).toBe("es");
  });

  it("words a refused request's validation message in the account's language, else the browser's", async () => {
    const { client } = await register({ locale: "de" });
    const german = await client.request("PUT", API_ROUTES.myLocale, { locale: "fr" });
    expect([german.status, german.body.error.code]).toEqual([400, "invalid_input"]);
    expect(german.body.error.message).toBe('locale: Ungültige Option: erwartet eine von "en"|"de"|"es"');
    // Signed out: the browser's language words it, whatever the body asks for.
    const spanish = await register({ locale: "xx" }, "es-ES,es;q=0.9");
    expect(spanish.response.body.error.message).toMatch(/^locale: Opción inválida/);
    const english = await register({ locale: "xx" }, "fr");
    expect(english.response.body.error.message).toMatch(/^locale: Invalid option/);
  });

  it("refuses an unknown language, extra keys and bad JSON with 400, and a signed-out caller with 401", async () => {
    const { client } = await register({ locale: "es" });
    for (const body of [{ locale: "fr" }, { locale: "DE" }, { locale: "de", extra: 1 }, {}, { locale: null }]) {
      const response = await client.request("PUT", API_ROUTES.myLocale, body);
      expect({ body, status: response.status, code: response.body?.error?.code }).toEqual({ body, status: 400, code: "invalid_input" });
      expect(typeof response.body.error.message).toBe("string");
    }
    const malformed = await client.request("PUT", API_ROUTES.myLocale, undefined, { rawBody: "{" });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, "bad_json"]);
    expect(expectStatus(await client.get(API_ROUTES.me), 200, "me").body.user.locale).toBe("es");

    const signedOut = await new ApiClient(server).request("PUT", API_ROUTES.myLocale, { locale: "de" });
    expect([signedOut.status, signedOut.body.error.code]).toEqual([401, "unauthenticated"]);
  });
});
