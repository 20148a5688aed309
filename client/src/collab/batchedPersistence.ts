import type { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { whenIdle } from "../ui/scheduling.ts";

/** The longest changes wait for IndexedDB while the page stays busy. */
const STORE_WITHIN_MS = 250;

/**
 * y-indexeddb writes each update of the document to IndexedDB as it happens: an IndexedDB
 * transaction inside every keystroke, and inside every remote keystroke of everyone else (with
 * twenty people typing, sixty a second). Here updates are collected and written as one merged
 * update when the browser is idle (at most STORE_WITHIN_MS later), and at once when the page is
 * hidden or left, or the session ends. Returns the undo of this (which writes what is pending).
 */
export function batchPersistence(doc: Y.Doc, persistence: IndexeddbPersistence): () => void {
  const store = persistence._storeUpdate;
  let pending: Uint8Array[] = [];
  const flush = () => {
    scheduler.cancel();
    if (pending.length === 0) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    store(update, null);
  };
  const scheduler = whenIdle(flush, STORE_WITHIN_MS);
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // What IndexedDB itself loaded is there already.
    if (origin === persistence) return;
    pending.push(update);
    scheduler.schedule();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") flush();
  };
  doc.off("update", store);
  doc.on("update", onUpdate);
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    flush();
    doc.off("update", onUpdate);
    window.removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}
