import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { API_ROUTES } from "@review/shared";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { commentOn, comments, replyToFinding } from "./commentsPage.ts";
import { editorText, shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `workflow-${name}.png`), fullPage: true });
};

/** Waits until the locator's first match is visible (a deadline instead of a fixed sleep). */
const visible = (locator: Locator) => waitFor(() => locator.first().isVisible(), { description: `${locator} to be visible` });
const hasText = (locator: Locator, text: string) =>
  waitFor(async () => (await locator.first().textContent())?.includes(text), { description: `${locator} to read "${text}"` });

const RECOMMENDATION = "Involve people with a migration background in designing the services.";
const PASSAGE = "through its job coaches";
const FINDING = { id: "core-3", number: "3", name: "Employer Engagement" };

describe("report workflow in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peer: Page;
  let host: Page;
  const browserErrors: string[] = [];
  let reportPath: string;

  const open = async (label: string) => {
    const browser = await launchChromium();
    browsers.push(browser);
    browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
    return browser;
  };
  const statusBadge = (page: Page) => page.locator(".workflow .report-status");
  const confirmInDialog = async (page: Page, action: string) => {
    await page.getByRole("button", { name: action, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("button", { name: action, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer", host: "host" });
    reportPath = `/reviews/${team.reviewId}/report`;
    const pages: Page[] = [];
    for (const [label, client] of [
      ["moderator", team.moderator],
      ["peer", team.members.peer],
      ["host", team.members.host],
    ] as const) {
      const browser = await open(label);
      await shareSession(browser.context, client, server.url);
      pages.push(browser.page);
    }
    [moderator, peer, host] = pages as [Page, Page, Page];
    await moderator.goto(`${server.url}${reportPath}`);
    await peer.goto(`${server.url}${reportPath}`);
    for (const page of [moderator, peer]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("a peer drafts and marks a recommendation with the toolbar", async () => {
    await typeAtEnd(peer, "The partnership reaches employers through its job coaches.");
    await peer.keyboard.press("Enter");
    await peer.keyboard.type(RECOMMENDATION, { delay: 10 });
    await peer.getByRole("button", { name: /Mark as recommendation/ }).click();
    await waitForEditorText(moderator, RECOMMENDATION);
    await waitFor(async () => (await moderator.locator(".ProseMirror .recommendation").count()) === 1, {
      description: "the recommendation mark to reach the moderator",
    });
    // Before final the panel lists it without decision controls.
    await visible(moderator.locator(".decision").getByText(RECOMMENDATION));
    expect(await moderator.locator(".decision input[type=radio]").count()).toBe(0);

    // The peer addresses it; the moderator sees the addressees live.
    const item = peer.locator(".decision", { hasText: RECOMMENDATION });
    await item.getByRole("button", { name: "Choose addressees for recommendation 1" }).click();
    await item.getByLabel("Local authorities").check();
    await item.getByLabel("NGOs").check();
    await item.getByRole("button", { name: "Save addressees" }).click();
    await visible(moderator.locator(".decision", { hasText: RECOMMENDATION }).locator(".follow-up__actors").getByText("Local authorities"));
  });

  it("the moderator sends the draft to the host, who sees the notice on the list and the report", async () => {
    await hasText(statusBadge(moderator), "Draft");
    await confirmInDialog(moderator, "Send to host for review");
    await waitFor(async () => (await statusBadge(moderator).textContent())?.includes("Host review"), { description: "the moderator's badge" });
    // The peer's page follows without a reload (its socket was closed with 4409 and the review re-fetched).
    await waitFor(async () => (await statusBadge(peer).textContent())?.includes("Host review"), { description: "the peer's badge" });

    await host.goto(`${server.url}/`);
    const card = host.locator(".review-card", { hasText: "Study visit" });
    await visible(card.getByRole("note", { name: "Draft findings await your comments" }));
    await hasText(card.locator(".report-status"), "Host review");
    await screenshot(host, "01-host-review-list");
    await card.getByRole("link", { name: "Open the report" }).click();
    await host.waitForURL((url) => url.pathname === reportPath);
    await ui.editor(host).waitFor({ state: "visible", timeout: 20_000 });
    await visible(host.getByRole("note", { name: "Draft findings await your comments" }));
    await waitForEditorText(host, RECOMMENDATION);
    await screenshot(host, "02-host-review-report");
    await screenshot(moderator, "03-moderator-host-review");
  });

  it("in host review the host comments on a passage and contests the finding; the peer replies and resolves", async () => {
    await commentOn(host, PASSAGE, "Our job coaches are only half of it: see the employer forum.");
    const peerCard = comments.marginThread(peer).filter({ hasText: "employer forum" });
    await peerCard.waitFor({ state: "visible", timeout: 15_000 });
    await replyToFinding(host, FINDING, "Contested", "The employer forum meets monthly since 2025.");
    await comments.tab(peer, "Benchmark").click();
    const badge = comments.factor(peer, FINDING).getByTestId("finding-reply");
    await badge.waitFor({ state: "visible", timeout: 15_000 });
    expect(await badge.textContent()).toContain("Contested");

    await peerCard.click();
    await peerCard.getByRole("combobox", { name: "Reply" }).fill("Added the forum to the evidence board.");
    await peerCard.getByRole("button", { name: "Reply", exact: true }).click();
    await waitFor(async () => /forum to the evidence|1 reply/.test((await comments.marginThread(host).first().textContent()) ?? ""), {
      timeout: 15_000,
      description: "the host to see the peer's reply",
    });
    await peerCard.getByRole("button", { name: /^Resolve the thread/ }).click();
    await waitFor(async () => (await comments.marginThread(host).count()) === 0, { timeout: 15_000, description: "the resolved thread to leave the host's margin" });
    await screenshot(peer, "03b-peer-resolved-contested");
  });

  it("finalising makes the editor read-only for moderator and peer in open browsers, without reload", async () => {
    const before = await editorText(moderator);
    await confirmInDialog(moderator, "Finalise");
    for (const page of [moderator, peer, host]) {
      await waitFor(async () => (await ui.editor(page).getAttribute("contenteditable")) === "false", {
        timeout: 15_000,
        description: "the editor to become read-only",
      });
      await visible(page.getByText("This report is final", { exact: true }));
      expect(await page.locator(".toolbar").count()).toBe(0);
    }
    await peer.locator(".ProseMirror").click();
    await peer.keyboard.type("typed after final", { delay: 10 });
    expect(await editorText(peer)).not.toContain("typed after final");
    expect(await editorText(moderator)).toBe(before);

    // The server agrees: the status is final, and the history records who did it.
    const history = await team.moderator.get(API_ROUTES.reportStatusHistory(team.reviewId));
    expect(history.body.changes.map((change: { to: string }) => change.to)).toEqual(["final", "host_review"]);
    await screenshot(moderator, "04-final-moderator");
    await screenshot(peer, "05-final-peer");
  });

  it("after final the host records a decision on the recommendation, which the others see live", async () => {
    const item = host.locator(".decision", { hasText: RECOMMENDATION });
    await item.getByLabel("Take forward").check();
    await item.getByLabel("Note (optional)").fill("Part of the 2027 action plan.");
    await item.getByRole("button", { name: "Save decision" }).click();
    const seen = moderator.locator(".decision", { hasText: RECOMMENDATION });
    await waitFor(async () => (await seen.getAttribute("data-decision")) === "take_forward", { description: "the decision to reach the moderator" });
    await visible(peer.locator(".decision", { hasText: RECOMMENDATION }).getByText("Part of the 2027 action plan."));
    // A peer reads decisions but has no controls.
    expect(await peer.locator(".decision input[type=radio]").count()).toBe(0);

    // The host records how it is followed up; the peer sees the status and the note live.
    await item.getByLabel("Status now").selectOption("in_progress");
    await item.getByLabel("What happened (optional)").fill("The city council set up the working group.");
    await item.getByRole("button", { name: "Record follow-up" }).click();
    const followed = peer.locator(".decision", { hasText: RECOMMENDATION });
    await waitFor(async () => (await followed.locator("[data-follow-up-status]").getAttribute("data-follow-up-status")) === "in_progress", {
      description: "the follow-up to reach the peer",
    });
    await visible(followed.getByText("The city council set up the working group."));
    await host.locator(".decisions").scrollIntoViewIfNeeded();
    await host.screenshot({ path: path.join(ARTIFACTS_DIR, "workflow-06-host-decision.png") });
  });

  it("the network's recommendations list them by actor and status, with the filters in the URL", async () => {
    await moderator.goto(`${server.url}/recommendations?actor=ngos&status=in_progress`);
    const row = moderator.locator("tr", { hasText: RECOMMENDATION });
    await visible(row);
    await hasText(row, "In progress");
    expect(await moderator.getByLabel("Addressed to").inputValue()).toBe("ngos");
    await moderator.getByLabel("Follow-up").selectOption("done");
    await waitFor(() => moderator.url().includes("status=done"), { description: "the filter in the URL" });
    await visible(moderator.getByText("No recommendation matches these filters."));
    await moderator.reload();
    expect(await moderator.getByLabel("Follow-up").inputValue()).toBe("done");
    await moderator.getByRole("button", { name: "Clear filters" }).click();
    await visible(moderator.locator("tr", { hasText: RECOMMENDATION }));
    await screenshot(moderator, "06b-network-recommendations");
    await moderator.goto(`${server.url}${reportPath}`);
    await ui.editor(moderator).waitFor({ state: "visible", timeout: 20_000 });
  });

  it("reopening makes the report editable again for the writers, live", async () => {
    await confirmInDialog(moderator, "Reopen");
    for (const page of [moderator, peer]) {
      await waitFor(async () => (await ui.editor(page).getAttribute("contenteditable")) === "true", {
        timeout: 15_000,
        description: "the editor to become editable again",
      });
    }
    await waitFor(async () => (await ui.editor(host).getAttribute("contenteditable")) === "false", { description: "the host to stay a reader" });
    await typeAtEnd(peer, " Revised after reopening.");
    await waitForEditorText(moderator, "Revised after reopening.");
    const history = await team.moderator.get(API_ROUTES.reportStatusHistory(team.reviewId));
    expect(history.body.changes[0]).toMatchObject({ from: "final", to: "draft", by: team.moderator.user!.name });
    await screenshot(peer, "07-reopened-peer");
    expect(browserErrors).toEqual([]);
  });
});
