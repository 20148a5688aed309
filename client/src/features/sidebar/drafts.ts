import { useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** The report doc's root map of drafted sections: factorId → DraftRecord. */
export const DRAFTS_MAP = "drafts";

/** Which cards a section was drafted from, and a fingerprint of what they said then. */
export type DraftRecord = { cardIds: string[]; hash: string; at: string };

function parseRecord(value: unknown): DraftRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const { cardIds, hash, at } = value as Record<string, unknown>;
  if (!Array.isArray(cardIds) || !cardIds.every((id) => typeof id === "string")) return null;
  if (typeof hash !== "string" || typeof at !== "string") return null;
  return { cardIds: cardIds as string[], hash, at };
}

/** Every valid draft record of the report document (junk is skipped). */
export function readDrafts(doc: Y.Doc): ReadonlyMap<string, DraftRecord> {
  const drafts = new Map<string, DraftRecord>();
  doc.getMap(DRAFTS_MAP).forEach((value, factorId) => {
    const record = parseRecord(value);
    if (record) drafts.set(factorId, record);
  });
  return drafts;
}

/** Records that `factorId`'s section was just drafted from `cardIds` (replacing an older record). */
export function recordDraft(doc: Y.Doc, factorId: string, record: DraftRecord): void {
  doc.getMap(DRAFTS_MAP).set(factorId, { cardIds: [...record.cardIds], hash: record.hash, at: record.at });
}

/** A drafted section is stale when what its cards say now differs from what they said then. */
export function isStale(record: DraftRecord, currentHash: string): boolean {
  return record.hash !== currentHash;
}

type Store = { subscribe: (listener: () => void) => () => void; getSnapshot: () => ReadonlyMap<string, DraftRecord> };
const stores = new WeakMap<Y.Doc, Store>();
const EMPTY: ReadonlyMap<string, DraftRecord> = new Map();

function storeFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  const map = doc.getMap(DRAFTS_MAP);
  let snapshot = readDrafts(doc);
  const listeners = new Set<() => void>();
  const onChange = () => {
    snapshot = readDrafts(doc);
    for (const listener of listeners) listener();
  };
  store = {
    subscribe(listener) {
      if (listeners.size === 0) {
        map.observe(onChange);
        snapshot = readDrafts(doc);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) map.unobserve(onChange);
      };
    },
    getSnapshot: () => snapshot,
  };
  stores.set(doc, store);
  return store;
}

const noSubscription = () => () => {};
const emptySnapshot = () => EMPTY;

/** The report's draft records, re-rendering when any changes. */
export function useDrafts(doc: Y.Doc | null): ReadonlyMap<string, DraftRecord> {
  const store = doc ? storeFor(doc) : null;
  return useSyncExternalStore(store ? store.subscribe : noSubscription, store ? store.getSnapshot : emptySnapshot);
}
