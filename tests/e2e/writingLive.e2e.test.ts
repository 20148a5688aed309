import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import * as Y from "yjs";
import { COLLAB_LIMITS, EDITOR_FRAGMENT } from "@review/shared";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc } from "../support/collabClient.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { appendParagraph } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { comments, selectInEditor } from "./commentsPage.ts";
import { caretToEnd, editorText, shareSession, typeAtEnd, ui, waitForEditorText, type EditorElement } from "./reportPage.ts";

/**
 * Issue 12, bugs 1, 3 and 6: what two people writing one long report at once meet. The report
 * is several screens long (seeded over the socket before the browsers open).
 */

const FILLER =
  "The partnership's job coaches meet each newcomer within two weeks of arrival, agree on a plan and follow it up monthly with the employers who offered placements.";
const PARAGRAPHS = 70;
/** Passages far down the report, each the start of its own paragraph. */
const FAR_PASSAGE = "Far down, the employer forum";
const FARTHER_PASSAGE = "At the very end, the mentors";
const WRITE_REJECTED = "Your changes were not accepted";

/** Where a box sits in the viewport, and whether the page draws something else on top of it. */
type Placement = { top: number; bottom: number; viewport: number; headerBottom: number; covered: boolean };

/**
 * The lowest bottom edge of the sticky bars pinned at the top of the viewport (the app's top bar,
 * the report's header and toolbar) that overlap `element` horizontally.
 */
async function placement(locator: Locator): Promise<Placement> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    let headerBottom = 0;
    for (const candidate of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const position = getComputedStyle(candidate).position;
      if (position !== "sticky" && position !== "fixed") continue;
      const box = candidate.getBoundingClientRect();
      if (box.height === 0 || box.top > 1 + Number.parseFloat(getComputedStyle(candidate).top || "0")) continue;
      if (box.right <= rect.left || box.left >= rect.right) continue;
      headerBottom = Math.max(headerBottom, box.bottom);
    }
    // Something drawn over the box's first line (a sticky bar) is what hides it from the user.
    const probeY = rect.top + Math.min(12, rect.height / 2);
    const hit = document.elementFromPoint(rect.left + Math.min(24, rect.width / 2), probeY);
    const covered = probeY < 0 || probeY > window.innerHeight || hit === null || !(element === hit || element.contains(hit));
    return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight, headerBottom, covered };
  });
}

/** The top of `passage` (the selected text) in the viewport; the selection itself moves to the box's field. */
const passageTop = (page: Page, passage: string) =>
  ui.editor(page).evaluate((editor, wanted) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().top;
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, passage);

describe("writing together in a long report in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peerBrowser: Browser;
  let peer: Page;
  const browserErrors: string[] = [];
  let reportPath: string;

  const confirmInDialog = async (page: Page, action: string) => {
    await page.getByRole("button", { name: action, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("button", { name: action, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  };
  const presenceOf = (page: Page, name: string) => page.locator(".report__header .presence").getByRole("img", { name: new RegExp(`^${name},`) });

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    reportPath = `/reviews/${team.reviewId}/report`;

    const seeder = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await seeder.whenSynced();
    for (let index = 0; index < PARAGRAPHS; index += 1) {
      const lead = index === PARAGRAPHS - 30 ? `${FAR_PASSAGE} meets monthly. ` : index === PARAGRAPHS - 1 ? `${FARTHER_PASSAGE} close the gap. ` : "";
      appendParagraph(seeder.doc, `${lead}${index + 1}. ${FILLER}`);
    }

    for (const [label, client] of [
      ["moderator", team.moderator],
      ["peer", team.members.peer],
    ] as const) {
      const browser = await launchChromium();
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      await shareSession(browser.context, client, server.url);
      await browser.page.goto(`${server.url}${reportPath}`);
    }
    [moderator, peer] = browsers.map((browser) => browser.page) as [Page, Page];
    peerBrowser = browsers[1]!;
    for (const page of [moderator, peer]) await waitForEditorText(page, FARTHER_PASSAGE, 20_000);
    seeder.destroy();
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  // Bug 3: the new-comment box opened at the top of the margin, its input under the sticky header.
  const expectComposerBesideSelection = async (page: Page, passage: string, picture: string) => {
    const composer = comments.margin(page).locator(".thread--draft");
    const field = comments.margin(page).getByRole("combobox", { name: "Your comment" });
    await field.waitFor({ state: "visible" });
    const check = async () => {
      const [box, input, selected, focused] = await Promise.all([
        placement(composer),
        placement(field),
        passageTop(page, passage),
        field.evaluate((element) => element === document.activeElement),
      ]);
      return { box, input, selected, focused };
    };
    let last: Awaited<ReturnType<typeof check>> | null = null;
    // The card slides to its place (120 ms) and the page scrolls; then it must stay there.
    await waitFor(
      async () => {
        last = await check();
        const { box, input, selected, focused } = last;
        return focused && !input.covered && box.top >= box.headerBottom && box.bottom <= box.viewport && Math.abs(box.top - selected) <= 48;
      },
      { timeout: 5_000, description: "the comment box beside the selection, in view, its input focused" },
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}: ${JSON.stringify(last)}`);
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const settled = await check();
    expect(settled.focused).toBe(true);
    expect(settled.input.covered).toBe(false);
    expect(settled.box.top).toBeGreaterThanOrEqual(settled.box.headerBottom);
    expect(settled.box.bottom).toBeLessThanOrEqual(settled.box.viewport);
    expect(Math.abs(settled.box.top - settled.selected)).toBeLessThanOrEqual(48);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `writing-live-${picture}.png`) });
  };

  it("the new-comment box opens beside a passage far down, in view below the sticky header, its input focused (button)", async () => {
    await ui.editor(moderator).locator("p", { hasText: FAR_PASSAGE }).scrollIntoViewIfNeeded();
    await selectInEditor(moderator, FAR_PASSAGE);
    await comments.addButton(moderator).waitFor({ state: "visible", timeout: 10_000 });
    await comments.addButton(moderator).click();
    await expectComposerBesideSelection(moderator, FAR_PASSAGE, "01-comment-box-button");
    await moderator.keyboard.press("Escape");
    await comments.margin(moderator).locator(".thread--draft").waitFor({ state: "detached" });
  });

  it("the new-comment box opens beside the selection with Ctrl+Alt+M too, near the end of the report", async () => {
    // Scrolled so that the passage sits just below the sticky bars: the box must not hide under them.
    await ui.editor(moderator).locator("p", { hasText: FARTHER_PASSAGE }).evaluate((element) => {
      element.scrollIntoView({ block: "start" });
      window.scrollBy(0, -70);
    });
    await selectInEditor(moderator, FARTHER_PASSAGE);
    await moderator.keyboard.press("Control+Alt+M");
    await expectComposerBesideSelection(moderator, FARTHER_PASSAGE, "02-comment-box-shortcut");
    await moderator.keyboard.press("Escape");
    await comments.margin(moderator).locator(".thread--draft").waitFor({ state: "detached" });
  });

  // Bug 6: the connection state scrolled out of view.
  it("the connection state stays in view at the bottom of a long report", async () => {
    await moderator.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitFor(() => moderator.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2), {
      description: "the page to be scrolled to its end",
    });
    const badge = moderator.locator(".report__header .connection");
    const where = await placement(badge);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.viewport);
    expect(where.covered).toBe(false);
    expect(await badge.locator(".connection__label").textContent()).toBe("Saved");
    await moderator.screenshot({ path: path.join(ARTIFACTS_DIR, "writing-live-03-bottom-connection.png") });
  });

  // Typing lag (bug 5): blocks off screen are not laid out (content-visibility), and Chromium's own
  // Ctrl+End then stopped at the start of the last paragraph, Ctrl+Shift+End selected short of it.
  it("Ctrl+End goes to the very end of a long report, on screen, and Ctrl+Shift+Home selects all the way back", async () => {
    const editor = ui.editor(moderator);
    await editor.click();
    await moderator.keyboard.press("Control+Home");
    await moderator.keyboard.press("Control+End");
    const selection = () =>
      editor.evaluate((element) => {
        const state = (element as EditorElement).editor!.state;
        return { from: state.selection.from, to: state.selection.to, start: 1, end: state.doc.content.size - 1 };
      });
    await waitFor(async () => {
      const now = await selection();
      return now.from === now.end && now.to === now.end;
    }, { timeout: 5_000, description: "the caret at the end of the report" });
    const caretTop = await moderator.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    expect(caretTop).toBeGreaterThan(0);
    expect(caretTop).toBeLessThan(await moderator.evaluate(() => window.innerHeight));

    await moderator.keyboard.press("Control+Shift+Home");
    await waitFor(async () => {
      const now = await selection();
      return now.from === now.start && now.to === now.end;
    }, { timeout: 5_000, description: "the whole report selected" });
    await moderator.keyboard.press("ArrowRight");
  });

  // Typing lag (bug 5): the badge said Syncing… with a spinning icon on every key; the spinner kept
  // the browser drawing frames on a fixed beat, and each key waited for the next one to be painted.
  it("the connection state says Syncing… without a spinner while someone types, then Saved", async () => {
    const label = moderator.locator(".report__header .connection .connection__label");
    await waitFor(async () => (await label.textContent()) === "Saved", { description: "the badge to say Saved" });
    await moderator.evaluate(`window.__badgeSeen = new Set(); (function probe() {
      const badge = document.querySelector(".report__header .connection");
      window.__badgeSeen.add(badge.querySelector(".connection__label").textContent + (badge.querySelector(".spinner") ? " (spinner)" : ""));
      if (!window.__badgeStop) setTimeout(probe, 2);
    })()`);
    await caretToEnd(moderator);
    await moderator.keyboard.type(" Typed at twelve keys a second.", { delay: 80 });
    await waitForEditorText(peer, "Typed at twelve keys a second.");
    await waitFor(async () => (await label.textContent()) === "Saved", { description: "the badge to say Saved again" });
    const seen = await moderator.evaluate("window.__badgeStop = true; [...window.__badgeSeen]");
    expect(seen).toEqual(["Saved", "Syncing…"]);
  });

  // Typing lag (bug 5): a remote change no longer scrolls the caret into view (which measured the
  // whole report per remote keystroke); the browser's scroll anchoring keeps the writer's place.
  it("a writer's line stays put on screen while a peer adds paragraphs far above it", async () => {
    await caretToEnd(moderator);
    const before = await passageTop(moderator, FARTHER_PASSAGE);
    const scrolledBefore = await moderator.evaluate(() => window.scrollY);
    const writer = connectDoc(server, team.members.peer.cookieHeader, team.reportDoc);
    await writer.whenSynced();
    for (let index = 1; index <= 8; index += 1) {
      writer.doc.transact(() => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(`Added above ${index}. ${FILLER}`)]);
        writer.doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph]);
      });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await waitForEditorText(moderator, "Added above 8.", 10_000);
    writer.destroy();
    await moderator.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(Math.abs((await passageTop(moderator, FARTHER_PASSAGE)) - before)).toBeLessThanOrEqual(4);
    expect(await moderator.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore);
    await moderator.keyboard.type(" Still here.");
    await waitFor(async () => /\n[^\n]*close the gap[^\n]* Still here\.$/.test(await editorText(moderator)), {
      description: "the moderator's typing to land at the caret it had before",
    });
  });

  // Bug 6: a peer who went offline still showed as present.
  it("a peer who goes offline leaves the others' presence within seconds, and comes back when online", async () => {
    const peerName = team.members.peer.user!.name;
    await presenceOf(moderator, peerName).waitFor({ state: "visible", timeout: 15_000 });
    // The bound: each heartbeatMs (4 s) the server sends every browser a keep-alive frame and ends
    // a socket that answered nothing since the previous one, so a peer is dropped 4 to 8 s after its
    // last answer; 2 s more for the removal to reach the other browser. (Chromium's emulated offline
    // holds back the page's frames, its close frames included, but still answers pings: the answer
    // has to be data.)
    const bound = 2 * COLLAB_LIMITS.heartbeatMs + 2_000;
    await peerBrowser.context.setOffline(true);
    const since = Date.now();
    try {
      await waitFor(async () => (await presenceOf(moderator, peerName).count()) === 0, {
        timeout: bound,
        interval: 100,
        description: "the offline peer to leave the moderator's presence bar",
      });
      console.log(`[writing-live] the offline peer left the presence bar after ${Date.now() - since} ms`);
    } finally {
      await peerBrowser.context.setOffline(false);
    }
    await presenceOf(moderator, peerName).waitFor({ state: "visible", timeout: 20_000 });
  });

  // Bug 1: reopening a final report left open editors read-only with a false "not accepted" error.
  it("final turns the peer's open editor read-only with a calm notice, and reopening makes it writable again, live", async () => {
    await waitFor(async () => (await peer.locator(".report__header .connection .connection__label").textContent()) === "Saved", {
      timeout: 20_000,
      description: "the peer to be connected again",
    });
    // A correction (typed, then partly deleted): the report now holds deletions as well as insertions.
    await typeAtEnd(peer, " Draft wordingg");
    await peer.keyboard.press("Backspace");
    await waitForEditorText(moderator, "Draft wording");
    await waitFor(async () => !(await editorText(moderator)).includes("wordingg"), { description: "the deletion to reach the moderator" });

    await confirmInDialog(moderator, "Finalise");
    for (const page of [moderator, peer]) {
      await waitFor(async () => (await ui.editor(page).getAttribute("contenteditable")) === "false", {
        timeout: 15_000,
        description: "the editor to become read-only without reload",
      });
      await page.getByText("This report is final", { exact: true }).waitFor({ state: "visible" });
    }
    // Reconnected to the locked report: the badge says so, and nothing speaks of refused changes.
    await waitFor(async () => (await peer.locator(".report__header .connection .connection__label").textContent()) === "Live", {
      timeout: 15_000,
      description: "the peer's reconnected badge",
    });
    for (const page of [moderator, peer]) expect(await page.getByText(WRITE_REJECTED).count()).toBe(0);

    await confirmInDialog(moderator, "Reopen");
    for (const page of [moderator, peer]) {
      await waitFor(async () => (await ui.editor(page).getAttribute("contenteditable")) === "true", {
        timeout: 15_000,
        description: "the editor to become editable again without reload",
      });
    }
    await typeAtEnd(peer, " Revised after reopening.");
    await waitForEditorText(moderator, "Revised after reopening.");
    await waitFor(async () => (await peer.locator(".report__header .connection .connection__label").textContent()) === "Saved", {
      timeout: 15_000,
      description: "the peer's edit to be confirmed saved",
    });
    for (const page of [moderator, peer]) {
      expect(await page.getByText(WRITE_REJECTED).count()).toBe(0);
      // Visible alerts only: the shared assertive announcer region is always in the page.
      expect(await page.locator('[role="alert"]:not([data-announcer])').count()).toBe(0);
    }
    await peer.evaluate(() => window.scrollTo(0, 0));
    await peer.screenshot({ path: path.join(ARTIFACTS_DIR, "writing-live-04-reopened-peer.png") });
    expect(browserErrors).toEqual([]);
  });
});
