import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@review/shared";
import { newAccount } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/** What the signed-in page's session says about the user (read in the page, with its cookie). */
async function serverLocale(browser: Browser): Promise<string> {
  return browser.page.evaluate(async (path) => {
    const response = await fetch(path, { credentials: "same-origin" });
    return ((await response.json()) as { user: { locale: string } }).user.locale;
  }, API_ROUTES.me);
}

describe("the interface language in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, registration: "open" });
    browser = await launchChromium();
    browser.page.on("pageerror", (error) => browserErrors.push(error.message));
    // A browser that asks for Spanish over HTTP: the account must still start in the language the page shows.
    await browser.context.setExtraHTTPHeaders({ "accept-language": "es-ES,es;q=0.9" });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const languageSelect = () => browser.page.getByRole("combobox", { name: "Language", exact: true });

  it("offers a labelled language choice on the auth card, each language named in itself", async () => {
    for (const path of ["/sign-in", "/register"]) {
      await browser.page.goto(`${server.url}${path}`);
      await languageSelect().waitFor({ timeout: 20_000 });
      const options = await languageSelect().locator("option").evaluateAll((nodes) =>
        nodes.map((node) => ({ value: (node as HTMLOptionElement).value, lang: node.getAttribute("lang"), label: node.textContent })),
      );
      expect(options.length).toBeGreaterThan(0);
      expect(options).toContainEqual({ value: "en", lang: "en", label: "English" });
      for (const option of options) expect(option.lang).toBe(option.value);
      expect(await browser.page.locator(".auth__card footer").getByRole("combobox", { name: "Language" }).count()).toBe(1);
    }
  });

  it("registers in the page's language, keeps the choice, and follows the account's language on the next load", async () => {
    await browser.page.goto(`${server.url}/register`);
    const shown = await languageSelect().inputValue();
    const shipped = await languageSelect().locator("option").evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(await browser.page.evaluate(() => document.documentElement.lang)).toBe(shown);
    const account = newAccount("Lena Language");
    await browser.page.getByLabel("Full name").fill(account.name);
    await browser.page.getByLabel("Email address").fill(account.email);
    await browser.page.getByLabel("Password").fill(account.password);
    await browser.page.getByRole("button", { name: "Create account" }).click();
    await browser.page.getByRole("heading", { level: 1, name: "My reviews" }).waitFor({ timeout: 20_000 });
    // The server would have negotiated Spanish from the header; the page said otherwise.
    expect(await serverLocale(browser)).toBe(shown);
    expect(await browser.page.evaluate(() => localStorage.getItem("review.locale"))).toBe(shown);

    // Another device changes the account's language: this browser takes it on the next load
    // when it ships that language, and otherwise stays in the one it has.
    const changed = await browser.page.evaluate(async (path) => {
      const response = await fetch(path, { method: "PUT", credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify({ locale: "es" }) });
      return response.status;
    }, API_ROUTES.myLocale);
    expect(changed).toBe(200);
    await browser.page.reload();
    await browser.page.getByRole("main").waitFor({ timeout: 20_000 });
    const expected = shipped.includes("es") ? "es" : shown;
    await waitFor(async () => (await browser.page.evaluate(() => document.documentElement.lang)) === expected, { description: `the page in ${expected}` });
    expect(await browser.page.evaluate(() => localStorage.getItem("review.locale"))).toBe(expected);
    expect(browserErrors).toEqual([]);
  });
});
