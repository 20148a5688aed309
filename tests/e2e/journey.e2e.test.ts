import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { API_ROUTES, reviewDocumentName, type ReviewDetail } from "@review/shared";
import { addCard, readFactor } from "@review/shared/board";
import { expectStatus } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { connectDoc } from "../support/collabClient.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { caretToEnd, shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

/**
 * Issue 13, "Done means": one review's journey through every step, in three browsers (moderator,
 * peer, host) that stay open, so each step's liveness shows in another person's page.
 */

const FACTOR = { id: "core-1", number: "1", name: "Needs Assessment" };
const QUESTION = "How do you assess a newcomer's needs in the first week?";
const SESSION_TITLE = "Intake interview with the case managers";
const CARD_TEXT = "Case managers fill a needs sheet at intake and review it after four weeks.";
const RECOMMENDATION = "Share the needs sheet with the training providers.";
const SECOND_ROUND = "Study visit, second round";
const PAPER_RECOMMENDATION = "Ask every project to share its needs assessment with its partners.";

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const visible = (locator: Locator) => waitFor(() => locator.first().isVisible(), { description: `${locator} to be visible` });
const textOf = async (locator: Locator) => ((await locator.first().textContent()) ?? "").replace(/\u00a0/g, " ");

describe("the issue 13 journey in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const browsers: Browser[] = [];
  const browserErrors: string[] = [];
  let moderator: Page;
  let peer: Page;
  let host: Page;
  const review = (path = "") => `${server.url}/reviews/${team.reviewId}${path}`;
  const confirmInDialog = async (page: Page, action: string) => {
    await page.getByRole("button", { name: action, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: action, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  };

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    // The first account administers the network: it moderates the review and writes papers.
    team = await createTeam(server, { peer: "peer", host: "host" });
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { visitStart: isoDay(-1), visitEnd: isoDay(1) }), 200, "visit dates");
    const people = [
      ["moderator", team.moderator],
      ["peer", team.members.peer],
      ["host", team.members.host],
    ] as const;
    const pages = await Promise.all(
      people.map(async ([label, client]) => {
        const browser = await launchChromium({ viewport: { width: 1440, height: 960 } });
        browsers.push(browser);
        browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
        await shareSession(browser.context, client, server.url);
        return browser.page;
      }),
    );
    [moderator, peer, host] = pages as [Page, Page, Page];
  }, 120_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("the host writes the project report; a peer prepares a question for a factor, which the host sees live", async () => {
    await Promise.all([host.goto(review("/preparation")), peer.goto(review("/preparation"))]);
    const projectReport = (page: Page) => page.getByRole("textbox", { name: "Short project report", exact: true });
    await caretToEnd(host, projectReport(host));
    await host.keyboard.type("A one-stop shop guides newcomers into work.");
    await waitFor(async () => (await textOf(projectReport(peer))).includes("one-stop shop"), { description: "the peer to read the project report" });

    const peerFactor = peer.locator(".preparation__factor", { hasText: FACTOR.name }).first();
    await peerFactor.getByLabel("Your question", { exact: true }).fill(QUESTION);
    await peerFactor.getByRole("button", { name: "Ask the host", exact: true }).click();
    await visible(host.locator(".preparation__factor", { hasText: FACTOR.name }).getByText(QUESTION));
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the moderator plans a day and a session serving that factor; a peer adds a card from that session on the board", async () => {
    await moderator.goto(review("/programme"));
    await moderator.getByRole("button", { name: "Add the first day" }).click();
    const dayDialog = moderator.getByRole("dialog", { name: "Add a day" });
    // The first visit date is proposed.
    expect(await dayDialog.getByLabel("Date", { exact: true }).inputValue()).toBe(isoDay(-1));
    await dayDialog.getByRole("button", { name: "Add day" }).click();
    await dayDialog.waitFor({ state: "hidden" });

    await moderator.getByRole("button", { name: "Add session (Day 1)" }).click();
    const sessionDialog = moderator.getByRole("dialog", { name: "Add a session" });
    await sessionDialog.getByLabel("Kind", { exact: true }).selectOption("interview");
    await sessionDialog.getByLabel("Start", { exact: true }).fill("10:30");
    await sessionDialog.getByLabel("Title", { exact: true }).fill(SESSION_TITLE);
    await sessionDialog.getByRole("checkbox", { name: `C${FACTOR.number} ${FACTOR.name}` }).check();
    await sessionDialog.getByRole("button", { name: "Add session", exact: true }).click();
    await sessionDialog.waitFor({ state: "hidden" });
    await visible(moderator.getByRole("link", { name: `Day 1, 10:30: ${SESSION_TITLE}` }));

    await peer.goto(review(`/board/${FACTOR.id}`));
    await peer.getByRole("button", { name: "Add evidence" }).first().click();
    const cardDialog = peer.getByRole("dialog", { name: "Add evidence" });
    await cardDialog.getByLabel("What did you find?").fill(CARD_TEXT);
    await cardDialog.getByLabel("Session", { exact: true }).selectOption({ label: `10:30 · ${SESSION_TITLE}` });
    expect(await cardDialog.getByLabel("Visit day", { exact: true }).inputValue()).toBe("1");
    await cardDialog.getByRole("button", { name: "Add card" }).click();
    await cardDialog.waitFor({ state: "hidden" });
    await visible(peer.getByRole("link", { name: `Session: day 1, 10:30, ${SESSION_TITLE}` }));
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the team records a daily wrap-up rating; the host sees it live", async () => {
    await Promise.all([moderator.goto(review()), host.goto(review())]);
    const rating = (page: Page) => page.locator(`.wrap-up tr[data-factor-id="${FACTOR.id}"] td[data-day="1"] [data-rating]`);
    await host.locator(`.wrap-up tr[data-factor-id="${FACTOR.id}"]`).waitFor({ timeout: 20_000 });
    await moderator.getByLabel(`Factor ${FACTOR.number}, day 1`).selectOption("partly");
    await waitFor(async () => (await rating(host).count()) > 0 && (await rating(host).getAttribute("data-rating")) === "partly", {
      description: "the host to see the wrap-up rating",
    });
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the report's recommendation is addressed to an actor and, once the report is final, followed up, live for the moderator", async () => {
    await Promise.all([moderator.goto(review("/report")), peer.goto(review("/report"))]);
    for (const page of [moderator, peer]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
    await typeAtEnd(peer, "Needs are assessed at intake.");
    await peer.keyboard.press("Enter");
    await peer.keyboard.type(RECOMMENDATION);
    await peer.getByRole("button", { name: /Mark as recommendation/ }).click();
    await waitForEditorText(moderator, RECOMMENDATION);

    const peerItem = peer.locator(".decision", { hasText: RECOMMENDATION });
    await peerItem.getByRole("button", { name: "Choose addressees for recommendation 1" }).click();
    await peerItem.getByLabel("Local authorities").check();
    await peerItem.getByRole("button", { name: "Save addressees" }).click();
    const moderatorItem = moderator.locator(".decision", { hasText: RECOMMENDATION });
    await visible(moderatorItem.locator(".follow-up__actors").getByText("Local authorities"));

    await confirmInDialog(moderator, "Send to host for review");
    await confirmInDialog(moderator, "Finalise");
    await waitFor(async () => (await ui.editor(peer).getAttribute("contenteditable")) === "false", { description: "the peer's report to be final" });
    await peerItem.getByLabel("Status now").selectOption("in_progress");
    await peerItem.getByLabel("What happened (optional)").fill("The city asked two training providers to join.");
    await peerItem.getByRole("button", { name: "Record follow-up" }).click();
    await waitFor(async () => (await moderatorItem.locator("[data-follow-up-status]").getAttribute("data-follow-up-status")) === "in_progress", {
      description: "the follow-up to reach the moderator",
    });
    await visible(moderatorItem.getByText("The city asked two training providers to join."));
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("a second round follows the first, a moderator writes a paper section citing pooled evidence, and the score card marks the progress", async () => {
    // Team ratings are recorded in each round (set up through the API: their dialog is another test's).
    const first = team.reviewId;
    const board = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(first, "board"));
    await board.whenSynced();
    await waitFor(() => readFactor(board.doc, FACTOR.id).cards.length === 1, { description: "the peer's card" });
    const cardId = readFactor(board.doc, FACTOR.id).cards[0]!.id;
    board.destroy();
    expectStatus(await team.moderator.rateFactor(first, FACTOR.id, { rating: "partly", rationale: "Needs sheet, not yet shared", cites: [cardId] }), 204, "first round rating");
    const second: ReviewDetail = await team.moderator.createReview({ title: SECOND_ROUND, hostProject: "Integrated pathways" });
    const secondBoard = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(second.id, "board"));
    await secondBoard.whenSynced();
    const secondCard = addCard(secondBoard.doc, FACTOR.id, { text: "The needs sheet now goes to the providers.", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 }, { author: team.moderator.user!.id });
    await waitFor(async () => (await team.moderator.rateFactor(second.id, FACTOR.id, { rating: "wholly", rationale: "Shared now", cites: [secondCard.id] })).status === 204, {
      description: "second round rating",
    });
    secondBoard.destroy();

    // The moderator links the rounds on the second review's overview.
    await moderator.goto(`${server.url}/reviews/${second.id}`);
    await moderator.getByLabel("Later round of").selectOption({ label: "Study visit" });
    await visible(moderator.getByRole("region", { name: "Ratings per factor over the rounds" }));

    // A new paper: a section, then the factor's evidence pooled across the network, quoted with its review.
    await moderator.goto(`${server.url}/papers`);
    await moderator.getByRole("button", { name: "New paper" }).click();
    const dialog = moderator.getByRole("dialog", { name: "New policy paper" });
    await dialog.getByLabel("Title").fill("Assessing needs across reviews");
    await dialog.getByRole("button", { name: "Create paper" }).click();
    await moderator.waitForURL((url) => url.pathname.startsWith("/papers/"), { timeout: 15_000 });
    const editor = moderator.getByRole("textbox", { name: "Paper" });
    await editor.waitFor({ state: "visible", timeout: 20_000 });
    await editor.click();
    await moderator.keyboard.type("## Needs assessment");
    await moderator.keyboard.press("Enter");
    await moderator.keyboard.type("Projects assess needs at intake; few share the result.");
    await moderator.keyboard.press("Enter");
    expect(await textOf(editor.locator("h2"))).toBe("Needs assessment");
    await moderator.getByRole("button", { name: `Show ${FACTOR.number} ${FACTOR.name} across reviews` }).click();
    await moderator.getByRole("button", { name: "Show the evidence from every review" }).click();
    const pooled = moderator.getByRole("region", { name: "Study visit", exact: true });
    await pooled.getByText(CARD_TEXT).waitFor({ timeout: 20_000 });
    await pooled.getByRole("button", { name: "Quote this in the paper, citing Study visit" }).first().click();
    await waitFor(async () => (await textOf(editor.locator("blockquote"))).includes(`${CARD_TEXT.slice(0, 30)}`), { description: "the quote in the paper" });
    expect(await textOf(editor.locator("blockquote"))).toContain("(Study visit)");

    // A recommendation of the paper, addressed by the moderator: a member reading the paper sees the addressees live.
    await caretToEnd(moderator, editor);
    await moderator.keyboard.press("Enter");
    await moderator.keyboard.type(PAPER_RECOMMENDATION);
    await moderator.getByRole("button", { name: /Mark as recommendation/ }).click();
    await peer.goto(moderator.url());
    const readerItem = peer.locator(".decision", { hasText: PAPER_RECOMMENDATION });
    await visible(readerItem);
    const writerItem = moderator.locator(".decision", { hasText: PAPER_RECOMMENDATION });
    await writerItem.getByRole("button", { name: "Choose addressees for recommendation 1" }).click();
    await writerItem.getByLabel("Managing authorities").check();
    await writerItem.getByRole("button", { name: "Save addressees" }).click();
    await visible(readerItem.locator(".follow-up__actors").getByText("Managing authorities"));

    // The score card: the second round's cell marks the progress since the first.
    const cells = moderator.locator(`tr.scorecard-row[data-factor-id="${FACTOR.id}"] [aria-label]`);
    await waitFor(async () => (await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute("aria-label") ?? ""))).some((label) => label.includes(SECOND_ROUND) && label.includes("better than the earlier round")), {
      description: "the score card to mark the second round's progress",
    });
    expect(browserErrors).toEqual([]);
  }, 90_000);
});
