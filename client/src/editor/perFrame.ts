import type { Editor } from "@tiptap/core";
import { IDLE_TIMEOUT_MS, perFrame, whenIdle } from "../ui/scheduling.ts";

/**
 * Calls `read` at once, then once before the next frame after any number of the editor's
 * transactions (and of the browser's `selectionchange`, with `selection`). Remote writers send
 * dozens of transactions a second; a reader that measures the page (or walks the whole
 * document) on each would force a layout per keystroke of anyone, where one per frame shows
 * the same.
 */
export function onEditorChangePerFrame(editor: Editor, read: () => void, options: { selection?: boolean } = {}): () => void {
  const scheduler = perFrame(() => {
    if (!editor.isDestroyed) read();
  });
  read();
  editor.on("transaction", scheduler.schedule);
  // A read-only editor's selection changes without transactions.
  if (options.selection) document.addEventListener("selectionchange", scheduler.schedule);
  return () => {
    editor.off("transaction", scheduler.schedule);
    document.removeEventListener("selectionchange", scheduler.schedule);
    scheduler.cancel();
  };
}

/** Like `onEditorChangePerFrame`, but reads when the browser is idle after the editor's transactions. */
export function onEditorChangeWhenIdle(editor: Editor, read: () => void, timeout = IDLE_TIMEOUT_MS): () => void {
  const scheduler = whenIdle(() => {
    if (!editor.isDestroyed) read();
  }, timeout);
  read();
  editor.on("transaction", scheduler.schedule);
  return () => {
    editor.off("transaction", scheduler.schedule);
    scheduler.cancel();
  };
}
