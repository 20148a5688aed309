import { useSyncExternalStore } from "react";
import type * as Y from "yjs";

type Source<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

/** The events of one change of an observed type. */
export type YChangeEvents = Y.YEvent<Y.AbstractType<unknown>>[];

type Observable = { observeDeep(f: (events: YChangeEvents) => void): void; unobserveDeep(f: (events: YChangeEvents) => void): void };

/** Reads the type; given the events of a change, it may re-read only what they touched and answer its previous value when nothing it reads changed. */
export type YTypeReader<T> = (doc: Y.Doc, events?: YChangeEvents) => T;

/** Per doc, a cached reading of one of its Y types, re-read only when that type changes (for `useYTypeSource`). */
export type YTypeSource<T> = (doc: Y.Doc) => Source<T>;

/**
 * A cached reading of one Y type of a doc, re-read only when the type changes; listeners are
 * told only when the reading is a new value. `createReader` gives each doc its own reader, so
 * that an incremental reader may keep state per doc.
 */
export function createIncrementalYTypeSource<T>(observe: (doc: Y.Doc) => Observable, createReader: () => YTypeReader<T>): YTypeSource<T> {
  const sources = new WeakMap<Y.Doc, Source<T>>();
  return (doc: Y.Doc): Source<T> => {
    const existing = sources.get(doc);
    if (existing) return existing;
    const read = createReader();
    let snapshot = read(doc);
    const listeners = new Set<() => void>();
    const onChange = (events: YChangeEvents) => {
      const next = read(doc, events);
      if (next === snapshot) return;
      snapshot = next;
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

/** A cached reading of one Y type of a doc, re-read whole whenever the type changes. */
export function createYTypeSource<T>(observe: (doc: Y.Doc) => Observable, read: (doc: Y.Doc) => T): YTypeSource<T> {
  return createIncrementalYTypeSource(observe, () => (doc) => read(doc));
}

const noSubscription = () => () => {};

/** The source's reading of `doc`, live; `empty` (a stable value) while there is no doc. */
export function useYTypeSource<T>(create: YTypeSource<T>, doc: Y.Doc | null, empty: T): T {
  const source = doc ? create(doc) : null;
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.getSnapshot : () => empty);
}
