import type { BrowserContext, Locator, Page } from "playwright-core";
import type { ApiClient } from "../support/apiClient.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * How the end-to-end tests find things in the client. Kept in one place so that a
 * change of wording in the UI is a change here only.
 */
export const ui = {
  /** The report editor: Tiptap's `.ProseMirror`, a multi-line textbox named by the "Findings report" heading. */
  editor: (page: Page): Locator => page.getByRole("textbox", { name: "Findings report" }),
  caretLabels: (page: Page): Locator => page.locator(".collaboration-carets__caret .collaboration-carets__label"),
  readOnlyNotice: (page: Page): Locator => page.getByText("You are reading this report", { exact: true }),
  signIn: {
    email: (page: Page) => page.getByLabel("Email address", { exact: true }),
    password: (page: Page) => page.getByLabel("Password", { exact: true }),
    submit: (page: Page) => page.getByRole("button", { name: "Sign in", exact: true }),
  },
};

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughUi(page: Page, baseUrl: string, account: { email: string; password: string }, next: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await ui.signIn.email(page).fill(account.email);
  await ui.signIn.password(page).fill(account.password);
  await ui.signIn.submit(page).click();
  await page.waitForURL((url) => url.pathname === next, { timeout: 15_000 });
}

/** Gives a browser the session an API client already holds (skips the sign-in page). */
export async function shareSession(context: BrowserContext, client: ApiClient, baseUrl: string): Promise<void> {
  const cookies = client.cookieHeader
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf("=");
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseUrl };
    });
  await context.addCookies(cookies);
}

/** The editor's text, block by block, without the collaborators' caret labels drawn inside it. */
export async function editorText(page: Page): Promise<string> {
  const text = await ui.editor(page).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return Array.from(copy.children, (block) => block.textContent ?? "").join("\n");
  });
  return text.replace(/\u00a0/g, " ");
}

/** Waits until the page's editor shows `text`. */
export async function waitForEditorText(page: Page, text: string, timeout = 15_000): Promise<void> {
  await waitFor(async () => (await editorText(page)).includes(text), { timeout, description: `the editor to show "${text}"` });
}

/** The slice of a Tiptap editor's state this file reads (Tiptap sets `editor` on its DOM element). */
export type EditorElement = HTMLElement & {
  editor?: { state: { selection: { empty: boolean; head: number; from: number; to: number }; doc: { content: { size: number }; textBetween(from: number, to: number): string } } };
};

/**
 * The text after the caret in the editor's own state (at most `length` characters; all of it for
 * -1), or null while its selection, or the page's, is not collapsed.
 */
async function textAfterCaret(editor: Locator, length: number): Promise<string | null> {
  return editor.evaluate((element, length) => {
    const state = (element as EditorElement).editor?.state;
    if (!state || !state.selection.empty || !window.getSelection()?.isCollapsed) return null;
    const { head } = state.selection;
    const end = length < 0 ? state.doc.content.size : Math.min(head + length, state.doc.content.size);
    return state.doc.textBetween(head, end);
  }, length);
}

/**
 * Moves the caret with `move` until the editor's own state holds it where `after` is the text
 * after it (the whole rest of the document when `wholeRest`, else its start). ProseMirror reads
 * the browser's selection on `selectionchange`, after the key; a redraw before that (a peer's
 * caret, the offline status) puts the old selection back, so the move is made again until the
 * editor has taken it. A key pressed before that acts on the old selection (Enter would replace it).
 */
export async function moveCaretUntil(page: Page, move: () => Promise<void>, after: string, wholeRest: boolean, editor: Locator = ui.editor(page)): Promise<void> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    await move();
    const settleBy = Date.now() + 1_000;
    let seen: string | null;
    do {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      seen = await textAfterCaret(editor, wholeRest ? -1 : after.length);
      if (seen === after) return;
    } while (Date.now() < settleBy);
    if (Date.now() > deadline) throw new Error(`the editor's caret did not settle before ${JSON.stringify(after)} (after it: ${JSON.stringify(seen?.slice(0, 200) ?? "a selection")})`);
  }
}

/** Clicks into `editor` and moves the caret to the end of the document (see `moveCaretUntil`). */
export async function caretToEnd(page: Page, editor: Locator = ui.editor(page)): Promise<void> {
  await editor.click();
  await moveCaretUntil(page, () => page.keyboard.press("Control+End"), "", true, editor);
}

/** Types at the end of the document (click into the editor, move to the end, type). */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await caretToEnd(page);
  await page.keyboard.type(text, { delay: 15 });
}

/** "#aabbcc" as the rgb() string the browser reports for a computed colour. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
