import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { comments, selectInEditor } from "./commentsPage.ts";
import { shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const SENTENCE = "The mentors meet newcomers twice a month.";

const screenshot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

describe("suggested edits of the report in Chromium", () => {
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
    for (const [label, client] of [["peer", team.members.peer], ["host", team.members.host]] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await browser.page.goto(`${server.url}/reviews/${team.reviewId}/report`);
      if (label === "peer") peer = browser.page;
      else host = browser.page;
    }
    for (const page of [peer, host]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
    await typeAtEnd(peer, SENTENCE);
    await waitForEditorText(host, SENTENCE);
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("a host suggests a replacement by keyboard; the peer sees the card live, accepts it, and the text changes in both browsers", async () => {
    // The host reads the report only, yet may suggest.
    expect(await ui.readOnlyNotice(host).count()).toBe(1);
    await selectInEditor(host, "twice");
    const suggestButton = host.getByRole("button", { name: "Suggest an edit of the selected text" });
    await suggestButton.waitFor({ state: "visible", timeout: 10_000 });
    await host.keyboard.press("Control+Alt+KeyS");
    const field = comments.margin(host).getByRole("textbox", { name: "Replace with" });
    await field.waitFor({ state: "visible" });
    expect(await field.inputValue()).toBe("twice");
    await field.fill("three times");
    await comments.margin(host).getByRole("textbox", { name: "Note for the team (optional)" }).fill("We changed the rhythm in March.");
    await screenshot(host, "suggestions-01-host-composer");
    await field.press("Control+Enter");

    // The peer's margin shows the card with the change and the decision buttons.
    const card = comments.margin(peer).locator("article.thread", { hasText: "three times" });
    await card.waitFor({ state: "visible", timeout: 15_000 });
    expect(await card.getByTestId("suggestion-change").innerText()).toBe("Replace “twice” with “three times”");
    expect(await card.locator("del").innerText()).toBe("twice");
    expect(await card.locator("ins").innerText()).toBe("three times");
    // The host may not decide: no buttons on its own card.
    const hostCard = comments.margin(host).locator("article.thread", { hasText: "three times" });
    await hostCard.waitFor({ state: "visible", timeout: 15_000 });
    expect(await hostCard.getByRole("button", { name: /Accept the suggested edit/ }).count()).toBe(0);
    await screenshot(peer, "suggestions-02-peer-card");

    const accept = card.getByRole("button", { name: "Accept the suggested edit of “twice”" });
    await accept.focus();
    await peer.keyboard.press("Enter");
    const changed = "The mentors meet newcomers three times a month.";
    await Promise.all([waitForEditorText(peer, changed), waitForEditorText(host, changed)]);
    // Decided: the card leaves the margin (its thread is resolved) and the list shows the decision.
    await card.waitFor({ state: "detached", timeout: 15_000 });
    await comments.tab(peer, "Comments").click();
    await peer.getByRole("radio", { name: /^Resolved/ }).click();
    const status = comments.panel(peer).getByTestId("comments-filtered").getByTestId("suggestion-status");
    await status.waitFor({ state: "visible", timeout: 10_000 });
    expect(await status.innerText()).toMatch(/^Accepted by You/);
    await screenshot(peer, "suggestions-03-peer-accepted");
    expect(browserErrors).toEqual([]);
  }, 120_000);
});
