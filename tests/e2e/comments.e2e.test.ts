import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { caretBefore, comments, replyToFinding, selectInEditor } from "./commentsPage.ts";
import { shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const PASSAGE = "mentors are former participants";
const FACTOR = { id: "core-2", number: "2", name: "Migrant Voice" };

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

async function textWithoutCarets(locator: Locator): Promise<string> {
  const parts = await locator.evaluateAll((spans) =>
    spans.map((span) => {
      const copy = span.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return copy.textContent ?? "";
    }),
  );
  return parts.join("").trim();
}

describe("comments on the report in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const browsers: Browser[] = [];
  let peer: Page;
  let host: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer", host: "host" });
    const reportPath = `/reviews/${team.reviewId}/report`;
    for (const [label, client] of [["peer", team.members.peer], ["host", team.members.host]] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await browser.page.goto(`${server.url}${reportPath}`);
      if (label === "peer") peer = browser.page;
      else host = browser.page;
    }
    for (const page of [peer, host]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
    await typeAtEnd(peer, `In the pilot, the ${PASSAGE} who coach newcomers weekly.`);
    await waitForEditorText(host, PASSAGE);
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("a host selects a passage in the read-only report and comments, mentioning the peer", async () => {
    expect(await ui.readOnlyNotice(host).count()).toBe(1);
    await selectInEditor(host, PASSAGE);
    await comments.addButton(host).waitFor({ state: "visible", timeout: 10_000 });
    await screenshot(host, "comments-01-host-selection");
    await comments.addButton(host).click();
    const field = comments.margin(host).getByRole("combobox", { name: "Your comment" });
    await field.waitFor({ state: "visible" });
    await field.pressSequentially("Which participants? @Pe", { delay: 10 });
    const option = host.getByRole("option", { name: /Peer peer/ });
    await option.waitFor({ state: "visible", timeout: 5_000 });
    expect(await option.getAttribute("aria-selected")).toBe("true");
    await screenshot(host, "comments-02-host-mention");
    await field.press("Enter"); // picks the suggestion
    expect(await field.inputValue()).toMatch(/^Which participants\? @Peer peer /);
    await field.pressSequentially("can you check?", { delay: 10 });
    await field.press("Control+Enter");

    await comments.marginThread(host).first().waitFor({ state: "visible", timeout: 10_000 });
    expect(await textWithoutCarets(comments.highlight(host))).toBe(PASSAGE);
    expect(await comments.marginThread(host).first().locator("mark.mention").textContent()).toBe("@Peer peer");
  });

  it("the peer sees the thread live beside its passage, counted as new and as a mention", async () => {
    await comments.marginThread(peer).first().waitFor({ state: "visible", timeout: 15_000 });
    await waitFor(async () => (await textWithoutCarets(comments.highlight(peer))) === PASSAGE, { timeout: 10_000, description: "the passage to be highlighted for the peer" });
    expect(await comments.marginThread(peer).first().textContent()).toContain("Which participants?");
    // The card sits beside its passage (it glides there once the margin is laid out).
    const offset = async () => {
      const passageTop = (await comments.highlight(peer).first().boundingBox())!.y;
      const cardTop = (await comments.marginThread(peer).first().boundingBox())!.y;
      return Math.abs(cardTop - passageTop);
    };
    await expect.poll(offset, { timeout: 5_000 }).toBeLessThan(40);
    expect(await peer.getByTestId("comments-unread").textContent()).toBe("1");
    expect(await peer.getByTestId("report-unread").textContent()).toBe("1");
    await screenshot(peer, "comments-03-peer-margin");

    await comments.tab(peer, "Comments").click();
    await comments.panel(peer).getByText("1 mention of you").waitFor({ state: "visible" });
    await comments.panel(peer).getByRole("heading", { name: /New to you|New since your last visit/ }).waitFor();
    // Viewing the list records the visit: the counts go.
    await waitFor(async () => (await peer.getByTestId("comments-unread").count()) === 0, { timeout: 10_000, description: "the unread count to clear" });
    await waitFor(async () => (await peer.getByTestId("report-unread").count()) === 0, { timeout: 10_000, description: "the tab's unread count to clear" });
    await screenshot(peer, "comments-04-peer-list");
  });

  // A split (Enter) gives the words after it new Yjs items: the writer's editor anchors the thread
  // again, else it was orphaned for everyone else (the host lost the highlight and the card).
  it("the thread keeps its passage when the writer splits its paragraph, for the host too; its card follows the passage down", async () => {
    const offset = (page: Page) => async () => {
      const passage = await comments.highlight(page).first().boundingBox();
      const card = await comments.marginThread(page).first().boundingBox();
      return passage && card ? Math.abs(card.y - passage.y) : Number.POSITIVE_INFINITY;
    };
    const passageTop = async (page: Page) => (await comments.highlight(page).first().boundingBox())!.y;
    const before = await passageTop(peer);

    // New paragraphs typed at the start of the passage's own paragraph (each Enter splits it).
    await ui.editor(peer).click();
    await peer.keyboard.press("Control+Home");
    for (const line of ["Summary of the visit.", "Three days in the region.", "Twelve interviews."]) {
      await peer.keyboard.type(line);
      await peer.keyboard.press("Enter");
    }
    await waitForEditorText(host, "Twelve interviews.");
    for (const page of [peer, host]) await expect.poll(offset(page), { timeout: 10_000 }).toBeLessThan(40);
    const afterParagraphs = await passageTop(peer);
    expect(afterParagraphs).toBeGreaterThan(before + 40);

    // Text typed before the passage in its own paragraph wraps the passage onto a later line.
    await caretBefore(peer, "In the pilot");
    await peer.keyboard.type("According to the coordinators and to the two employers we met on the second afternoon, ");
    await waitForEditorText(host, "second afternoon");
    for (const page of [peer, host]) await expect.poll(offset(page), { timeout: 10_000 }).toBeLessThan(12);
    expect(await passageTop(peer)).toBeGreaterThan(afterParagraphs + 10);
  });

  it("undoing the split (and redoing it) keeps the thread on its passage, for the host too", async () => {
    // Split on the host's page: "In the pilot" starts a paragraph of its own (carets aside).
    const splitOnHost = async () => ui.editor(host).locator("p").filter({ hasText: "In the pilot" }).filter({ hasNotText: "second afternoon" }).count();
    const highlighted = (page: Page) => async () => (await comments.highlight(page).allTextContents()).join("");
    // The undo manager groups changes less than 500 ms apart: the split alone is undone.
    await peer.waitForTimeout(600);
    await caretBefore(peer, "In the pilot");
    await peer.keyboard.press("Enter");
    await expect.poll(splitOnHost, { timeout: 10_000 }).toBe(1);
    await expect.poll(highlighted(host), { timeout: 10_000 }).toContain(PASSAGE);

    await peer.keyboard.press("Control+z");
    await expect.poll(splitOnHost, { timeout: 10_000 }).toBe(0);
    for (const page of [peer, host]) await expect.poll(highlighted(page), { timeout: 10_000 }).toContain(PASSAGE);
    expect(await comments.marginThread(host).count()).toBe(1);

    await peer.keyboard.press("Control+Shift+z");
    await expect.poll(splitOnHost, { timeout: 10_000 }).toBe(1);
    for (const page of [peer, host]) await expect.poll(highlighted(page), { timeout: 10_000 }).toContain(PASSAGE);
    expect(await comments.marginThread(host).count()).toBe(1);

    // Undone once more: the paragraph is whole again (the tests after this one split it offline).
    await peer.keyboard.press("Control+z");
    await expect.poll(splitOnHost, { timeout: 10_000 }).toBe(0);
    for (const page of [peer, host]) await expect.poll(highlighted(page), { timeout: 10_000 }).toContain(PASSAGE);
  });

  it("the peer replies and resolves; the host sees both live", async () => {
    const card = comments.marginThread(peer).first();
    await card.click();
    const reply = card.getByRole("combobox", { name: "Reply" });
    await reply.fill("The mentors were participants in 2022 and 2023.");
    await card.getByRole("button", { name: "Reply", exact: true }).click();
    await waitFor(async () => ((await comments.marginThread(host).first().textContent()) ?? "").includes("2022 and 2023") || (await comments.marginThread(host).first().textContent())?.includes("1 reply") === true, {
      timeout: 15_000,
      description: "the host to see the reply",
    });
    await screenshot(peer, "comments-05-peer-reply");
    await card.getByRole("button", { name: /^Resolve the thread/ }).click();
    await waitFor(async () => (await comments.marginThread(host).count()) === 0, { timeout: 15_000, description: "the thread to leave the host's margin" });
    expect(await comments.highlight(host).count()).toBe(0);
    await comments.tab(host, "Comments").click();
    await comments.panel(host).getByRole("radio", { name: /^Resolved/ }).click();
    const resolved = host.getByTestId("comments-filtered").locator("article.thread--resolved").filter({ hasText: "Which participants?" });
    await resolved.waitFor({ state: "visible", timeout: 5_000 });
    expect(await resolved.textContent()).toContain("Resolved by Peer peer");
    expect(await resolved.textContent()).toContain("2022 and 2023");
    await screenshot(host, "comments-06-host-resolved");
  });

  it("the host marks a finding contested and the peer sees it in the sidebar", async () => {
    await replyToFinding(host, FACTOR, "Contested", "Parents sit on the steering board since 2024.");

    await comments.tab(peer, "Benchmark").click();
    const badge = comments.factor(peer, FACTOR).getByTestId("finding-reply");
    await badge.waitFor({ state: "visible", timeout: 15_000 });
    expect(await badge.textContent()).toContain("Contested");
    await comments.factor(peer, FACTOR).getByRole("button", { name: `Show passages of ${FACTOR.number} ${FACTOR.name}` }).click();
    expect(await badge.textContent()).toContain("Parents sit on the steering board since 2024.");
    // Peers read the reply; only hosts and the moderator write it.
    expect(await comments.factor(peer, FACTOR).getByRole("button", { name: "Save reply" }).count()).toBe(0);
    await comments.factor(peer, FACTOR).scrollIntoViewIfNeeded();
    await screenshot(peer, "comments-07-peer-contested");
    await screenshot(host, "comments-08-host-reply");

    await comments.tab(peer, "Comments").click();
    const entry = comments.panel(peer).locator(`.finding-reply-entry[data-factor-id="${FACTOR.id}"]`);
    await entry.waitFor({ state: "visible" });
    expect(await entry.textContent()).toContain("Contested");
  });

  it("Ctrl+Alt+M comments on a selection; deleting the passage keeps the thread as orphaned", async () => {
    const ORPHAN = "coach newcomers weekly";
    await selectInEditor(peer, ORPHAN);
    await peer.keyboard.press("Control+Alt+KeyM");
    const field = comments.margin(peer).getByRole("combobox", { name: "Your comment" });
    await field.waitFor({ state: "visible", timeout: 5_000 });
    await field.fill("Say how many newcomers.");
    await comments.margin(peer).getByRole("button", { name: "Comment", exact: true }).click();
    await waitFor(async () => (await comments.marginThread(host).count()) === 1, { timeout: 15_000, description: "the host to see the new thread" });

    // The peer deletes the commented words: the thread leaves the margin but stays, orphaned, with its quote.
    await selectInEditor(peer, ` who ${ORPHAN}`);
    await peer.keyboard.press("Backspace");
    await waitForEditorText(host, "former participants.");
    await waitFor(async () => (await comments.marginThread(host).count()) === 0, { timeout: 15_000, description: "the orphaned thread to leave the margin" });
    await comments.tab(host, "Comments").click();
    await comments.panel(host).getByRole("radio", { name: "Orphaned (1)" }).click();
    const orphaned = host.getByTestId("comments-filtered").locator("article.thread--orphaned");
    await orphaned.waitFor({ state: "visible", timeout: 5_000 });
    expect(await orphaned.textContent()).toContain(ORPHAN);
    expect(await orphaned.textContent()).toContain("The commented text was deleted");
    await screenshot(host, "comments-09-host-orphaned");
  });

  it("authors edit and delete their own comments; a deleted opener with replies shows as deleted", async () => {
    await selectInEditor(host, "In the pilot");
    await comments.addButton(host).click();
    const field = comments.margin(host).getByRole("combobox", { name: "Your comment" });
    await field.fill("Which pilot?");
    await field.press("Control+Enter");
    const created = comments.marginThread(peer).filter({ hasText: "Which pilot?" });
    await created.waitFor({ state: "visible", timeout: 15_000 });
    // Found by id from here on: the text changes.
    const threadId = await created.getAttribute("data-thread-id");
    const peerCard = comments.margin(peer).locator(`article[data-thread-id="${threadId}"]`);
    // Only the author may edit or delete.
    await peerCard.click();
    expect(await peerCard.getByRole("button", { name: "Edit your comment" }).count()).toBe(0);
    await peerCard.getByRole("combobox", { name: "Reply" }).fill("The 2024 pilot in Zaragoza.");
    await peerCard.getByRole("button", { name: "Reply", exact: true }).click();

    const hostCard = comments.margin(host).locator(`article[data-thread-id="${threadId}"]`);
    await hostCard.click();
    await hostCard.getByText("The 2024 pilot in Zaragoza.").waitFor({ timeout: 15_000 });
    await hostCard.getByRole("button", { name: "Edit your comment" }).click();
    const edit = hostCard.getByRole("combobox", { name: "Your comment" });
    await edit.fill("Which pilot year?");
    await hostCard.getByRole("button", { name: "Save" }).click();
    await peerCard.getByText("Which pilot year?").waitFor({ timeout: 15_000 });
    expect(await peerCard.textContent()).toContain("(edited)");

    await hostCard.getByRole("button", { name: "Delete your comment" }).click();
    await host.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await comments.tab(peer, "Comments").click();
    await comments.panel(peer).getByRole("radio", { name: /^Open/ }).click();
    const listed = peer.getByTestId("comments-filtered").locator("article.thread").filter({ hasText: "Zaragoza" });
    await listed.getByText("Comment deleted").waitFor({ timeout: 15_000 });
    expect(await listed.textContent()).not.toContain("Which pilot");
    await screenshot(peer, "comments-10-peer-deleted-opener");
    expect(browserErrors).toEqual([]);
  });

  it("offline, a reply is not posted: the writer is told so and keeps the text, then sends it once back online", async () => {
    const card = comments.margin(peer).locator("article.thread").filter({ hasText: "Zaragoza" });
    await card.click();
    const reply = card.getByRole("combobox", { name: "Reply" });
    const context = browsers[0]!.context;
    await context.setOffline(true);
    try {
      await reply.fill("Sent from the train.");
      await card.getByRole("button", { name: "Reply", exact: true }).click();
      await card.getByRole("alert").filter({ hasText: "Your comment could not be posted" }).waitFor({ timeout: 10_000 });
      expect(await reply.inputValue()).toBe("Sent from the train.");
      await screenshot(peer, "comments-11-peer-offline-reply");
    } finally {
      await context.setOffline(false);
    }
    await card.getByRole("button", { name: "Reply", exact: true }).click();
    await card.locator(".comment__body").filter({ hasText: "Sent from the train." }).waitFor({ timeout: 20_000 });
    expect(await card.getByRole("alert").count()).toBe(0);
    expect(browserErrors).toEqual([]);
  });

  it("a paragraph split offline reaches the host once the writer is back online, and the thread keeps its passage", async () => {
    const threadId = await comments.margin(peer).locator("article.thread").filter({ hasText: "Zaragoza" }).getAttribute("data-thread-id");
    const context = browsers[0]!.context;
    await context.setOffline(true);
    try {
      await caretBefore(peer, "In the pilot");
      await peer.keyboard.press("Enter");
      await peer.keyboard.type("Written offline.");
      // Offline long enough for the anchor move's PUT to fail and wait for "online".
      await peer.waitForTimeout(3_000);
      await screenshot(peer, "comments-12-peer-split-offline");
    } finally {
      await context.setOffline(false);
    }
    await waitForEditorText(host, "Written offline.");
    const hostCard = comments.margin(host).locator(`article[data-thread-id="${threadId}"]`);
    await hostCard.waitFor({ state: "visible", timeout: 20_000 });
    for (const page of [peer, host]) expect(await comments.highlight(page).filter({ hasText: "In the pilot" }).count()).toBeGreaterThan(0);
    await screenshot(host, "comments-13-host-after-offline-split");
    expect(browserErrors).toEqual([]);
  });

  it("a split made offline in a tab closed before the connection came back keeps its thread once the report is opened again", async () => {
    const threadId = await comments.margin(host).locator("article.thread").filter({ hasText: "Zaragoza" }).getAttribute("data-thread-id");
    const context = browsers[0]!.context;
    await context.setOffline(true);
    await caretBefore(peer, "In the pilot");
    await peer.keyboard.press("Enter");
    await peer.keyboard.type("Closed offline.");
    // Past the editor's batching into IndexedDB; the anchor's PUT has failed by now.
    await peer.waitForTimeout(1_500);
    // Another tab stays open (the test's cookies end with the browser session, a real one does not).
    const reopened = await context.newPage();
    await peer.close();
    await context.setOffline(false);

    peer = reopened;
    peer.on("pageerror", (error) => browserErrors.push(`peer: ${error.message}`));
    await peer.goto(`${server.url}/reviews/${team.reviewId}/report`);
    await waitForEditorText(host, "Closed offline.");
    await comments.margin(host).locator(`article[data-thread-id="${threadId}"]`).waitFor({ state: "visible", timeout: 20_000 });
    for (const page of [peer, host]) await expect.poll(async () => (await comments.highlight(page).allTextContents()).join(""), { timeout: 10_000 }).toContain("In the pilot");
    expect(browserErrors).toEqual([]);
  });
});
