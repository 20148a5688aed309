import * as Y from "yjs";

/**
 * The board document's layout (docs/architecture.md, "Documents"):
 *
 *   root Y.Array `cards:<factorId>` per factor: card Y.Maps (one key per card field, plus `moved`)
 *
 * Root types cannot be replaced or deleted by any update, so no writer can wipe a factor's
 * cards by overwriting an entry: cards go only by deleting them, which the team may do (one
 * card or many in one update, as any delete in a shared document).
 * Votes and team ratings are not in this document (see `../ratings`).
 *
 * The first layout kept each factor as an entry of the root Y.Map `factors` ({ cards, votes,
 * rating, ... }). Readers still show the cards found there (a copy that an older client or an
 * unmigrated document holds) and writers remove them from there too; new cards are written
 * only to the root arrays, and the server moves legacy cards over once (server/src/migrations).
 *
 * Every reader treats the document as untrusted: any writer of the board can put any value
 * under any key, so accessors here check types and return null instead of throwing.
 */
export const CARD_ARRAY_PREFIX = "cards:";

/** The root Y.Map of the first layout (factorId → entry); read for its cards only. */
export const LEGACY_BOARD_ROOT = "factors";

export const LEGACY_FACTOR_KEYS = {
  cards: "cards",
  votes: "votes",
  rating: "rating",
  rationale: "rationale",
  cites: "cites",
  ratedBy: "ratedBy",
  ratedAt: "ratedAt",
} as const;

/** Factor ids longer than this are not ours: their arrays are ignored. */
const MAX_FACTOR_ID_LENGTH = 100;

/** Key in a card's Y.Map counting moves between factors; orders concurrent copies (see read.ts). */
export const CARD_MOVED_KEY = "moved";

/**
 * Origin of the transactions that remove a card's invisible duplicate copies (see read.ts)
 * before a move or delete; never tracked by an undo manager, so undo restores only the
 * copy the user saw, not stale duplicates competing with it.
 */
export const HOUSEKEEPING_ORIGIN = Symbol("board-housekeeping");

export type CardMap = Y.Map<unknown>;

/** Where cards of one factor sit: its root array, or a legacy entry's `cards`. */
export type CardArrayRef = { factorId: string; array: Y.Array<unknown>; legacy: boolean };

export function cardArrayName(factorId: string): string {
  return `${CARD_ARRAY_PREFIX}${factorId}`;
}

/** The factor's card array (a root type: it always exists, and writing to it never clobbers anything). */
export function factorCardArray(doc: Y.Doc, factorId: string): Y.Array<unknown> {
  return doc.getArray<unknown>(cardArrayName(factorId));
}

export function legacyBoardRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(LEGACY_BOARD_ROOT);
}

/**
 * Every array that may hold cards, root arrays first (in name order), then legacy entries'
 * `cards`. A root named `cards:<id>` that some writer defined as another type is skipped.
 */
export function cardArrays(doc: Y.Doc): CardArrayRef[] {
  const refs: CardArrayRef[] = [];
  const names = [...doc.share.keys()].filter((name) => name.startsWith(CARD_ARRAY_PREFIX)).sort();
  for (const name of names) {
    const factorId = name.slice(CARD_ARRAY_PREFIX.length);
    if (factorId.length === 0 || factorId.length > MAX_FACTOR_ID_LENGTH) continue;
    const array = rootArray(doc, name);
    if (array) refs.push({ factorId, array, legacy: false });
  }
  if (doc.share.has(LEGACY_BOARD_ROOT)) {
    legacyBoardRoot(doc).forEach((entry, factorId) => {
      if (factorId.length > MAX_FACTOR_ID_LENGTH) return;
      const cards = entry instanceof Y.Map ? entry.get(LEGACY_FACTOR_KEYS.cards) : null;
      if (cards instanceof Y.Array) refs.push({ factorId, array: cards as Y.Array<unknown>, legacy: true });
    });
  }
  return refs;
}

function rootArray(doc: Y.Doc, name: string): Y.Array<unknown> | null {
  const existing = doc.share.get(name);
  if (existing instanceof Y.Array) return existing as Y.Array<unknown>;
  // A placeholder from an applied update becomes an array; a map or text stays what it is.
  if (existing && existing.constructor !== Y.AbstractType) return null;
  return doc.getArray<unknown>(name);
}

/** The ids of every factor that has a card array in the document (including ones the benchmark does not list). */
export function factorIdsInDoc(doc: Y.Doc): string[] {
  return [...new Set(cardArrays(doc).filter((ref) => ref.array.length > 0).map((ref) => ref.factorId))];
}

/** Whether the document holds anything worth showing from a local copy. */
export function boardHasContent(doc: Y.Doc): boolean {
  return cardArrays(doc).some((ref) => ref.array.length > 0);
}
