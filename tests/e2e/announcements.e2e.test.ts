import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { commentOn } from "./commentsPage.ts";
import { clearLiveLog, liveLog, recordLiveRegions, waitForLive } from "./liveRegions.ts";
import { shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";
import { addEvidenceCard, visitUi } from "./visitPages.ts";

const SIXTEEN_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
const FACTOR = { id: "core-2", number: "2", name: "Migrant Voice" };

const OFFLINE = "You are offline. Your changes are kept on this device and sent when the connection returns.";
const ONLINE = "Back online. Your changes are saved.";

const badge = (page: Page) => page.locator(".connection__label");

/**
 * What screen-reader users hear, recorded from every live region of the page: typing is
 * silent (the save badge flips without a word), offline and back online are said once each,
 * and other members' cards, comments and votes arrive as one summary per author, never the
 * user's own.
 */
describe("announcements in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peer: Page;
  let peerName: string;
  let moderatorName: string;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    peerName = team.members.peer.user!.name;
    moderatorName = team.moderator.user!.name;
    for (const [label, client] of [["moderator", team.moderator], ["peer", team.members.peer]] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await recordLiveRegions(browser.page);
      await browser.page.goto(`${server.url}/reviews/${team.reviewId}/report`);
      if (label === "moderator") moderator = browser.page;
      else peer = browser.page;
    }
    for (const page of [moderator, peer]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("typing 16 words says nothing; going offline and back says exactly two things", async () => {
    await waitFor(async () => (await badge(moderator).textContent()) === "Saved", { timeout: 20_000, description: "the badge to say Saved" });
    await clearLiveLog(moderator);
    await clearLiveLog(peer);

    await typeAtEnd(moderator, SIXTEEN_WORDS);
    await waitForEditorText(peer, "fifteen sixteen");
    await waitFor(async () => (await badge(moderator).textContent()) === "Saved", { timeout: 20_000, description: "the typing to be saved" });

    await moderator.context().setOffline(true);
    await waitForLive(moderator, (entry) => entry.text === OFFLINE, "the offline announcement");
    // The badge still shows the state; only what is said has changed.
    expect(await badge(moderator).textContent()).toBe("Offline — changes kept on this device");
    await moderator.context().setOffline(false);
    await waitForLive(moderator, (entry) => entry.text === ONLINE, "the back-online announcement", 30_000);

    expect(await liveLog(moderator)).toEqual([
      { politeness: "assertive", text: OFFLINE },
      { politeness: "polite", text: ONLINE },
    ]);
    // The other member heard nothing of the moderator's typing either.
    expect(await liveLog(peer)).toEqual([]);
  }, 120_000);

  it("a comment from another member is announced to the others, and only to them", async () => {
    await clearLiveLog(moderator);
    await clearLiveLog(peer);
    await commentOn(peer, "seven eight", "Which eight?");

    await waitForLive(moderator, (entry) => entry.text.includes("commented"), "the moderator to hear of the comment");
    expect(await liveLog(moderator)).toEqual([{ politeness: "polite", text: `${peerName} commented` }]);
    await waitForLive(peer, (entry) => entry.text === "Comment added", "the peer's own confirmation");
    expect((await liveLog(peer)).filter((entry) => entry.text.includes(peerName))).toEqual([]);
  }, 60_000);

  it("three cards from one member become one summary; votes are announced; one's own are not", async () => {
    const factorPath = `/reviews/${team.reviewId}/board/${FACTOR.id}`;
    for (const page of [moderator, peer]) {
      await page.goto(`${server.url}${factorPath}`);
      await visitUi.board.addEvidence(page).waitFor({ state: "visible", timeout: 20_000 });
      await waitFor(async () => (await badge(page).textContent()) === "Saved", { timeout: 20_000, description: "the board to be saved" });
    }
    await clearLiveLog(moderator);
    await clearLiveLog(peer);

    for (const n of [1, 2, 3]) {
      await addEvidenceCard(peer, { text: `Peer finding ${n}`, source: "Interview", sourceLabel: `Coach ${n}`, stance: "Supports" });
    }
    await waitForLive(moderator, (entry) => entry.text.includes("added"), "the moderator to hear of the cards");
    for (const n of [1, 2, 3]) await visitUi.board.card(moderator, `Peer finding ${n}`).waitFor({ state: "visible", timeout: 10_000 });
    expect(await liveLog(moderator)).toEqual([{ politeness: "polite", text: `${peerName} added 3 cards` }]);

    await clearLiveLog(moderator);
    await visitUi.board.myVote(peer, "Partly matched").click();
    await waitForLive(moderator, (entry) => entry.text.includes("voted"), "the moderator to hear of the vote");
    expect(await liveLog(moderator)).toEqual([{ politeness: "polite", text: `${peerName} voted` }]);

    // The moderator's own card: the peer hears of it, the moderator only hears the confirmation.
    await clearLiveLog(moderator);
    await clearLiveLog(peer);
    await addEvidenceCard(moderator, { text: "Moderator finding", source: "Document", sourceLabel: "Annual report", stance: "Partly" });
    await waitForLive(peer, (entry) => entry.text === `${moderatorName} added a card`, "the peer to hear of the moderator's card");
    const heard = await liveLog(moderator);
    expect(heard.filter((entry) => entry.text.includes(moderatorName))).toEqual([]);
    expect(heard.map((entry) => entry.text)).toContain("Card added to Partly");
    // Nothing of the peer's own three cards or vote reached the peer as someone else's change.
    expect((await liveLog(peer)).filter((entry) => entry.text.includes(peerName))).toEqual([]);
  }, 120_000);

  it("raised no uncaught errors in any browser", () => {
    expect(browserErrors).toEqual([]);
  });
});
