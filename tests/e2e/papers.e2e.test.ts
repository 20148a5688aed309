import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { API_ROUTES, reviewDocumentName } from "@review/shared";
import { readRatings } from "@review/shared/ratings";
import { ApiClient, expectStatus } from "../support/apiClient.ts";
import { connectDoc } from "../support/collabClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { caretToEnd, shareSession } from "./reportPage.ts";

const PASSAGE = "Host projects rarely involve migrant self-organisations in governance.";
const FACTOR = { id: "core-2", number: "2", name: "Migrant Voice" };

/** The policy paper page's parts, found by role and accessible name. */
const paper = {
  editor: (page: Page): Locator => page.getByRole("textbox", { name: "Paper" }),
  scorecard: (page: Page): Locator => page.getByRole("region", { name: "Score card" }),
  reviews: (page: Page): Locator => page.getByTestId("scorecard-reviews").getByRole("listitem"),
  row: (page: Page, factorId: string): Locator => page.locator(`tr.scorecard-row[data-factor-id="${factorId}"]`),
  tally: (page: Page, factorId: string): Locator => paper.row(page, factorId).getByTestId("factor-tally"),
  entryPassages: (page: Page): Locator => page.getByTestId("scorecard-passages"),
  readOnlyNotice: (page: Page): Locator => page.getByText("You are reading this paper", { exact: true }),
  commentMargin: (page: Page): Locator => page.getByRole("complementary", { name: "Comments beside the text" }),
};

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

/** Selects the text of the first paragraph through the DOM selection, as a mouse drag would (read-only editors too). */
async function selectParagraph(editor: Locator, containing: string): Promise<void> {
  await editor.evaluate((element, wanted) => {
    const paragraph = Array.from(element.querySelectorAll("p")).find((candidate) => candidate.textContent?.includes(wanted));
    const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(".collaboration-carets__caret")) texts.push(node as Text);
    }
    const range = document.createRange();
    range.setStart(texts[0]!, 0);
    range.setEnd(texts[texts.length - 1]!, texts[texts.length - 1]!.data.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, containing);
}

async function demoClient(server: TestServer, email: string): Promise<ApiClient> {
  const client = new ApiClient(server);
  await client.login({ email, password: DEMO_PASSWORD });
  return client;
}

describe("policy papers and the score card in Chromium", () => {
  let server: TestServer;
  const browsers: Browser[] = [];
  let moderator: Page;
  let member: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    // Elena moderates the demo reviews; Luca takes part in them but moderates none.
    for (const [label, email] of [["moderator", DEMO_ACCOUNTS[0]!.email], ["member", DEMO_ACCOUNTS[3]!.email]] as const) {
      const browser = await launchChromium({ viewport: { width: 1440, height: 960 } });
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, await demoClient(server, email), server.url);
      if (label === "moderator") moderator = browser.page;
      else member = browser.page;
    }
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("the moderator creates a paper from the list and sees the score card of the four seeded reviews", async () => {
    await moderator.goto(`${server.url}/`);
    // My reviews names each review's theme by its module.
    await moderator.locator(".review-card", { hasText: "Diversity at Work" }).getByText("Fostering Anti-discrimination Skills").waitFor({ timeout: 20_000 });
    await screenshot(moderator, "theme-review-list");
    await moderator.getByRole("link", { name: "Policy papers", exact: true }).click();
    await moderator.getByRole("link", { name: /Including the migrant voice/ }).waitFor({ timeout: 20_000 });
    await moderator.getByRole("button", { name: "New paper" }).click();
    const dialog = moderator.getByRole("dialog", { name: "New policy paper" });
    await dialog.getByLabel("Title").fill("Employer engagement across reviews");
    await dialog.getByRole("button", { name: "Create paper" }).click();
    await moderator.waitForURL((url) => url.pathname.startsWith("/papers/"), { timeout: 15_000 });
    await moderator.getByRole("heading", { level: 1, name: "Employer engagement across reviews" }).waitFor();
    await paper.editor(moderator).waitFor({ state: "visible", timeout: 20_000 });

    await waitFor(async () => (await paper.reviews(moderator).count()) === 5, { timeout: 20_000, description: "the four seeded reviews in the score card, the Aragón one with two host projects" });
    expect(await paper.tally(moderator, FACTOR.id).textContent()).toBe("partly in 5 of 5");
    // Colour is never alone: the cell carries a letter and an accessible name.
    const cells = paper.row(moderator, FACTOR.id).locator("td .score-chip");
    expect(await cells.allTextContents()).toEqual(["P", "P", "P", "P", "P"]);
    await screenshot(moderator, "papers-1-scorecard");
  });

  it("follows a team rating live: a change on a review reaches the open score card without a reload", async () => {
    const elena = await demoClient(server, DEMO_ACCOUNTS[0]!.email);
    const reviews = expectStatus(await elena.get(API_ROUTES.reviews), 200, "reviews").body.reviews as { id: string }[];
    const reviewId = reviews[0]!.id;
    const ratingsDoc = connectDoc(server, elena.cookieHeader, reviewDocumentName(reviewId, "ratings"));
    try {
      await ratingsDoc.whenSynced();
      const before = readRatings(ratingsDoc.doc).teamRatings.get(FACTOR.id)!;
      expect(before.rating).toBe("partly");
      const rate = async (rating: string) =>
        expectStatus(await elena.rateFactor(reviewId, FACTOR.id, { rating, rationale: before.rationale, cites: before.cites }), 204, `rate ${rating}`);
      await rate("wholly");
      await waitFor(async () => (await paper.tally(moderator, FACTOR.id).textContent()) === "partly in 4 of 5", {
        timeout: 10_000,
        description: "the open score card shows the new rating",
      });
      expect((await paper.row(moderator, FACTOR.id).locator("td .score-chip").allTextContents()).sort()).toEqual(["P", "P", "P", "P", "W"]);
      await rate("partly");
      await waitFor(async () => (await paper.tally(moderator, FACTOR.id).textContent()) === "partly in 5 of 5", { timeout: 10_000, description: "and the rating restored" });
    } finally {
      ratingsDoc.destroy();
    }
  });

  it("filters the score card by theme and counts again over the reviews that remain", async () => {
    // Themes are the benchmark's modules: each appears once, by the module's name.
    const themes = paper.scorecard(moderator).getByLabel("Theme");
    expect(await themes.locator("option").allTextContents()).toEqual([
      "All",
      "Assessment and Validation – Valuing Migrant Competences",
      "Fostering Anti-discrimination Skills",
      "Integrated Territorial Approach",
    ]);
    await themes.selectOption({ label: "Fostering Anti-discrimination Skills" });
    await waitFor(async () => (await paper.reviews(moderator).count()) === 1, { description: "one review left after the theme filter" });
    expect(await paper.reviews(moderator).first().textContent()).toContain("Diversity at Work");
    expect(await paper.tally(moderator, FACTOR.id).textContent()).toBe("partly in 1 of 1");
    expect(await paper.row(moderator, "m1-1").count()).toBe(0);
    expect(await paper.row(moderator, "m2-2").count()).toBe(1);
    await paper.scorecard(moderator).getByLabel("Show the hosts’ self-assessment").check();
    await paper.scorecard(moderator).getByLabel("Country").selectOption("Belgium");
    await screenshot(moderator, "papers-2-filtered");
    await screenshot(moderator, "theme-scorecard");
    // The view is in the URL: a reload (or a shared link) shows the same filtered score card.
    const params = () => new URL(moderator.url()).searchParams;
    expect([params().get("sc-theme"), params().get("sc-country"), params().get("sc-self")]).toEqual(["anti-discrimination", "Belgium", "1"]);
    await moderator.reload();
    await waitFor(async () => (await paper.reviews(moderator).count()) === 1, { timeout: 20_000, description: "the filter to survive a reload" });
    expect(await paper.scorecard(moderator).getByLabel("Theme").inputValue()).toBe("anti-discrimination");
    expect(await paper.scorecard(moderator).getByLabel("Country").inputValue()).toBe("Belgium");
    expect(await paper.scorecard(moderator).getByLabel("Show the hosts’ self-assessment").isChecked()).toBe(true);
    // Back undoes the last change of filter, and only that one.
    await moderator.goBack();
    await waitFor(async () => (await paper.scorecard(moderator).getByLabel("Country").inputValue()) === "", { description: "Back to undo the country filter" });
    expect(params().get("sc-theme")).toBe("anti-discrimination");
    await paper.scorecard(moderator).getByRole("button", { name: "Clear filters" }).click();
    await waitFor(async () => (await paper.reviews(moderator).count()) === 5, { description: "all reviews (and host projects) back" });
  });

  it("links a selected passage to a factor; the factor's entry lists it, live for a reading member", async () => {
    const editor = paper.editor(moderator);
    await editor.click();
    await moderator.keyboard.type(PASSAGE, { delay: 10 });
    // The whole paragraph (it may wrap): from the end back to the start of the paper.
    await moderator.keyboard.press("Control+Shift+Home");
    await moderator.waitForFunction((text) => window.getSelection()?.toString().includes(text), PASSAGE);
    await paper.row(moderator, FACTOR.id).getByRole("button", { name: `Link the selected text to ${FACTOR.number} ${FACTOR.name}` }).click();
    await moderator.getByRole("button", { name: `Show ${FACTOR.number} ${FACTOR.name} across reviews` }).click();
    await waitFor(async () => ((await paper.entryPassages(moderator).textContent()) ?? "").includes(PASSAGE.slice(0, 40)), {
      description: "the factor entry to list the linked passage",
    });
    expect(await editor.locator(`span.factor-link[data-factor-ids~="${FACTOR.id}"]`).textContent()).toBe(PASSAGE);
    await screenshot(moderator, "papers-3-linked");

    // A member of the network reads the same paper live, without editing rights.
    const url = moderator.url();
    await member.goto(url);
    await paper.readOnlyNotice(member).waitFor({ timeout: 20_000 });
    await waitFor(async () => ((await paper.editor(member).textContent()) ?? "").includes(PASSAGE), { timeout: 15_000, description: "the member to see the text" });
    expect(await paper.editor(member).getAttribute("contenteditable")).toBe("false");
    await member.getByRole("button", { name: `Show ${FACTOR.number} ${FACTOR.name} across reviews` }).click();
    await waitFor(async () => ((await paper.entryPassages(member).textContent()) ?? "").includes(PASSAGE.slice(0, 40)), {
      description: "the member's factor entry to list the passage",
    });
    expect(await member.getByRole("button", { name: "New paper" }).count()).toBe(0);
    // Pooled evidence is for network moderators: a member has no such button.
    expect(await member.getByRole("button", { name: "Show the evidence from every review" }).count()).toBe(0);
    await screenshot(member, "papers-4-member");

    // The moderator reads the factor's evidence from every review and quotes a card, citing its review.
    await moderator.getByRole("button", { name: "Show the evidence from every review" }).click();
    const pooled = moderator.getByRole("region", { name: "Peer review: Diversity at Work" });
    await pooled.waitFor({ timeout: 20_000 });
    const quoted = ((await pooled.locator(".pooled__text").first().textContent()) ?? "").trim();
    expect(quoted.length).toBeGreaterThan(10);
    await pooled.getByRole("button", { name: "Quote this in the paper, citing Peer review: Diversity at Work" }).first().click();
    await waitFor(async () => ((await editor.locator("blockquote").textContent()) ?? "").includes(`(Peer review: Diversity at Work)`), { description: "the quote in the paper" });
    expect(await editor.locator("blockquote").textContent()).toContain(quoted.slice(0, 30));
    expect(await editor.textContent()).toContain(PASSAGE);
    await screenshot(moderator, "papers-4b-pooled-evidence");
  });

  it("a reading member comments on a passage of the paper; the moderator sees the thread live", async () => {
    const question = "Which employers took part in the reviews?";
    await caretToEnd(moderator, paper.editor(moderator));
    await moderator.keyboard.press("Enter");
    await moderator.keyboard.type(question, { delay: 5 });
    await waitFor(async () => ((await paper.editor(member).textContent()) ?? "").includes(question), { description: "the member to see the new paragraph" });
    expect(await paper.editor(member).textContent()).toContain(PASSAGE);
    await selectParagraph(paper.editor(member), question);
    await member.getByRole("button", { name: "Comment on the selected text" }).waitFor({ state: "visible", timeout: 10_000 });
    // The keyboard path (the button beside the selection does the same).
    await member.keyboard.press("Control+Alt+KeyM");
    const field = paper.commentMargin(member).getByRole("combobox", { name: "Your comment" });
    await field.waitFor({ state: "visible" });
    await field.pressSequentially("Does this hold in the Aragón review too?", { delay: 5 });
    await field.press("Control+Enter");
    await paper.commentMargin(member).locator("article.thread").first().waitFor({ state: "visible", timeout: 10_000 });
    await waitFor(async () => ((await paper.commentMargin(moderator).locator("article.thread").first().textContent({ timeout: 1_000 }).catch(() => "")) ?? "").includes("Aragón review"), {
      timeout: 15_000,
      description: "the moderator to see the member's thread beside the passage",
    });
    await screenshot(moderator, "papers-5-comment");
    expect(browserErrors).toEqual([]);
  });

  // Issue 13, item 6: a paper's status, history and exports, as a report has them.
  it("the moderator publishes the paper: everyone sees it live, its text locks, the history and the export menu show it; reopening unlocks", async () => {
    const statusBar = (page: Page) => page.getByRole("group", { name: "Paper status" });
    const confirmStep = async (step: string) => {
      await statusBar(moderator).getByRole("button", { name: step, exact: true }).click();
      const dialog = moderator.getByRole("dialog");
      await dialog.getByRole("button", { name: step, exact: true }).click();
      await dialog.waitFor({ state: "hidden" });
    };
    expect(await statusBar(member).getByRole("button", { name: /steering group|Publish/ }).count()).toBe(0);
    await confirmStep("Send to the steering group");
    await statusBar(member).getByText("Steering group review").waitFor({ timeout: 15_000 });
    await confirmStep("Publish");
    await statusBar(member).getByText("Published").waitFor({ timeout: 15_000 });
    await moderator.getByText("This paper is published", { exact: true }).waitFor();
    await waitFor(async () => (await paper.editor(moderator).getAttribute("contenteditable")) === "false", { description: "the moderator's editor to turn read-only" });
    expect(await paper.readOnlyNotice(moderator).count()).toBe(0);
    await screenshot(moderator, "papers-6-published");

    await statusBar(moderator).getByRole("button", { name: "Export" }).click();
    const menu = moderator.getByRole("menu", { name: "Export the policy paper" });
    expect(await menu.getByRole("menuitem").count()).toBe(4);
    await moderator.keyboard.press("Escape");

    await statusBar(member).getByRole("link", { name: "History" }).click();
    await member.waitForURL((url) => url.pathname.endsWith("/history"));
    await member.getByRole("button", { name: /Paper published/ }).first().waitFor({ timeout: 15_000 });
    expect(await member.getByRole("button", { name: "Restore this version" }).count()).toBe(0);
    await screenshot(member, "papers-7-history");
    await member.getByRole("link", { name: "Back to the paper" }).click();

    await confirmStep("Reopen as draft");
    await waitFor(async () => (await paper.editor(moderator).getAttribute("contenteditable")) === "true", { description: "the moderator's editor to be writable again" });
    await statusBar(member).getByText("Draft").waitFor({ timeout: 15_000 });
    expect(browserErrors).toEqual([]);
  });

  it("the second round of Pathways to Work shows its progress since the first round, and the score card marks it", async () => {
    await moderator.goto(`${server.url}/`);
    await moderator.getByRole("link", { name: "Peer review: Pathways to Work", exact: true }).click();
    const rounds = moderator.getByRole("region", { name: "Ratings per factor over the rounds" });
    await rounds.waitFor({ timeout: 20_000 });
    // Employer Engagement (core-3): partly in 2025, wholly in 2026.
    const row = rounds.locator('tr[data-factor-id="core-3"]');
    expect(await row.locator("td").allTextContents()).toEqual(["Wholly", "Partly", "Wholly ▲ (better than the round before)"]);
    expect(await moderator.getByLabel("Later round of").inputValue()).not.toBe("");
    await rounds.scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(ARTIFACTS_DIR, "rounds-overview.png"), fullPage: false });
    expect(browserErrors).toEqual([]);
  });
});
