import type { Editor } from "@tiptap/core";
import { TextSelection, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** A text selection by its two ends, as positions in the editor's document. */
export type SelectionEnds = { anchor: number; head: number };

/**
 * The browser's selection in the editor when the editor has not read it yet, or null (it has,
 * the selection is elsewhere, an IME composition is under way, or it cannot be mapped).
 *
 * ProseMirror reads a selection the browser moved itself (a caret key, a click) on the next
 * `selectionchange`, a task of its own. A transaction dispatched before that task puts the
 * editor's older selection back into the page, and the move is lost: a command run from the
 * next key (Enter, Backspace: ProseMirror's key commands act on its own selection), a
 * collaborator's caret redrawn, a collaborator's change. Each of those reads this first.
 */
export function unreadDomSelection(view: EditorView): SelectionEnds | null {
  if (view.isDestroyed || view.composing || typeof window === "undefined") return null;
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const current = view.state.selection;
    // A selected image, table cells or the whole document: the page shows ProseMirror's own rendering of it.
    if (!(current instanceof TextSelection)) return null;
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    if (anchor === current.anchor && head === current.head) return null;
    const doc = view.state.doc;
    if (!doc.resolve(anchor).parent.inlineContent || !doc.resolve(head).parent.inlineContent) return null;
    return { anchor, head };
  } catch {
    // A position ProseMirror cannot map (inside a widget): keep its own selection.
    return null;
  }
}

/** Makes `tr` (built on the view's current state) carry the browser's selection if the editor has not read it yet. */
export function withUnreadDomSelection(view: EditorView, tr: Transaction): Transaction {
  const unread = unreadDomSelection(view);
  return unread ? tr.setSelection(TextSelection.create(tr.doc, unread.anchor, unread.head)) : tr;
}

/** Makes the view's selection the one the browser shows, if the editor has not read it yet (before a command runs on it). */
export function takeUnreadDomSelection(view: EditorView): void {
  const unread = unreadDomSelection(view);
  if (unread) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, unread.anchor, unread.head)));
}

/** `takeUnreadDomSelection` for an editor (commands from the toolbar, the sidebar, shortcuts). */
export function takeDomSelection(editor: Editor): void {
  takeUnreadDomSelection(editor.view);
}
