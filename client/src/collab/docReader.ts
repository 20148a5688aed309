import { useSyncExternalStore } from "react";
import type * as Y from "yjs";

type Store<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

/**
 * One cached read of the board per document version: every update (local, remote, or from
 * the IndexedDB copy) marks it stale, and the next render reads and validates it again.
 */
export function storeFor<T>(stores: WeakMap<Y.Doc, Store<T>>, doc: Y.Doc, read: (doc: Y.Doc) => T, empty: T): Store<T> {
  let store = stores.get(doc);
  if (store) return store;
  let stale = true;
  let snapshot: T = empty;
  const listeners = new Set<() => void>();
  const onUpdate = () => {
    stale = true;
    for (const listener of listeners) listener();
  };
  // Watched for the document's whole life, not only while someone listens: React reads the
  // snapshot when it renders and subscribes later, and an update in between (the server's
  // first sync, say) must not leave a stale empty read cached for good.
  doc.on("update", onUpdate);
  store = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      if (stale) {
        snapshot = read(doc);
        stale = false;
      }
      return snapshot;
    },
  };
  stores.set(doc, store);
  return store;
}

const noSubscription = () => () => {};

/**
 * A hook reading one document with `read` (validating pure function), cached per document
 * version and re-rendering on every change. `empty` is the value while there is no document.
 */
export function createDocReader<T>(read: (doc: Y.Doc) => T, empty: T): (doc: Y.Doc | null) => T {
  const stores = new WeakMap<Y.Doc, Store<T>>();
  const emptySnapshot = () => empty;
  return function useDocRead(doc) {
    const store = doc ? storeFor(stores, doc, read, empty) : null;
    return useSyncExternalStore(store ? store.subscribe : noSubscription, store ? store.getSnapshot : emptySnapshot);
  };
}
