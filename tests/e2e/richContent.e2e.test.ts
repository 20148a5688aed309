import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { caretToEnd, shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

/** A 2x2 red PNG, as a screenshot tool would put it on the clipboard. */
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==";

/** Pastes what a clipboard would hold: HTML, plain text and files (base64 bytes). */
async function paste(page: Page, content: { html?: string; text?: string; files?: { name: string; type: string; base64?: string; size?: number }[] }): Promise<void> {
  await ui.editor(page).evaluate((editor, { html, text, files }) => {
    const data = new DataTransfer();
    if (html) data.setData("text/html", html);
    if (text) data.setData("text/plain", text);
    for (const file of files ?? []) {
      const bytes = file.base64 ? Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0)) : new Uint8Array(file.size ?? 0);
      if (!file.base64) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      data.items.add(new File([bytes], file.name, { type: file.type }));
    }
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}

describe("links, tables and images in the report, in Chromium", () => {
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
    for (const [label, client] of [["moderator", team.moderator], ["peer", team.members.peer]] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await browser.page.goto(`${server.url}/reviews/${team.reviewId}/report`);
      await ui.editor(browser.page).waitFor({ state: "visible", timeout: 20_000 });
    }
    [moderator, peer] = browsers.map((browser) => browser.page) as [Page, Page];
  }, 300_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.cleanup();
  });

  it("Ctrl+K links the selected words; a typed address becomes https; the peer sees the link", async () => {
    await typeAtEnd(moderator, "Read the toolkit");
    await moderator.keyboard.down("Shift");
    for (let i = 0; i < "toolkit".length; i++) await moderator.keyboard.press("ArrowLeft");
    await moderator.keyboard.up("Shift");
    await moderator.keyboard.press("Control+k");
    const dialog = moderator.getByRole("dialog", { name: "Add a link" });
    await dialog.waitFor({ state: "visible" });
    expect(await moderator.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("address");
    await dialog.getByLabel("Address").fill("javascript:alert(1)");
    await dialog.getByLabel("Address").press("Enter");
    await dialog.getByText("Enter a web address such as example.org/report, or an e-mail address.").waitFor();
    await dialog.getByLabel("Address").fill("example.org/impart");
    await dialog.getByLabel("Address").press("Enter");
    await dialog.waitFor({ state: "hidden" });
    const link = ui.editor(moderator).locator('a[href="https://example.org/impart"]');
    expect(await link.textContent()).toBe("toolkit");
    await ui.editor(peer).locator('a[href="https://example.org/impart"]').waitFor({ timeout: 15_000 });
    // Focus is back in the text: typing goes on after the link, unlinked.
    await moderator.keyboard.press("End");
    await moderator.keyboard.type(" today.");
    await waitForEditorText(peer, "Read the toolkit today.");
    expect(await ui.editor(moderator).locator("a").allTextContents()).toEqual(["toolkit"]);
  });

  it("a pasted table keeps its rows and cells, for the other writer too", async () => {
    await caretToEnd(moderator);
    await moderator.keyboard.press("Enter");
    await paste(moderator, {
      html: "<table><tr><th>Factor</th><th>Rating</th></tr><tr><td>Migrant voice</td><td>Partly</td></tr><tr><td>Employers</td><td>Wholly</td></tr></table>",
      text: "Factor\tRating\nMigrant voice\tPartly\nEmployers\tWholly",
    });
    for (const page of [moderator, peer]) {
      const table = ui.editor(page).locator("table");
      await table.waitFor({ timeout: 15_000 });
      expect(await table.locator("tr").count()).toBe(3);
      expect(await table.locator("th").allTextContents()).toEqual(["Factor", "Rating"]);
      const cells = await table.locator("td").evaluateAll((elements) =>
        elements.map((cell) => {
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
          return copy.textContent;
        }),
      );
      expect(cells).toEqual(["Migrant voice", "Partly", "Employers", "Wholly"]);
    }
  });

  it("a pasted screenshot is uploaded and shown to both writers; a too large one is refused visibly", async () => {
    await caretToEnd(moderator);
    await paste(moderator, { files: [{ name: "site-visit_day-2.png", type: "image/png", base64: PNG_BASE64 }] });
    for (const page of [moderator, peer]) {
      const image = ui.editor(page).locator("img.report-image");
      await image.waitFor({ timeout: 15_000 });
      expect(await image.getAttribute("src")).toMatch(/^\/api\/images\/[a-z0-9]{16}$/);
      expect(await image.getAttribute("alt")).toBe("site visit day 2");
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBe(2);
    }

    await paste(moderator, { files: [{ name: "poster.png", type: "image/png", size: 5 * 1024 * 1024 + 1 }] });
    const alert = moderator.getByRole("alert").filter({ hasText: "poster.png was not added" });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain("Images are limited to 5 MB");
    expect(await ui.editor(moderator).locator("img.report-image").count()).toBe(1);
    await moderator.screenshot({ path: path.join(ARTIFACTS_DIR, "rich-content.png"), fullPage: true });
    await alert.getByRole("button", { name: "Close" }).click();
    await alert.waitFor({ state: "detached" });
    expect(browserErrors).toEqual([]);
  });

  it("the toolbar inserts a table and edits its rows, opens the link dialog, and picks an image file", async () => {
    await caretToEnd(moderator);
    await moderator.keyboard.press("Enter");
    const toolbar = moderator.getByRole("toolbar", { name: "Formatting" });
    await toolbar.getByRole("button", { name: "Insert table" }).click();
    const tables = ui.editor(moderator).locator("table");
    await expect.poll(() => tables.count()).toBe(2);
    const inserted = tables.nth(1);
    expect(await inserted.locator("tr").count()).toBe(3);
    expect(await inserted.locator("th").count()).toBe(3);
    const tableBar = moderator.getByRole("toolbar", { name: "Table" });
    await tableBar.getByRole("button", { name: "Row below" }).click();
    await expect.poll(() => inserted.locator("tr").count()).toBe(4);
    await tableBar.getByRole("button", { name: "Delete table" }).click();
    await expect.poll(() => tables.count()).toBe(1);
    await tableBar.waitFor({ state: "detached" });

    await toolbar.getByRole("button", { name: "Link" }).click();
    const dialog = moderator.getByRole("dialog", { name: "Add a link" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    const chooser = moderator.waitForEvent("filechooser");
    await toolbar.getByRole("button", { name: "Insert image" }).click();
    await (await chooser).setFiles({ name: "workshop.png", mimeType: "image/png", buffer: Buffer.from(PNG_BASE64, "base64") });
    await expect.poll(() => ui.editor(peer).locator("img.report-image").count(), { timeout: 15_000 }).toBe(2);
    expect(await ui.editor(peer).locator('img.report-image[alt="workshop"]').count()).toBe(1);
    expect(browserErrors).toEqual([]);
  });
});
