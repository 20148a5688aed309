import * as Y from "yjs";
import { seedEntryUpdate } from "../crdt/seedEntry.ts";

/**
 * The board document's layout (DESIGN.md, "Data: relational versus CRDT"):
 *
 *   root Y.Map `factors`: factorId → Y.Map {
 *     cards:     Y.Array of card Y.Maps (one key per card field, plus `moved`)
 *     votes:     Y.Map userId → rating
 *     rating:    rating | absent          (the team rating the moderator records)
 *     rationale: string | absent
 *     cites:     Y.Array of card ids
 *     ratedBy, ratedAt                    (who recorded the rating, and when)
 *   }
 *
 * Every reader treats the document as untrusted: any writer of the board can put any
 * value under any key, so accessors here check types and return null instead of throwing.
 */
export const BOARD_ROOT = "factors";

export const FACTOR_KEYS = {
  cards: "cards",
  votes: "votes",
  rating: "rating",
  rationale: "rationale",
  cites: "cites",
  ratedBy: "ratedBy",
  ratedAt: "ratedAt",
} as const;

/** Key in a card's Y.Map counting moves between factors; orders concurrent copies (see read.ts). */
export const CARD_MOVED_KEY = "moved";

/** Origin of the transactions that create a factor's entry; never tracked by an undo manager. */
export const SEED_ORIGIN = Symbol("board-seed");

/**
 * Origin of the transactions that remove a card's invisible duplicate copies (see read.ts)
 * before a move or delete; never tracked by an undo manager, so undo restores only the
 * copy the user saw, not stale duplicates competing with it.
 */
export const HOUSEKEEPING_ORIGIN = Symbol("board-housekeeping");

export type FactorMap = Y.Map<unknown>;
export type CardMap = Y.Map<unknown>;

export function boardRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BOARD_ROOT);
}

/** The factor's entry, or null when it is missing or not a Y.Map. */
export function factorMap(doc: Y.Doc, factorId: string): FactorMap | null {
  const value = boardRoot(doc).get(factorId);
  return value instanceof Y.Map ? (value as FactorMap) : null;
}

/** The factor's card array, or null when the factor or its `cards` is missing or malformed. */
export function cardArray(factor: FactorMap | null): Y.Array<unknown> | null {
  const cards = factor?.get(FACTOR_KEYS.cards);
  return cards instanceof Y.Array ? (cards as Y.Array<unknown>) : null;
}

export function voteMap(factor: FactorMap | null): Y.Map<unknown> | null {
  const votes = factor?.get(FACTOR_KEYS.votes);
  return votes instanceof Y.Map ? (votes as Y.Map<unknown>) : null;
}

export function citeArray(factor: FactorMap | null): Y.Array<unknown> | null {
  const cites = factor?.get(FACTOR_KEYS.cites);
  return cites instanceof Y.Array ? (cites as Y.Array<unknown>) : null;
}

/**
 * The update that creates a factor's empty entry, the same bytes on every client (see
 * `seedEntryUpdate`): peers who start the same factor concurrently never clobber each
 * other's first cards.
 */
export function factorSeedUpdate(factorId: string): Uint8Array {
  return seedEntryUpdate(`board-factor:${factorId}`, BOARD_ROOT, factorId, (entry) => {
    entry.set(FACTOR_KEYS.cards, new Y.Array<unknown>());
    entry.set(FACTOR_KEYS.votes, new Y.Map<unknown>());
    entry.set(FACTOR_KEYS.cites, new Y.Array<unknown>());
  });
}

/**
 * Makes sure the factor's entry exists with its `cards`, `votes` and `cites`, and returns
 * it. Call it outside any transaction of your own: inside one, the seed would carry your
 * origin and an undo manager tracking it would undo the factor's creation.
 *
 * Only when a writer has damaged the entry (replaced it or its parts with other values)
 * is it repaired with fresh, non-deterministic types.
 */
export function ensureFactor(doc: Y.Doc, factorId: string): FactorMap {
  if (!isIntact(factorMap(doc, factorId))) Y.applyUpdate(doc, factorSeedUpdate(factorId), SEED_ORIGIN);
  let factor = factorMap(doc, factorId);
  if (isIntact(factor)) return factor!;
  doc.transact(() => {
    if (!factor) {
      factor = new Y.Map<unknown>();
      boardRoot(doc).set(factorId, factor);
    }
    if (!cardArray(factor)) factor.set(FACTOR_KEYS.cards, new Y.Array<unknown>());
    if (!voteMap(factor)) factor.set(FACTOR_KEYS.votes, new Y.Map<unknown>());
    if (!citeArray(factor)) factor.set(FACTOR_KEYS.cites, new Y.Array<unknown>());
  }, SEED_ORIGIN);
  return factor!;
}

function isIntact(factor: FactorMap | null): boolean {
  return factor !== null && cardArray(factor) !== null && voteMap(factor) !== null && citeArray(factor) !== null;
}

/** The ids of every factor entry in the document (including ones the benchmark does not list). */
export function factorIdsInDoc(doc: Y.Doc): string[] {
  return [...boardRoot(doc).keys()];
}
