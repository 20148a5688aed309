import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, typeInto } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { caretToEnd, editorText, shareSession, ui, waitForEditorText, type EditorElement } from "./reportPage.ts";

/**
 * A caret moved by a key is read by ProseMirror on the browser's next `selectionchange`, a task
 * of its own. A collaborator's change or caret landing before it must not put the editor's older
 * selection back (the next key would then type, or Enter split, somewhere else). The tests hold
 * `selectionchange` back, so the editor's own reading cannot come first: what they check is that
 * the redraw keeps the browser's selection.
 */

const FIRST = "Alpha one.";
const SECOND = "Beta two.";
const THIRD = "Gamma three.";

/** Where the page's selection is: its node's text and offset, collapsed or not. */
type PageSelection = { text: string | null; offset: number; collapsed: boolean };

describe("a caret move by key survives a collaborator's change and caret (Chromium)", () => {
  let server: TestServer;
  let team: Team<"peer">;
  let browser: Browser;
  let page: Page;
  let collaborator: CollabClient;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    collaborator = connectDoc(server, team.members.peer.cookieHeader, team.reportDoc);
    await collaborator.whenSynced();
    for (const text of [FIRST, SECOND, THIRD]) appendParagraph(collaborator.doc, text);

    browser = await launchChromium();
    browser.page.on("pageerror", (error) => browserErrors.push(error.message));
    await shareSession(browser.context, team.moderator, server.url);
    page = browser.page;
    await page.goto(`${server.url}/reviews/${team.reviewId}/report`);
    await waitForEditorText(page, THIRD, 20_000);
  }, 120_000);

  afterAll(async () => {
    collaborator?.destroy();
    await browser?.close();
    await server?.cleanup();
  });

  /** Holds back (or lets through again) the browser's `selectionchange` before any listener of the page hears it. */
  const holdSelectionChanges = (held: boolean) =>
    page.evaluate((held) => {
      const win = window as Window & { heldSelectionChanges?: (event: Event) => void };
      if (held && !win.heldSelectionChanges) {
        win.heldSelectionChanges = (event) => event.stopImmediatePropagation();
        window.addEventListener("selectionchange", win.heldSelectionChanges, { capture: true });
      } else if (!held && win.heldSelectionChanges) {
        window.removeEventListener("selectionchange", win.heldSelectionChanges, { capture: true });
        delete win.heldSelectionChanges;
      }
    }, held);

  /** Moves the page's caret into the first paragraph's text, at `offset`, as a caret key would (the editor is not told). */
  const moveCaretInPage = (offset: number) =>
    ui.editor(page).evaluate((editor, offset) => {
      const text = editor.querySelector("p")?.firstChild;
      if (!(text instanceof Text)) throw new Error("the first paragraph holds no text");
      window.getSelection()?.collapse(text, offset);
    }, offset);

  const pageSelection = () =>
    page.evaluate((): PageSelection => {
      const selection = window.getSelection();
      return { text: selection?.anchorNode?.textContent ?? null, offset: selection?.anchorOffset ?? -1, collapsed: selection?.isCollapsed ?? false };
    });

  /** The editor's own caret, as an offset into the first paragraph (its text starts at position 1), or null elsewhere. */
  const editorCaretInFirst = () =>
    ui.editor(page).evaluate((element, length) => {
      const selection = (element as EditorElement).editor?.state.selection;
      if (!selection?.empty || selection.head < 1 || selection.head > 1 + length) return null;
      return selection.head - 1;
    }, FIRST.length);

  /** Puts the caret at the end in editor and page alike, then moves it in the page only, to `offset` in the first paragraph. */
  const caretMovedUnread = async (offset: number) => {
    await holdSelectionChanges(false);
    await caretToEnd(page);
    await holdSelectionChanges(true);
    await moveCaretInPage(offset);
    // Held back: the editor still has its caret at the end.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await editorCaretInFirst()).toBeNull();
  };

  it("a collaborator's change arriving before the editor read the move keeps the caret where the key put it", async () => {
    await caretMovedUnread(2);
    typeInto(collaborator.doc, 1, 0, "New: ");
    await waitForEditorText(page, `New: ${SECOND}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await pageSelection()).toEqual({ text: FIRST, offset: 2, collapsed: true });
    expect(await editorCaretInFirst()).toBe(2);

    await holdSelectionChanges(false);
    await page.keyboard.type("Q");
    await waitForEditorText(page, "AlQpha one.");
    await waitFor(() => collaborator.doc.getXmlFragment(EDITOR_FRAGMENT).toString().includes("AlQpha one."), { description: "the typed letter at the collaborator" });
  });

  it("a collaborator's caret drawn before the editor read the move keeps the caret where the key put it", async () => {
    await caretMovedUnread(4);
    const third = collaborator.doc.getXmlFragment(EDITOR_FRAGMENT).get(2) as Y.XmlElement;
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(third.get(0) as Y.XmlText, 3));
    collaborator.awareness.setLocalStateField("cursor", { anchor: at, head: at });
    await waitFor(() => ui.editor(page).locator(".collaboration-carets__caret").count().then((count) => count > 0), { description: "the collaborator's caret drawn" });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await pageSelection()).toMatchObject({ offset: 4, collapsed: true });
    expect(await editorCaretInFirst()).toBe(4);

    await holdSelectionChanges(false);
    await page.keyboard.type("Z");
    await waitFor(async () => (await editorText(page)).startsWith("AlQpZha one."), { description: "the letter typed where the key put the caret" });
  });

  it("Enter pressed before the editor read a caret move splits at the caret, not the passage selected before", async () => {
    // The editor holds a selection of the second paragraph's first word; the page's caret goes into the first one.
    await holdSelectionChanges(false);
    await ui.editor(page).locator("p").nth(1).dblclick({ position: { x: 8, y: 8 } });
    await waitFor(
      () => ui.editor(page).evaluate((element) => !((element as EditorElement).editor?.state.selection.empty ?? true)),
      { description: "a word selected in the editor" },
    );
    const selectedWord = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selectedWord.length).toBeGreaterThan(0);
    await holdSelectionChanges(true);
    await moveCaretInPage(2);
    await page.keyboard.press("Enter");
    await holdSelectionChanges(false);
    await waitFor(async () => (await editorText(page)).startsWith("Al\nQpZha one."), { description: "the first paragraph split at the caret" });
    expect(await editorText(page)).toContain(`New: ${SECOND}`);
    expect(browserErrors).toEqual([]);
  });
});
