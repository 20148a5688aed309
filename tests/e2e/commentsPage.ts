import type { Locator, Page } from "playwright-core";
import { moveCaretUntil, ui, type EditorElement } from "./reportPage.ts";

/** A critical factor as the sidebar names it ("2 Migrant Voice"). */
export type SidebarFactor = { id: string; number: string; name: string };

/** The comment margin, list and finding replies of a report page. */
export const comments = {
  margin: (page: Page): Locator => page.getByRole("complementary", { name: "Comments beside the text" }),
  marginThread: (page: Page): Locator => comments.margin(page).locator("article.thread"),
  addButton: (page: Page): Locator => page.getByRole("button", { name: "Comment on the selected text" }),
  highlight: (page: Page): Locator => ui.editor(page).locator(".comment-anchor"),
  tab: (page: Page, name: "Benchmark" | "Comments"): Locator => page.getByRole("tab", { name: new RegExp(`^${name}`) }),
  panel: (page: Page): Locator => page.getByTestId("comments-panel"),
  factor: (page: Page, factor: SidebarFactor): Locator => page.locator(`li.bench-factor[data-factor-id="${factor.id}"]`),
};

/** Starts a thread on `text` from the margin's button and posts `body`. */
export async function commentOn(page: Page, text: string, body: string): Promise<void> {
  await selectInEditor(page, text);
  await comments.addButton(page).waitFor({ state: "visible", timeout: 10_000 });
  await comments.addButton(page).click();
  const field = comments.margin(page).getByRole("combobox", { name: "Your comment" });
  await field.waitFor({ state: "visible" });
  await field.fill(body);
  await field.press("Control+Enter");
}

/** The host (or moderator) replies to the finding on `factor` from its sidebar row. */
export async function replyToFinding(page: Page, factor: SidebarFactor, status: "Accepted" | "Contested" | "Evidence supplied", note: string): Promise<void> {
  await comments.tab(page, "Benchmark").click();
  const row = comments.factor(page, factor);
  await row.getByRole("button", { name: `Show passages of ${factor.number} ${factor.name}` }).click();
  await row.getByRole("group", { name: `Reply to the finding on ${factor.number} ${factor.name}` }).getByRole("radio", { name: status }).check();
  await row.getByLabel("Note for the team (optional)").fill(note);
  await row.getByRole("button", { name: "Save reply" }).click();
}

/**
 * Selects `text` inside the editor as a mouse drag would (the host's editor is read-only: no
 * caret to move), and waits until the editor's own state holds that selection. The editor reads
 * the browser's selection on "selectionchange", after this task; a redraw in between (a remote
 * change, a comment highlight arriving) puts the editor's old selection back, so the selection
 * is set again until the editor has taken it. A key pressed before that acts on the old selection.
 */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    await placeDomSelection(page, text);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const { selected, focused } = await ui.editor(page).evaluate((editor) => {
      const state = (editor as EditorElement).editor?.state;
      return {
        selected: state ? state.doc.textBetween(state.selection.from, state.selection.to) : null,
        focused: !(editor as HTMLElement).isContentEditable || document.activeElement === editor,
      };
    });
    if (selected === text && focused) return;
    if (Date.now() > deadline) throw new Error(`the editor did not take the selection of "${text}" (it holds "${selected}", focused: ${focused})`);
  }
}

/** Puts the caret just before `text` in a writable editor: selected, then ArrowLeft (see `moveCaretUntil`). */
export async function caretBefore(page: Page, text: string): Promise<void> {
  await moveCaretUntil(
    page,
    async () => {
      await selectInEditor(page, text);
      await page.keyboard.press("ArrowLeft");
    },
    text,
    false,
  );
}

/** Puts the browser's selection on `text`, searched in the editor's text nodes (caret labels aside). */
async function placeDomSelection(page: Page, text: string): Promise<void> {
  await ui.editor(page).evaluate((editor, wanted) => {
    // Highlights split the text into several nodes: search their concatenation.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(".collaboration-carets__caret")) nodes.push(node as Text);
    }
    const whole = nodes.map((node) => node.data).join("");
    const start = whole.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the editor`);
    const locate = (offset: number, preferNext: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const end = seen + node.data.length;
        if (offset < end || (offset === end && !preferNext)) return [node, offset - seen];
        seen = end;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    // Keys go to the focused element: after posting a comment, that may still be the margin's
    // button, and a selection placed in the editor does not move the focus there.
    if ((editor as HTMLElement).isContentEditable && document.activeElement !== editor) (editor as HTMLElement).focus({ preventScroll: true });
    const range = document.createRange();
    range.setStart(...locate(start, true));
    range.setEnd(...locate(start + wanted.length, false));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}
