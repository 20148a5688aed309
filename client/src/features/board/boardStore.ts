import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { readBoard, type FactorState } from "@review/shared/board";

type Store = { subscribe: (listener: () => void) => () => void; getSnapshot: () => ReadonlyMap<string, FactorState> };

const stores = new WeakMap<Y.Doc, Store>();
const EMPTY: ReadonlyMap<string, FactorState> = new Map();

/**
 * One cached read of the board per document version: every update (local, remote, or from
 * the IndexedDB copy) marks it stale, and the next render reads and validates it again.
 */
function storeFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  let stale = true;
  let snapshot: ReadonlyMap<string, FactorState> = EMPTY;
  const listeners = new Set<() => void>();
  const onUpdate = () => {
    stale = true;
    for (const listener of listeners) listener();
  };
  store = {
    subscribe(listener) {
      if (listeners.size === 0) doc.on("update", onUpdate);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) doc.off("update", onUpdate);
        stale = true; // updates are not watched while nobody listens
      };
    },
    getSnapshot() {
      if (stale) {
        snapshot = readBoard(doc);
        stale = false;
      }
      return snapshot;
    },
  };
  stores.set(doc, store);
  return store;
}

const noSubscription = () => () => {};
const emptySnapshot = () => EMPTY;

/** The board's factors as validated plain data, re-rendering on every change of the document. */
export function useBoardState(doc: Y.Doc | null): ReadonlyMap<string, FactorState> {
  const store = doc ? storeFor(doc) : null;
  return useSyncExternalStore(store ? store.subscribe : noSubscription, store ? store.getSnapshot : emptySnapshot);
}
