import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { shareSession, ui } from "./reportPage.ts";

describe("search across reviews and papers, in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    const elena = new ApiClient(server);
    await elena.login({ email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD });
    browser = await launchChromium();
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
    await shareSession(browser.context, elena, server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const searchFor = async (query: string) => {
    const box = page.getByRole("searchbox", { name: "Search reviews and papers" });
    await box.fill(query);
    await box.press("Enter");
    await page.getByRole("status").filter({ hasText: `for “${query}”` }).waitFor({ timeout: 15_000 });
  };

  it("a result in a report opens the report with the passage selected", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    await searchFor("FORMER participants");
    const result = page.locator(".search-result").filter({ hasText: "Report" }).first();
    expect(await result.locator("mark").textContent()).toBe("former participants");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "search-results.png"), fullPage: true });
    await result.getByRole("link").click();
    await ui.editor(page).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""), { timeout: 15_000 }).toBe("former participants");
  });

  it("a card result opens its factor's board at the card; Back returns to the results", async () => {
    await page.goto(`${server.url}/search?q=${encodeURIComponent("focus group")}`);
    await page.getByRole("status").filter({ hasText: "for “focus group”" }).waitFor({ timeout: 15_000 });
    const card = page.locator(".search-result").filter({ hasText: "Evidence card" }).first();
    await card.getByRole("link").click();
    await page.waitForURL(/\/board\/[^/#]+#card-/, { timeout: 15_000 });
    const anchor = new URL(page.url()).hash.slice(1);
    await page.locator(`[id="${anchor}"]`).waitFor({ timeout: 20_000 });
    await page.goBack();
    await page.getByRole("status").filter({ hasText: "for “focus group”" }).waitFor({ timeout: 15_000 });
    expect(browserErrors).toEqual([]);
  });
});
