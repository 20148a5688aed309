import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Locator, Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc } from "../support/collabClient.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { shareSession, ui, waitForEditorText } from "./reportPage.ts";

const FACTOR_ID = "core-2";
const HEADING = "Core 2: Migrant Voice";

/** The report the team has written so far: a title, one factor section, recommendations. */
const REPORT: [tag: string, text: string, level?: number][] = [
  ["heading", "Findings report", 1],
  ["heading", "Core 1: Needs Assessment", 2],
  ["paragraph", "Needs are assessed with each newcomer."],
  ["heading", "Recommendations", 2],
  ["paragraph", "Keep the monthly forum."],
];

const row = (page: Page): Locator => page.locator(`li.bench-factor[data-factor-id="${FACTOR_ID}"]`);
const draftButton = (page: Page): Locator => row(page).locator(".bench-factor__action").filter({ hasText: /Draft/ });

/** The report's top-level blocks as "h2 Core 1: …" / "p …" lines, without caret labels. */
async function outline(page: Page): Promise<string[]> {
  return ui.editor(page).evaluate((editor) =>
    Array.from(editor.children).map((block) => {
      const copy = block.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return `${block.tagName.toLowerCase()} ${(copy.textContent ?? "").trim()}`;
    }),
  );
}

describe("drafting a factor's section from the board, in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    const writer = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await writer.whenSynced();
    writer.doc.transact(() => {
      writer.fragment.insert(
        0,
        REPORT.map(([tag, text, level]) => {
          const element = new Y.XmlElement(tag);
          if (level) element.setAttribute("level", level as unknown as string);
          element.insert(0, [new Y.XmlText(text)]);
          return element;
        }),
      );
    });
    browser = await launchChromium();
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
    await shareSession(browser.context, team.members.peer, server.url);
    await page.goto(`${server.url}/reviews/${team.reviewId}/report`);
    await waitForEditorText(page, "Keep the monthly forum.", 20_000);
    writer.destroy();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("drafts the section after the section the caret is in, as the report's own headings, linked once", async () => {
    await ui.editor(page).getByText("Needs are assessed with each newcomer.").click();
    await page.keyboard.press("End");
    await row(page).locator("button.bench-factor__name").click();
    await draftButton(page).click();
    await waitForEditorText(page, HEADING);

    const blocks = await outline(page);
    expect(blocks.slice(0, 5)).toEqual([
      "h1 Findings report",
      "h2 Core 1: Needs Assessment",
      "p Needs are assessed with each newcomer.",
      `h2 ${HEADING}`,
      "p Team rating: not yet rated",
    ]);
    expect(blocks.slice(-2)).toEqual(["h2 Recommendations", "p Keep the monthly forum."]);
    // One passage carries the link (exports tag each linked passage), not the heading.
    expect(await ui.editor(page).locator(`span.factor-link[data-factor-ids~="${FACTOR_ID}"]`).count()).toBe(1);
    expect(await ui.editor(page).locator("h2 span.factor-link").count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "draft-section.png"), fullPage: true });
  });

  it("drafting again replaces the earlier draft instead of adding a second one", async () => {
    await ui.editor(page).getByText("Keep the monthly forum.").click();
    await expect.poll(() => draftButton(page).textContent()).toBe("Draft again");
    await draftButton(page).click();
    await expect.poll(async () => (await outline(page)).filter((line) => line === `h2 ${HEADING}`).length).toBe(1);
    const blocks = await outline(page);
    expect(blocks.indexOf(`h2 ${HEADING}`)).toBe(3);
    expect(blocks.slice(-2)).toEqual(["h2 Recommendations", "p Keep the monthly forum."]);
    expect(browserErrors).toEqual([]);
  });
});
