import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { commentOn, comments } from "./commentsPage.ts";
import { openMemberBrowsers } from "./memberBrowsers.ts";
import { caretToEnd, editorText, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

const history = {
  open: (page: Page) => page.getByRole("link", { name: "History" }),
  nameField: (page: Page) => page.getByLabel("Name the current version"),
  nameSubmit: (page: Page) => page.getByRole("button", { name: "Name version" }),
  versions: (page: Page) => page.getByRole("list", { name: "Versions, newest first" }).getByRole("button"),
  compare: (page: Page) => page.getByLabel("Compare with"),
  diff: (page: Page) => page.getByTestId("version-diff"),
  viewer: (page: Page) => page.getByTestId("version-viewer"),
  restore: (page: Page) => page.getByRole("button", { name: "Restore this version" }),
  confirm: (page: Page) => page.getByRole("dialog").getByRole("button", { name: "Restore", exact: true }),
};

describe("report version history in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peer: Page;
  const browserErrors: string[] = [];
  let reportPath = "";

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    reportPath = `/reviews/${team.reviewId}/report`;
    const pages = await openMemberBrowsers({
      baseUrl: server.url,
      members: [
        ["moderator", team.moderator],
        ["peer", team.members.peer],
      ],
      path: reportPath,
      browsers,
      errors: browserErrors,
      ready: (page) => ui.editor(page).waitFor({ state: "visible", timeout: 20_000 }),
    });
    [moderator, peer] = [pages.get("moderator")!, pages.get("peer")!];
  }, 300_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.cleanup();
  });

  it("names a version from the report's history page", async () => {
    await typeAtEnd(moderator, "Mentors are former participants of the programme.");
    await waitForEditorText(peer, "Mentors are former participants of the programme.");

    await history.open(moderator).click();
    await moderator.waitForURL((url) => url.pathname === `${reportPath}/history`);
    await expect.poll(() => moderator.getByText("No versions yet").isVisible()).toBe(true);
    await history.nameField(moderator).fill("First draft");
    await history.nameField(moderator).press("Enter");
    await expect.poll(() => history.versions(moderator).count(), { timeout: 10_000 }).toBe(1);
    expect(await history.versions(moderator).first().textContent()).toContain("First draft");
    await expect.poll(() => history.viewer(moderator).textContent(), { timeout: 10_000 }).toContain("Mentors are former participants");
    // Read-only: no editable surface in the version view.
    expect(await history.viewer(moderator).locator('[contenteditable="true"]').count()).toBe(0);
    await screenshot(moderator, "history-named");
  }, 60_000);

  it("compares the named version with the edited report, insertions and deletions marked", async () => {
    await moderator.getByRole("link", { name: "Back to the report" }).click();
    await ui.editor(moderator).waitFor({ state: "visible", timeout: 20_000 });
    await waitForEditorText(moderator, "Mentors are former participants of the programme.");
    await caretToEnd(moderator);
    for (let i = 0; i < "programme.".length; i += 1) await moderator.keyboard.press("Backspace");
    await moderator.keyboard.type("mentoring scheme.", { delay: 10 });
    await waitForEditorText(peer, "participants of the mentoring scheme.");

    await history.open(moderator).click();
    await expect.poll(() => history.versions(moderator).count(), { timeout: 10_000 }).toBe(1);
    await history.compare(moderator).selectOption({ label: "The current report" });
    const diff = history.diff(moderator);
    await diff.waitFor({ state: "visible", timeout: 10_000 });
    await expect.poll(() => diff.locator("ins").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("mentoring")]));
    expect((await diff.locator("del").allTextContents()).join(" ")).toContain("programme");
    const insStyle = await diff.locator("ins").first().evaluate((node) => getComputedStyle(node).textDecorationLine);
    const delStyle = await diff.locator("del").first().evaluate((node) => getComputedStyle(node).textDecorationLine);
    expect(insStyle).toContain("underline");
    expect(delStyle).toContain("line-through");
    expect(await moderator.getByRole("list", { name: "Legend" }).textContent()).toMatch(/Added.*Removed/);
    expect(new URL(moderator.url()).searchParams.get("compare")).toBe("current");
    await screenshot(moderator, "history-compare");
  }, 60_000);

  it("restores the version, and another browser sees it live; comments on text both share stay anchored", async () => {
    // The peer comments on words the current report shares with the version.
    await commentOn(peer, "former participants", "Were they paid for mentoring?");
    await comments.marginThread(peer).first().waitFor({ state: "visible", timeout: 10_000 });
    await expect.poll(() => comments.highlight(peer).allTextContents(), { timeout: 10_000 }).toEqual(["former participants"]);

    await history.compare(moderator).selectOption({ label: "Nothing (view this version)" });
    await expect.poll(() => history.viewer(moderator).textContent(), { timeout: 10_000 }).toContain("of the programme.");
    await history.restore(moderator).click();
    const dialog = moderator.getByRole("dialog");
    await dialog.waitFor({ state: "visible" });
    expect(await dialog.textContent()).toContain("Restore “First draft”?");
    await screenshot(moderator, "history-restore-dialog");
    await history.confirm(moderator).click();

    await moderator.waitForURL((url) => url.pathname === reportPath, { timeout: 15_000 });
    await waitForEditorText(peer, "Mentors are former participants of the programme.");
    expect(await editorText(peer)).not.toContain("mentoring scheme");
    await waitForEditorText(moderator, "Mentors are former participants of the programme.");
    expect(await editorText(moderator)).not.toContain("mentoring scheme");

    // The thread still points at its words: not orphaned, highlighted where it was.
    await expect.poll(() => comments.highlight(peer).allTextContents(), { timeout: 10_000 }).toEqual(["former participants"]);
    expect(await comments.marginThread(peer).first().textContent()).not.toContain("The commented text was deleted");

    await history.open(peer).click();
    await expect.poll(() => history.versions(peer).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const titles = await history.versions(peer).allTextContents();
    expect(titles[0]).toContain("Restored “First draft”");
    expect(titles.some((title) => title.includes("Automatic version"))).toBe(true);
    await screenshot(peer, "history-after-restore");
    expect(browserErrors).toEqual([]);
  }, 90_000);
});
