import * as Y from "yjs";
import { seedEntryUpdate } from "../crdt/seedEntry.ts";

/**
 * The host self-assessment document's layout (`review:<id>:self`, DESIGN.md "Data:
 * relational versus CRDT"), written by the hosts and the moderator:
 *
 *   root Y.Map `factors`: factorId → Y.Map {
 *     rating:          wholly | partly | not | absent   (the host's own rating)
 *     note:            Y.Text (≤ 4000 characters shown) — character-wise, so two hosts
 *                      typing at once both keep their words
 *     evidenceOffered: Y.Array of plain { id, text ≤ 1000, link? (http/https) }
 *     updatedBy, updatedAt                              (the last writer, and when)
 *   }
 *
 * Readers treat the document as untrusted (any writer can put any value under any key):
 * accessors here check types and return null instead of throwing.
 */
export const SELF_ROOT = "factors";

export const SELF_KEYS = {
  rating: "rating",
  note: "note",
  evidenceOffered: "evidenceOffered",
  updatedBy: "updatedBy",
  updatedAt: "updatedAt",
} as const;

/** Origin of the transactions that create a factor's entry. */
export const SELF_SEED_ORIGIN = Symbol("self-seed");

export type SelfFactorMap = Y.Map<unknown>;

export function selfRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SELF_ROOT);
}

export function selfFactorMap(doc: Y.Doc, factorId: string): SelfFactorMap | null {
  const value = selfRoot(doc).get(factorId);
  return value instanceof Y.Map ? (value as SelfFactorMap) : null;
}

export function noteText(entry: SelfFactorMap | null): Y.Text | null {
  const note = entry?.get(SELF_KEYS.note);
  return note instanceof Y.Text ? note : null;
}

export function offeredArray(entry: SelfFactorMap | null): Y.Array<unknown> | null {
  const offered = entry?.get(SELF_KEYS.evidenceOffered);
  return offered instanceof Y.Array ? (offered as Y.Array<unknown>) : null;
}

/** The update that creates a factor's empty entry: the same bytes on every client (see `seedEntryUpdate`). */
export function selfFactorSeedUpdate(factorId: string): Uint8Array {
  return seedEntryUpdate(`self-factor:${factorId}`, SELF_ROOT, factorId, (entry) => {
    entry.set(SELF_KEYS.note, new Y.Text());
    entry.set(SELF_KEYS.evidenceOffered, new Y.Array<unknown>());
  });
}

function isIntact(entry: SelfFactorMap | null): boolean {
  return entry !== null && noteText(entry) !== null && offeredArray(entry) !== null;
}

/**
 * Makes sure the factor's entry exists with its `note` and `evidenceOffered`, and returns
 * it. Call it outside any transaction of your own. Only an entry a writer has damaged is
 * repaired with fresh, non-deterministic types.
 */
export function ensureSelfFactor(doc: Y.Doc, factorId: string): SelfFactorMap {
  if (!isIntact(selfFactorMap(doc, factorId))) Y.applyUpdate(doc, selfFactorSeedUpdate(factorId), SELF_SEED_ORIGIN);
  let entry = selfFactorMap(doc, factorId);
  if (isIntact(entry)) return entry!;
  doc.transact(() => {
    if (!entry) {
      entry = new Y.Map<unknown>();
      selfRoot(doc).set(factorId, entry);
    }
    if (!noteText(entry)) entry.set(SELF_KEYS.note, new Y.Text());
    if (!offeredArray(entry)) entry.set(SELF_KEYS.evidenceOffered, new Y.Array<unknown>());
  }, SELF_SEED_ORIGIN);
  return entry!;
}
