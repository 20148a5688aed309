import { useSyncExternalStore } from "react";
import type * as Y from "yjs";

type Source<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

type Observable = { observeDeep(f: () => void): void; unobserveDeep(f: () => void): void };

/** Per doc, a cached reading of one of its Y types, re-read only when that type changes (for `useYTypeSource`). */
export type YTypeSource<T> = (doc: Y.Doc) => Source<T>;

/** A cached reading of one Y type of a doc, re-read only when the type changes. */
export function createYTypeSource<T>(observe: (doc: Y.Doc) => Observable, read: (doc: Y.Doc) => T): YTypeSource<T> {
  const sources = new WeakMap<Y.Doc, Source<T>>();
  return (doc: Y.Doc): Source<T> => {
    const existing = sources.get(doc);
    if (existing) return existing;
    let snapshot = read(doc);
    const listeners = new Set<() => void>();
    const onChange = () => {
      snapshot = read(doc);
      for (const listener of [...listeners]) listener();
    };
    const source: Source<T> = {
      subscribe(listener) {
        if (listeners.size === 0) {
          snapshot = read(doc);
          observe(doc).observeDeep(onChange);
        }
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
          if (listeners.size === 0) observe(doc).unobserveDeep(onChange);
        };
      },
      getSnapshot: () => snapshot,
    };
    sources.set(doc, source);
    return source;
  };
}

const noSubscription = () => () => {};

/** The source's reading of `doc`, live; `empty` (a stable value) while there is no doc. */
export function useYTypeSource<T>(create: YTypeSource<T>, doc: Y.Doc | null, empty: T): T {
  const source = doc ? create(doc) : null;
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.getSnapshot : () => empty);
}
