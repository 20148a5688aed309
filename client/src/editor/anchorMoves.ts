import type { Editor } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceStep } from "@tiptap/pm/transform";
import type { EditorView } from "@tiptap/pm/view";
import type { CommentAnchor } from "@review/shared/comments";

/** A thread whose passage the editor followed into new Yjs items, and its anchor there. */
export type AnchorMove = { threadId: string; anchor: CommentAnchor };

type Listener = (moves: readonly AnchorMove[]) => void;

const listeners = new WeakMap<EditorView, Listener>();

/**
 * Whether a local edit may have moved text into new Yjs items, so that comment anchors (relative
 * positions into the old items) no longer find their passage. The editor's Yjs binding keeps the
 * items of text typed or deleted inside one paragraph, but splitting or joining blocks, changing a
 * block's type or pasting blocks rewrites whole paragraphs with the same words in new items.
 * Marks and attributes change in place.
 */
export function mayMoveText(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AttrStep) return false;
    if (!(step instanceof ReplaceStep)) return true;
    const before = tr.docs[index]!;
    const $from = before.resolve(step.from);
    const $to = before.resolve(step.to);
    const flat = step.slice.openStart === 0 && step.slice.openEnd === 0 && step.slice.content.childCount <= 1 && (step.slice.content.firstChild?.isInline ?? true);
    return !(flat && $from.sameParent($to) && $from.parent.isTextblock);
  });
}

/** Calls `listener` with the threads whose passages a local edit of `editor` moved (one listener per editor). */
export function onAnchorsMoved(editor: Editor, listener: Listener): () => void {
  const view = editor.view;
  listeners.set(view, listener);
  return () => {
    if (listeners.get(view) === listener) listeners.delete(view);
  };
}

/** Tells the editor's listener (the comments, which store the new anchors) about moved passages. */
export function announceAnchorMoves(view: EditorView, moves: readonly AnchorMove[]): void {
  if (moves.length > 0) listeners.get(view)?.(moves);
}
