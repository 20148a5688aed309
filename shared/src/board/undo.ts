import * as Y from "yjs";
import { boardRoot } from "./layout.ts";

/**
 * An undo manager for one client's own board changes: it tracks only transactions made
 * with `origin` (pass the same origin to every write), so undo never reverts a teammate's
 * work, and neither factor creation (SEED_ORIGIN) nor the removal of invisible duplicates
 * (HOUSEKEEPING_ORIGIN) is undone. Every write is its own step.
 */
export function createBoardUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  return new Y.UndoManager(boardRoot(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}
