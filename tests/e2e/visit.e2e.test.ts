import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newAccount } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import {
  addEvidenceCard,
  createInvitationLink,
  fillRegistration,
  reviewIdOf,
  screenshot,
  selectBackwards,
  visitUi as ui,
  waitForText,
  type Account,
} from "./visitPages.ts";
import { caretToEnd } from "./reportPage.ts";

/**
 * The study-visit journey (issue 3), in three browsers: a moderator sets up a review
 * with Core + Module 2 (anti-discrimination) and invites a peer and a host by link;
 * the peer adds evidence the moderator sees live; both vote; the moderator records a
 * rating citing a card; the peer links a report passage to the factor and the other
 * browser's sidebar coverage updates; the host follows the board and enters a
 * self-assessment. Every step goes through the UI; other browsers are polled.
 */

const MODULE = "Fostering Anti-discrimination Skills";
/** Module 2, factor 2: proves the review runs on the chosen thematic module. */
const FACTOR = { id: "m2-2", number: "2", name: "Involving Migrants" };
const CARDS = [
  { text: "Former participants sit on the recruitment panel", source: "Interview", sourceLabel: "Participant A", stance: "Supports" },
  { text: "Panel minutes list two migrant members", source: "Document", sourceLabel: "Panel minutes 2026", stance: "Partly" },
] as const;
const RATIONALE = "Migrants take part in recruitment, but only on one panel.";
const PASSAGE = "former participants recruit the next cohort";
const HOST_NOTE = "We involve alumni in every recruitment round.";

describe("study visit journey in Chromium", () => {
  let server: TestServer;
  const browsers: Browser[] = [];
  const browserErrors: string[] = [];
  let moderator: Page;
  let peer: Page;
  let host: Page;
  const accounts: Record<"moderator" | "peer" | "host", Account> = {
    moderator: newAccount("Moderator Mia"),
    peer: newAccount("Peer Pia"),
    host: newAccount("Host Hugo"),
  };
  let reviewId = "";
  const invitations: { peer: string; host: string } = { peer: "", host: "" };

  const open = async (label: string): Promise<Page> => {
    const browser = await launchChromium();
    browsers.push(browser);
    browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
    browser.page.setDefaultTimeout(15_000);
    return browser.page;
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, registration: "open" });
    moderator = await open("moderator");
    peer = await open("peer");
    host = await open("host");
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("the moderator registers and creates a review with Core + Module 2", async () => {
    await moderator.goto(`${server.url}/register`);
    await fillRegistration(moderator, accounts.moderator);
    await ui.newReview.open(moderator).waitFor({ state: "visible", timeout: 20_000 });
    await ui.newReview.open(moderator).click();

    const dialog = ui.newReview.dialog(moderator);
    await dialog.waitFor({ state: "visible" });
    await ui.newReview.title(dialog).fill("Study visit: Pathways to Work");
    await ui.newReview.hostProject(dialog).fill("Pathways to Work, Ghent");
    const module = ui.newReview.module(dialog, MODULE);
    await module.waitFor({ state: "visible", timeout: 20_000 }); // the benchmark loads after the dialog opens
    await module.check();
    expect(await module.isChecked()).toBe(true);
    // The theme is one of the benchmark's thematic modules, chosen by name.
    await ui.newReview.theme(dialog).selectOption({ label: MODULE });
    await screenshot(moderator, "01-moderator-new-review");
    await ui.newReview.theme(dialog).scrollIntoViewIfNeeded();
    await dialog.screenshot({ path: path.join(ARTIFACTS_DIR, "theme-review-form.png") });
    await ui.newReview.submit(dialog).click();

    await moderator.waitForURL((url) => /^\/reviews\/[^/]+$/.test(url.pathname), { timeout: 20_000 });
    reviewId = reviewIdOf(moderator.url())!;
    expect(reviewId).toBeTruthy();
    // The overview names the theme by its module.
    const setup = moderator.getByRole("region", { name: "Set-up" });
    await setup.getByText(MODULE, { exact: true }).waitFor({ state: "visible", timeout: 20_000 });
    // A moderator changes it in place, from the same modules.
    await setup.getByRole("button", { name: "Edit Theme" }).click();
    await setup.getByRole("combobox", { name: "Theme" }).selectOption({ label: "Integrated Territorial Approach" });
    await moderator.screenshot({ path: path.join(ARTIFACTS_DIR, "theme-overview.png"), fullPage: true });
    await setup.getByRole("button", { name: "Save" }).click();
    await setup.getByText("Integrated Territorial Approach", { exact: true }).waitFor({ state: "visible", timeout: 20_000 });
  }, 60_000);

  it("the moderator creates invitation links for a peer and a host on the Team tab", async () => {
    await moderator.getByRole("link", { name: /^Team/ }).first().click();
    await moderator.waitForURL((url) => url.pathname === `/reviews/${reviewId}/team`);
    await ui.invite.form(moderator).waitFor({ state: "visible", timeout: 20_000 });
    invitations.peer = await createInvitationLink(moderator, "peer", "Peer reviewer");
    invitations.host = await createInvitationLink(moderator, "host", "Host");
    for (const link of Object.values(invitations)) expect(new URL(link).pathname).toMatch(/^\/invite\/./);
    expect(invitations.peer).not.toBe(invitations.host);
    await screenshot(moderator, "02-moderator-invitations");
  }, 60_000);

  it("the peer and the host register through their invitation pages and land in the review", async () => {
    for (const [page, role, label] of [
      [peer, "peer", "Peer reviewer"],
      [host, "host", "Host"],
    ] as const) {
      await page.goto(invitations[role]);
      await page.getByRole("heading", { name: "You're invited to a peer review" }).waitFor({ state: "visible", timeout: 20_000 });
      expect(await page.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
      if (role === "peer") await screenshot(page, "03-peer-invitation");
      await ui.invite.createAccount(page).click();
      await fillRegistration(page, accounts[role]);
      await page.waitForURL((url) => url.pathname === `/reviews/${reviewId}`, { timeout: 20_000 });
    }
    // Both are members now: the moderator's Team tab lists them after a reload.
    await moderator.reload();
    await moderator.getByText(accounts.peer.name).first().waitFor({ state: "visible", timeout: 15_000 });
    await moderator.getByText(accounts.host.name).first().waitFor({ state: "visible", timeout: 15_000 });
  }, 90_000);

  it("the peer adds evidence cards that the moderator sees live", async () => {
    const factorPath = `/reviews/${reviewId}/board/${FACTOR.id}`;
    await moderator.goto(`${server.url}${factorPath}`);
    await peer.goto(`${server.url}${factorPath}`);
    for (const page of [moderator, peer]) {
      await page.getByRole("heading", { name: FACTOR.name }).first().waitFor({ state: "visible", timeout: 20_000 });
      await ui.board.addEvidence(page).waitFor({ state: "visible", timeout: 20_000 });
    }
    for (const card of CARDS) {
      await addEvidenceCard(peer, card);
      await ui.board.card(moderator, card.text).waitFor({ state: "visible", timeout: 15_000 });
    }
    await screenshot(moderator, "04-moderator-sees-peer-cards");
  }, 60_000);

  it("both vote and each sees both votes", async () => {
    await ui.board.myVote(peer, "Partly matched").click();
    await ui.board.myVote(moderator, "Wholly matched").click();
    for (const page of [peer, moderator]) {
      await waitForText(ui.board.votes(page).getByRole("heading"), (text) => text.includes("2 votes"), "both votes to be counted", 15_000);
    }
    expect(await ui.board.myVote(peer, "Partly matched").getAttribute("aria-pressed")).toBe("true");
    expect(await ui.board.myVote(moderator, "Wholly matched").getAttribute("aria-pressed")).toBe("true");
  }, 60_000);

  it("the moderator records a team rating citing a card, and the peer sees it live", async () => {
    await ui.board.recordRating(moderator).click();
    const dialog = ui.board.ratingDialog(moderator);
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("radio", { name: "Partly matched", exact: true }).check();
    await dialog.getByLabel("Why", { exact: true }).fill(RATIONALE);
    await dialog.getByRole("checkbox", { name: new RegExp(`^${CARDS[0].text}`) }).check();
    await dialog.getByRole("button", { name: "Record rating", exact: true }).click();
    await dialog.waitFor({ state: "hidden", timeout: 10_000 });

    const team = ui.board.teamRating(peer);
    await waitForText(team, (text) => text.includes(RATIONALE) && text.includes("Rests on 1 card:"), "the peer to see the team rating", 15_000);
    expect(await team.getByRole("link", { name: CARDS[0].text }).count()).toBe(1);
    expect(await team.getByText("Partly matched", { exact: true }).count()).toBeGreaterThan(0);
    // The cited card is marked as such on the peer's board.
    await ui.board.card(peer, CARDS[0].text).getByText("Cited", { exact: true }).waitFor({ state: "visible", timeout: 10_000 });
    expect(await ui.board.card(peer, CARDS[1].text).getByText("Cited", { exact: true }).count()).toBe(0);
    await screenshot(peer, "05-peer-sees-team-rating");
  }, 60_000);

  it("the peer links a report passage to the factor and the moderator's sidebar coverage updates", async () => {
    const reportPath = `/reviews/${reviewId}/report`;
    await moderator.goto(`${server.url}${reportPath}`);
    await peer.goto(`${server.url}${reportPath}`);
    for (const page of [moderator, peer]) {
      await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
      await ui.sidebar.factor(page, FACTOR.id).waitFor({ state: "visible", timeout: 20_000 });
    }
    const before = await waitForText(ui.sidebar.coverage(moderator), (text) => /^0 of \d+ factors covered/.test(text), "the coverage to start at 0");
    const total = Number(/of (\d+)/.exec(before)![1]);
    expect(total).toBe(12); // Core's 8 factors and Module 2's 4, no other module
    await waitForText(ui.sidebar.passages(moderator, FACTOR.id), (text) => text === "0 passages", "no passage yet");
    // The board's evidence shows in the sidebar too.
    await waitForText(ui.sidebar.factor(moderator, FACTOR.id), (text) => text.includes("2 cards"), "the factor's card count in the sidebar", 30_000);

    const editor = ui.editor(peer);
    await caretToEnd(peer, editor);
    await peer.keyboard.type(`In practice ${PASSAGE}.`, { delay: 10 });
    await waitFor(async () => ((await ui.editor(moderator).textContent()) ?? "").includes(PASSAGE), {
      timeout: 15_000,
      description: "the moderator's editor to show the passage",
    });
    await peer.keyboard.press("ArrowLeft"); // before the full stop
    await selectBackwards(peer, PASSAGE.length);
    const link = ui.sidebar.link(peer, FACTOR.number, FACTOR.name);
    await link.waitFor({ state: "visible", timeout: 10_000 });
    await link.click();

    await waitForText(ui.sidebar.passages(peer, FACTOR.id), (text) => text === "1 passage", "the peer's passage count to reach 1");
    await waitForText(ui.sidebar.passages(moderator, FACTOR.id), (text) => text === "1 passage", "the moderator's passage count to reach 1");
    await waitForText(ui.sidebar.coverage(moderator), (text) => text.startsWith(`1 of ${total} factors covered`), "the moderator's coverage to reach 1");
    expect(await ui.sidebar.factor(moderator, FACTOR.id).getByText("Not yet covered in the report").count()).toBe(0);
    const linked = ui.editor(moderator).locator(`span.factor-link[data-factor-ids~="${FACTOR.id}"]`);
    await linked.first().waitFor({ state: "attached", timeout: 10_000 });
    await screenshot(moderator, "06-moderator-sidebar-coverage");
  }, 60_000);

  it("the host follows the board read-only and enters a self-assessment the peer sees live", async () => {
    await host.goto(`${server.url}/reviews/${reviewId}/board`);
    await host.getByRole("heading", { name: `Module: ${MODULE}` }).waitFor({ state: "visible", timeout: 20_000 });
    expect(await host.getByRole("heading", { name: "Core benchmark" }).count()).toBeGreaterThan(0);
    // Only the chosen thematic module is on the board.
    expect(await host.getByRole("heading", { name: /^Module: / }).count()).toBe(1);
    await ui.board.readOnlyBanner(host).waitFor({ state: "visible", timeout: 10_000 });
    await screenshot(host, "07-host-board-overview");

    // The peer follows the factor while the host fills in the self-assessment.
    const factorPath = `/reviews/${reviewId}/board/${FACTOR.id}`;
    await peer.goto(`${server.url}${factorPath}`);
    await ui.self.panel(peer).waitFor({ state: "visible", timeout: 20_000 });

    await host.getByRole("link", { name: new RegExp(FACTOR.name) }).first().click();
    await host.waitForURL((url) => url.pathname === factorPath);
    for (const card of CARDS) await ui.board.card(host, card.text).waitFor({ state: "visible", timeout: 20_000 });
    await waitForText(ui.board.teamRating(host), (text) => text.includes(RATIONALE), "the host to see the team rating");
    expect(await ui.board.addEvidence(host).count()).toBe(0);
    expect(await ui.board.recordRating(host).count()).toBe(0);
    expect(await host.getByRole("group", { name: "Your vote:" }).count()).toBe(0);

    await ui.self.myRating(host, "Wholly matched").click();
    await ui.self.note(host).fill(HOST_NOTE);
    await waitFor(async () => (await ui.self.myRating(host, "Wholly matched").getAttribute("aria-pressed")) === "true", {
      description: "the host's rating to be pressed",
    });

    // The peer sees the host's rating (higher than the team's) and note live.
    const peerPanel = ui.self.panel(peer);
    await waitForText(peerPanel, (text) => text.includes(HOST_NOTE), "the peer to see the host's note", 15_000);
    await waitFor(async () => (await ui.self.comparison(peer).getAttribute("data-comparison", { timeout: 1_000 })) === "host-higher", {
      timeout: 30_000,
      description: "the peer to see that the host rates higher than the team",
    });
    expect(await peerPanel.getByText("Wholly matched", { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(host, "08-host-self-assessment");
    await screenshot(peer, "09-peer-sees-self-assessment");
  }, 60_000);

  it("raised no uncaught errors in any browser", () => {
    expect(browserErrors).toEqual([]);
  });
});
