import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { reviewDocumentName, type EvidenceCardInput } from "@review/shared";
import { addCard, readFactor } from "@review/shared/board";
import { connectDoc } from "../support/collabClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { shareSession } from "./reportPage.ts";

const CARD: EvidenceCardInput = { text: "Welcome desk staff speak six languages", source: "interview", sourceLabel: "", tests: [], stance: "supports", visitDay: 1 };

/** Issue 13, item 7: a moderator adds a second host project and rates a factor for it; a peer's board shows it live. */
describe("host projects in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  const browsers: Browser[] = [];
  const browserErrors: string[] = [];

  async function open(label: string, cookieOf: Team<"peer">["moderator"], path: string): Promise<Page> {
    const browser = await launchChromium();
    browsers.push(browser);
    browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
    await shareSession(browser.context, cookieOf, server.url);
    await browser.page.goto(`${server.url}${path}`);
    return browser.page;
  }

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    const board = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    await board.whenSynced();
    addCard(board.doc, "core-1", CARD, { author: team.moderator.user!.id });
    const watcher = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    await waitFor(() => readFactor(watcher.doc, "core-1").cards.length === 1, { description: "the card to reach the server" });
    watcher.destroy();
    board.destroy();
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("adds a project on the overview, rates core-1 for it on the board, and a peer sees both live", async () => {
    const boardPath = `/reviews/${team.reviewId}/board/core-1`;
    const peer = await open("peer", team.members.peer, boardPath);
    const teamRegion = peer.getByRole("region", { name: "Team rating", exact: true });
    await teamRegion.waitFor({ state: "visible", timeout: 20_000 });
    // One project: no project select.
    expect(await peer.getByLabel("Host project", { exact: true }).count()).toBe(0);

    const moderator = await open("moderator", team.moderator, `/reviews/${team.reviewId}`);
    const projects = moderator.getByRole("region", { name: "Host projects" });
    await projects.waitFor({ state: "visible", timeout: 20_000 });
    const name = moderator.getByLabel("Name of another host project");
    await name.focus();
    await moderator.keyboard.type("Welcome desks");
    await moderator.keyboard.press("Enter");
    await projects.getByRole("listitem").filter({ hasText: "Welcome desks" }).waitFor({ timeout: 10_000 });
    await projects.getByRole("button", { name: "Remove Welcome desks" }).waitFor();

    // The peer's board offers the new project without a reload.
    const peerSelect = peer.getByLabel("Host project", { exact: true });
    await peerSelect.waitFor({ state: "visible", timeout: 10_000 });
    await peerSelect.selectOption({ label: "Welcome desks" });
    await teamRegion.getByText("Not rated yet", { exact: false }).waitFor();

    await moderator.goto(`${server.url}${boardPath}`);
    const moderatorSelect = moderator.getByLabel("Host project", { exact: true });
    await moderatorSelect.waitFor({ state: "visible", timeout: 20_000 });
    await moderatorSelect.selectOption({ label: "Welcome desks" });
    await moderator.getByRole("button", { name: "Record team rating", exact: true }).click();
    const dialog = moderator.getByRole("dialog", { name: "Team rating" });
    await dialog.waitFor({ state: "visible" });
    await dialog.getByText("Host project: Welcome desks").waitFor();
    await dialog.getByRole("radio", { name: "Wholly matched", exact: true }).check();
    await dialog.getByLabel("Why", { exact: true }).fill("Every desk we visited had interpreters on hand.");
    await dialog.getByRole("checkbox", { name: new RegExp(`^${CARD.text}`) }).check();
    await dialog.getByRole("button", { name: "Record rating", exact: true }).click();
    await dialog.waitFor({ state: "hidden", timeout: 10_000 });

    // Live on the peer's board, for that project only.
    await teamRegion.getByText("Every desk we visited had interpreters on hand.").waitFor({ timeout: 10_000 });
    await peerSelect.selectOption({ label: "Integrated pathways" });
    await teamRegion.getByText("Not rated yet", { exact: false }).waitFor();
    expect(await teamRegion.getByText("Every desk we visited had interpreters on hand.").count()).toBe(0);

    // The overview's rounds table: one round, a column per project, each with its own rating.
    await moderator.goto(`${server.url}/reviews/${team.reviewId}`);
    const table = moderator.getByRole("table", { name: "Ratings per factor over the rounds" });
    await table.waitFor({ state: "visible", timeout: 20_000 });
    const headers = await table.locator("thead th").allInnerTexts();
    expect(headers.slice(2).map((text) => text.split("\n").at(-1))).toEqual(["Integrated pathways", "Welcome desks"]);
    const row = table.locator('tr[data-factor-id="core-1"] td');
    expect(await row.allInnerTexts()).toEqual(["–", "–", "Wholly"]);
    if (process.env.SCREENSHOT_DIR) await table.screenshot({ path: `${process.env.SCREENSHOT_DIR}/rounds-two-projects.png` });
    expect(browserErrors).toEqual([]);
  });
});
