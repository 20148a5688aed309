import type { CommentAnchor } from "@review/shared/comments";

/** Enough for a long run of undos and redos; an older anchor is forgotten first. */
const MAX_PER_THREAD = 20;

/**
 * The anchors this editor moved threads away from, newest last. Undoing the edit that moved a
 * passage (a split paragraph) deletes the items the current anchor points to and brings the
 * words back as copies of the old ones, which an earlier anchor finds again in this editor (its
 * undo manager links a deleted item to its copy, and Yjs follows the link). Redo swaps them
 * back. So after an undo or redo, an orphaned thread is anchored anew where the newest earlier
 * anchor that finds its passage points.
 */
export class EarlierAnchors {
  private readonly byThread = new Map<string, CommentAnchor[]>();

  /** `anchor` was the thread's anchor until this editor moved it. */
  remember(threadId: string, anchor: CommentAnchor): void {
    const list = this.byThread.get(threadId) ?? [];
    list.push(anchor);
    if (list.length > MAX_PER_THREAD) list.shift();
    this.byThread.set(threadId, list);
  }

  /**
   * What `find` gives for the newest earlier anchor of the thread it finds something for, or
   * null. That anchor leaves the list and `current` (the anchor that no longer finds the
   * passage) is remembered in its place.
   */
  takeBack<T>(threadId: string, current: CommentAnchor, find: (anchor: CommentAnchor) => T | null): T | null {
    const list = this.byThread.get(threadId);
    if (!list) return null;
    for (let index = list.length - 1; index >= 0; index -= 1) {
      const found = find(list[index]!);
      if (found === null) continue;
      list.splice(index, 1);
      list.push(current);
      return found;
    }
    return null;
  }
}
