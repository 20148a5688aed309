import type { Editor } from "@tiptap/core";

/** How long a change may wait when the page draws no frames (a hidden tab). */
const FALLBACK_MS = 100;

export type FrameScheduler = { schedule: () => void; cancel: () => void };

/** `run` at most once per frame, however often `schedule` is called before it. */
export function perFrame(run: () => void): FrameScheduler {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const fire = () => {
    cancel();
    run();
  };
  const schedule = () => {
    if (frame !== null || timer !== null) return;
    frame = requestAnimationFrame(fire);
    timer = setTimeout(fire, FALLBACK_MS);
  };
  return { schedule, cancel };
}

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
