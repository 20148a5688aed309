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
import { shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const FACTOR = { id: "core-2", number: "2", name: "Migrant Voice" };
const PASSAGE = "mentors are former participants";

/** The benchmark sidebar's parts, found by role and accessible name where there is one. */
const sidebar = {
  root: (page: Page): Locator => page.getByRole("region", { name: "Benchmark" }),
  factor: (page: Page, factorId: string): Locator => page.locator(`li.bench-factor[data-factor-id="${factorId}"]`),
  passages: (page: Page, factorId: string): Locator => sidebar.factor(page, factorId).getByTestId("factor-passages"),
  linkButton: (page: Page): Locator => page.getByRole("button", { name: `Link selection to ${FACTOR.number} ${FACTOR.name}`, exact: true }),
  highlighted: (page: Page): Locator => ui.editor(page).locator(".factor-highlight"),
};

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

/** An element's text without the collaborators' caret labels ProseMirror draws inside it. */
async function withoutCarets(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return (copy.textContent ?? "").trim();
  });
}

/** Selects the last `length` characters typed (Shift+ArrowLeft, as a keyboard user would). */
async function selectBackwards(page: Page, length: number): Promise<void> {
  await page.keyboard.down("Shift");
  for (let i = 0; i < length; i += 1) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
}

describe("benchmark sidebar in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peer: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    const reportPath = `/reviews/${team.reviewId}/report`;
    for (const [label, client] of [["moderator", team.moderator], ["peer", team.members.peer]] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await browser.page.goto(`${server.url}${reportPath}`);
      if (label === "moderator") moderator = browser.page;
      else peer = browser.page;
    }
    for (const page of [moderator, peer]) {
      await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
      await sidebar.factor(page, FACTOR.id).waitFor({ state: "visible", timeout: 20_000 });
    }
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("lists the review's factors, each flagged until a passage covers it", async () => {
    expect(await sidebar.root(peer).getByRole("heading", { name: "Core benchmark" }).count()).toBe(1);
    expect(await sidebar.passages(peer, FACTOR.id).textContent()).toBe("0 passages");
    expect(await sidebar.factor(peer, FACTOR.id).getByText("Not yet covered in the report").count()).toBe(1);
  });

  it("a peer links a selection to a factor and the moderator sees it live", async () => {
    await typeAtEnd(peer, `The ${PASSAGE}.`);
    await waitForEditorText(moderator, PASSAGE);
    await peer.keyboard.press("ArrowLeft"); // before the full stop
    await selectBackwards(peer, PASSAGE.length);
    const link = sidebar.linkButton(peer);
    await link.waitFor({ state: "visible", timeout: 10_000 });
    await link.click();

    await waitFor(async () => (await sidebar.passages(peer, FACTOR.id).textContent()) === "1 passage", { timeout: 10_000, description: "the peer's count to reach 1" });
    await waitFor(async () => (await sidebar.passages(moderator, FACTOR.id).textContent()) === "1 passage", { timeout: 15_000, description: "the moderator's count to reach 1" });
    expect(await sidebar.factor(moderator, FACTOR.id).getByText("Not yet covered in the report").count()).toBe(0);
    // The mark is in the shared document: the moderator's editor has the linked span.
    const linked = ui.editor(moderator).locator(`span.factor-link[data-factor-ids~="${FACTOR.id}"]`);
    await linked.first().waitFor({ state: "attached", timeout: 10_000 });
    expect(await withoutCarets(linked.first())).toBe(PASSAGE);
  });

  it("hovering the factor in the other browser highlights the passage", async () => {
    await sidebar.factor(moderator, FACTOR.id).hover();
    await waitFor(async () => (await sidebar.highlighted(moderator).count()) > 0, { timeout: 10_000, description: "the passage to be highlighted" });
    const highlighted = await sidebar.highlighted(moderator).evaluateAll((spans) =>
      spans
        .map((span) => {
          const copy = span.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
          return copy.textContent ?? "";
        })
        .join(""),
    );
    expect(highlighted.trim()).toBe(PASSAGE);
    await screenshot(moderator, "sidebar-01-moderator-highlight");

    // Opening the factor lists the passage; choosing it selects the passage in the editor.
    await sidebar.factor(moderator, FACTOR.id).getByRole("button", { name: `Show passages of ${FACTOR.number} ${FACTOR.name}` }).click();
    const go = sidebar.factor(moderator, FACTOR.id).getByRole("button", { name: `Go to passage: ${PASSAGE}` });
    await go.click();
    await waitFor(async () => (await moderator.evaluate(() => window.getSelection()?.toString() ?? "")).trim() === PASSAGE, {
      timeout: 10_000,
      description: "the passage to be selected",
    });
    await moderator.mouse.move(0, 0);
    await screenshot(moderator, "sidebar-02-moderator-passages");
  });

  it("Ctrl+Shift+F links the selection through the factor palette, by keyboard only; Escape goes back to the editor", async () => {
    const SECOND = "newcomers choose their mentor";
    const palette = peer.getByRole("dialog", { name: "Link the selection to a factor" });
    const inEditor = () => peer.evaluate(() => document.activeElement?.classList.contains("ProseMirror") === true);
    // The shortcut is named on the sidebar's button.
    expect(await peer.getByRole("button", { name: /^Link selection to a factor/ }).getAttribute("aria-keyshortcuts")).toBe("Control+Shift+F");

    await typeAtEnd(peer, ` Then ${SECOND}.`);
    await peer.keyboard.press("ArrowLeft");
    await selectBackwards(peer, SECOND.length);

    // Escape closes the palette and the editor has focus (and its selection) again; nothing is linked.
    await peer.keyboard.press("Control+Shift+F");
    await palette.waitFor({ state: "visible", timeout: 10_000 });
    await peer.keyboard.press("Escape");
    await palette.waitFor({ state: "hidden", timeout: 10_000 });
    await waitFor(inEditor, { timeout: 5_000, description: "the editor to have focus after Escape" });
    expect(await sidebar.passages(peer, FACTOR.id).textContent()).toBe("1 passage");

    await peer.keyboard.press("Control+Shift+F");
    await palette.waitFor({ state: "visible", timeout: 10_000 });
    const filter = palette.getByRole("combobox", { name: "Find a factor" });
    expect(await filter.evaluate((element) => element === document.activeElement)).toBe(true);
    await peer.keyboard.type("migrant");
    const options = palette.getByRole("listbox", { name: "Factors" }).getByRole("option");
    await waitFor(async () => (await options.count()) === 1, { timeout: 5_000, description: "the filter to leave one factor" });
    await peer.keyboard.press("ArrowDown");
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    expect((await options.first().textContent())?.trim()).toBe(`${FACTOR.number} ${FACTOR.name}`);
    await peer.keyboard.press("Enter");
    await palette.waitFor({ state: "hidden", timeout: 10_000 });
    await waitFor(inEditor, { timeout: 5_000, description: "the editor to have focus after linking" });

    await waitFor(async () => (await sidebar.passages(peer, FACTOR.id).textContent()) === "2 passages", { timeout: 10_000, description: "the second passage to be linked" });
    const linked = ui.editor(peer).locator(`span.factor-link[data-factor-ids~="${FACTOR.id}"]`);
    await waitFor(async () => (await linked.count()) === 2, { timeout: 10_000, description: "two linked spans" });
    expect(await withoutCarets(linked.nth(1))).toBe(SECOND);
  });

  it("raised no uncaught errors in any browser", () => {
    expect(browserErrors).toEqual([]);
  });
});
