import * as Y from "yjs";

/**
 * An undo manager for one client's own board changes: it tracks only transactions made
 * with `origin` (pass the same origin to every write), so undo never reverts a teammate's
 * work, and the removal of invisible duplicates (HOUSEKEEPING_ORIGIN) is not undone. Every
 * write is its own step. The scope is the whole document: each factor's cards are a root
 * array of their own, created as cards arrive.
 */
export function createBoardUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  return new Y.UndoManager(doc, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}
