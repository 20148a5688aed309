import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { API_ROUTES } from "@review/shared";
import { ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";

/** A catalogue key shown instead of its text ("board.rating.partly"): the translator found no entry. */
const RAW_KEY = /\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z_]*\.[a-zA-Z_.]+\b/;

describe("the app in German for a browser set to Austrian German", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    // The account's language wins once signed in (the seed's accounts are English): this user chose German.
    const account = new ApiClient(server);
    await account.login({ email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD });
    expect((await account.request("PUT", API_ROUTES.myLocale, { locale: "de" })).status).toBe(200);
    browser = await launchChromium({ viewport: { width: 1280, height: 900 }, locale: "de-AT" });
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("signs in through the German form and lists the reviews under a German heading", async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    await page.getByLabel("E-Mail-Adresse").fill(DEMO_ACCOUNTS[0]!.email);
    await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Meine Reviews" }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Neues Review" }).waitFor();
  });

  it("shows the evidence board with German ratings and no raw catalogue keys", async () => {
    await page.locator('a[href^="/reviews/"]').first().click();
    await page.getByRole("link", { name: "Belegtafel" }).click();
    await page.getByRole("heading", { name: "Belegtafel" }).first().waitFor({ timeout: 20_000 });
    await page.getByText("Teilweise erfüllt").first().waitFor({ timeout: 20_000 });
    await page.getByText("Woher die Belege stammen").waitFor();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(RAW_KEY);
    expect(text).not.toContain("Evidence board");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "german-board.png"), fullPage: true });
    // WCAG 3.1.2: the benchmark's English factor names say so inside the German page.
    const tile = page.locator(".factor-tile__title").first();
    expect(await tile.locator('[lang="en"]').textContent()).toMatch(/\w{3}/);
    expect(await page.getByText("Woher die Belege stammen").evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("de");
    expect(browserErrors).toEqual([]);
  });
});
