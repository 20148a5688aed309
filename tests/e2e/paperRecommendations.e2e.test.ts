import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { PAPER_ROUTES, PAPER_VERSION_ROUTES, paperResponseSchema } from "@review/shared";
import { expectStatus, networkModeratorClient, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { caretToEnd, shareSession } from "./reportPage.ts";

const RECOMMENDATION = "Managing Authorities should ask every project how migrants shape its governance.";
const NOTE = "The Flemish managing authority added the question to its 2027 call.";

const visible = (locator: Locator) => waitFor(() => locator.first().isVisible(), { description: `${locator} to be visible`, timeout: 15_000 });

const screenshot = async (page: Page, name: string, locator?: Locator) => {
  if (locator) {
    await locator.scrollIntoViewIfNeeded();
    await locator.screenshot({ path: path.join(ARTIFACTS_DIR, `paper-recommendations-${name}.png`) });
    return;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `paper-recommendations-${name}.png`), fullPage: true });
};

/**
 * Issue 13, item 3 for policy papers, as a moderator does it: marks a recommendation in the
 * paper, addresses it to two actors, records a follow-up note once the paper is published, and
 * finds it in the network's recommendations filtered by one of the actors.
 */
describe("a policy paper's recommendations addressed and followed up in Chromium", () => {
  let server: TestServer;
  let moderator: ApiClient;
  let browser: Browser;
  let page: Page;
  let paperId: string;
  const browserErrors: string[] = [];
  const panel = () => page.getByRole("region", { name: "Recommendations: addressees and follow-up" });
  const item = () => panel().locator(".decision", { hasText: RECOMMENDATION });

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    await signedInClient(server, "Admin Ada");
    moderator = await networkModeratorClient(server, "Moderator Mia");
    const created = expectStatus(await moderator.post(PAPER_ROUTES.list, { title: "Including the migrant voice", summary: "Cross-cutting findings of 2026" }), 201, "paper");
    paperId = paperResponseSchema.parse(created.body).paper.id;
    browser = await launchChromium();
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
    await shareSession(browser.context, moderator, server.url);
    await page.goto(`${server.url}/papers/${paperId}`);
    await page.getByRole("textbox", { name: "Paper" }).waitFor({ state: "visible", timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("the moderator marks a passage of the paper as a recommendation and addresses it to two actors", async () => {
    await visible(panel().getByText("No passage is marked as a recommendation yet.", { exact: false }));
    const editor = page.getByRole("textbox", { name: "Paper" });
    await caretToEnd(page, editor);
    await page.keyboard.type(RECOMMENDATION, { delay: 5 });
    await page.getByRole("button", { name: /Mark as recommendation/ }).click();
    await visible(item());

    await item().getByRole("button", { name: "Choose addressees for recommendation 1" }).click();
    await item().getByLabel("Managing authorities").check();
    await item().getByLabel("NGOs").check();
    await item().getByRole("button", { name: "Save addressees" }).click();
    const actors = item().locator(".follow-up__actors");
    await visible(actors.getByText("Managing authorities"));
    await visible(actors.getByText("NGOs"));
    expect(await actors.getByRole("listitem").allTextContents()).toEqual(["Managing authorities", "NGOs"]);
    // Before publication there is nothing to follow up yet.
    expect(await item().getByRole("button", { name: "Record follow-up" }).count()).toBe(0);
    await screenshot(page, "01-addressed", panel());
  });

  it("once the paper is published, the moderator records a follow-up note; a reload keeps it", async () => {
    // Sent to the steering group elsewhere (another tab): the page hears of it (its socket closes with 4409) and follows.
    expectStatus(await moderator.request("PUT", PAPER_VERSION_ROUTES.status(paperId), { status: "steering_review" }), 200, "steering review");
    await visible(page.locator(".paper-status [data-paper-status=steering_review]"));
    // Published on this page, confirmed in the dialog.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await visible(page.locator(".paper-status [data-paper-status=published]"));
    await visible(item().getByRole("button", { name: "Record follow-up" }));
    await item().getByLabel("Status now").selectOption("accepted");
    await item().getByLabel("What happened (optional)").fill(NOTE);
    await item().getByRole("button", { name: "Record follow-up" }).click();
    await visible(item().getByText(NOTE));
    await visible(item().locator("[data-follow-up-status=accepted]"));

    await page.reload();
    await visible(item().getByText(NOTE));
    expect(await item().locator(".follow-up__actors").getByRole("listitem").allTextContents()).toEqual(["Managing authorities", "NGOs"]);
    await screenshot(page, "02-followed-up", panel());
  });

  it("the network's recommendations filtered by one of the actors show it, with the paper as its source", async () => {
    await panel().getByRole("link", { name: "This paper's recommendations in the network's list" }).click();
    await page.waitForURL((url) => url.pathname === "/recommendations" && url.search.includes(`source=paper%3A${paperId}`));
    await page.getByLabel("Addressed to").selectOption("ngos");
    await waitFor(() => page.url().includes("actor=ngos"), { description: "the actor filter in the URL" });
    const row = page.locator("tr", { hasText: RECOMMENDATION });
    await visible(row);
    await visible(row.getByText("Policy paper"));
    await visible(row.getByRole("link", { name: "Open the policy paper Including the migrant voice" }));
    await visible(row.getByText("Accepted"));
    await visible(row.getByText(NOTE));

    // Any source, one actor: still listed; another actor: not.
    await page.getByLabel("Source").selectOption("papers");
    await waitFor(() => page.url().includes("source=papers"), { description: "the source filter in the URL" });
    await visible(page.locator("tr", { hasText: RECOMMENDATION }));
    await screenshot(page, "03-network-by-actor");
    await page.getByLabel("Addressed to").selectOption("skills_bodies");
    await visible(page.getByText("No recommendation matches these filters."));
    expect(browserErrors).toEqual([]);
  });
});
