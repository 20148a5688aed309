import * as Y from "yjs";
import {
  evidenceCardInputSchema,
  evidenceCardPatchSchema,
  evidenceCardSchema,
  type EvidenceCard,
  type EvidenceCardInput,
  type EvidenceCardPatch,
  type Stance,
} from "../schema/evidenceCard.ts";
import { BoardError } from "./errors.ts";
import { CARD_MOVED_KEY, HOUSEKEEPING_ORIGIN, factorCardArray, type CardMap } from "./layout.ts";
import { locateCards, type CardCopy } from "./read.ts";

/** Options of every write: the transaction origin (an undo manager tracks its own). */
export type BoardWriteOptions = { origin?: unknown };

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** A random card id: 16 characters of base32, 80 bits (crypto.getRandomValues works in every browser context). */
export function newCardId(): string {
  const bytes = new Uint8Array(16);
  (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => ID_ALPHABET[byte & 31]).join("");
}

export function cardToMap(card: EvidenceCard, moved: number): CardMap {
  const map = new Y.Map<unknown>();
  // Fixed key order: the same card always encodes the same way.
  map.set("id", card.id);
  map.set("text", card.text);
  map.set("source", card.source);
  map.set("sourceLabel", card.sourceLabel);
  map.set("tests", [...card.tests]);
  map.set("stance", card.stance);
  map.set("author", card.author);
  map.set("createdAt", card.createdAt);
  map.set("visitDay", card.visitDay);
  if (card.sessionId) map.set("sessionId", card.sessionId);
  map.set(CARD_MOVED_KEY, moved);
  return map;
}

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): BoardError {
  const first = error.issues[0];
  return new BoardError("invalid_card", first ? `${first.path.map(String).join(".") || "card"}: ${first.message}` : "Invalid card");
}

/**
 * Adds a card at the end of a factor's cards and returns it. `meta.author` is the writer's
 * user id; `id` and `createdAt` are generated unless given. Throws BoardError("invalid_card").
 */
export function addCard(
  doc: Y.Doc,
  factorId: string,
  input: EvidenceCardInput,
  meta: { author: string; id?: string; createdAt?: string },
  options: BoardWriteOptions = {},
): EvidenceCard {
  const fields = evidenceCardInputSchema.safeParse(input);
  if (!fields.success) throw invalid(fields.error);
  const parsed = evidenceCardSchema.safeParse({
    ...fields.data,
    id: meta.id ?? newCardId(),
    author: meta.author,
    createdAt: meta.createdAt ?? new Date().toISOString(),
  });
  if (!parsed.success) throw invalid(parsed.error);
  const card = parsed.data;
  const array = factorCardArray(doc, factorId);
  doc.transact(() => array.push([cardToMap(card, 0)]), options.origin ?? null);
  return card;
}

/**
 * Changes fields of a card where it is shown. Returns false when no valid card has this id.
 * Concurrent edits of one field: the last writer wins (fields are plain values, not Y.Text).
 */
export function updateCard(doc: Y.Doc, cardId: string, patch: EvidenceCardPatch, options: BoardWriteOptions = {}): boolean {
  const parsed = evidenceCardPatchSchema.safeParse(patch);
  if (!parsed.success) throw invalid(parsed.error);
  const copy = locateCards(doc).winners.get(cardId);
  if (!copy) return false;
  const changes = Object.entries(parsed.data).filter(([key, value]) => value !== undefined && !sameValue(copy.card[key as keyof EvidenceCard], value));
  if (changes.length === 0) return true;
  doc.transact(() => {
    for (const [key, value] of changes) copy.map.set(key, Array.isArray(value) ? [...value] : value);
  }, options.origin ?? null);
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Removes every copy of `copies` from its array, last index first so earlier indexes stay valid. */
function deleteCopies(copies: readonly CardCopy[]): void {
  const byArray = new Map<Y.Array<unknown>, CardMap[]>();
  for (const copy of copies) {
    const list = byArray.get(copy.array);
    if (list) list.push(copy.map);
    else byArray.set(copy.array, [copy.map]);
  }
  for (const [array, maps] of byArray) {
    const doomed = new Set(maps);
    for (let index = array.length - 1; index >= 0; index--) {
      if (doomed.has(array.get(index) as CardMap)) array.delete(index, 1);
    }
  }
}

/**
 * Removes the invisible duplicates of a card (left by concurrent moves) and returns the
 * visible copy. Its own transaction, with HOUSEKEEPING_ORIGIN: an undo of the user's change
 * that follows brings back the card they saw, not the duplicates.
 */
function dropDuplicates(doc: Y.Doc, cardId: string): CardCopy | null {
  const index = locateCards(doc);
  const winner = index.winners.get(cardId);
  if (!winner) return null;
  const losers = (index.copies.get(cardId) ?? []).filter((copy) => copy !== winner);
  if (losers.length === 0) return winner;
  doc.transact(() => deleteCopies(losers), HOUSEKEEPING_ORIGIN);
  return locateCards(doc).winners.get(cardId) ?? null;
}

/** Deletes a card (every copy of it). Returns false when there is none. */
export function deleteCard(doc: Y.Doc, cardId: string, options: BoardWriteOptions = {}): boolean {
  const winner = dropDuplicates(doc, cardId);
  if (!winner) return false;
  doc.transact(() => deleteCopies([winner]), options.origin ?? null);
  return true;
}

/**
 * Moves a card to another stance column and/or another factor, keeping its id and content.
 * `to.tests` optionally replaces the card's tests in the same transaction: test numbers
 * belong to a factor, so a client moving a card elsewhere may clear or remap them.
 *
 * Within a factor only the `stance` field changes. Across factors the card is deleted and
 * re-inserted in the target factor in one transaction, with its move count raised by one.
 * Concurrent moves of the same card leave one copy per mover in the merged document;
 * readers show exactly one of them (see `locateCards`), and the next move or delete removes
 * the others first (housekeeping, not undoable). Caveat: an edit made concurrently with a move to another factor lands on
 * the deleted copy and is lost; the move wins. Returns false when the card does not exist.
 */
export function moveCard(
  doc: Y.Doc,
  cardId: string,
  to: { factorId?: string; stance?: Stance; tests?: number[] },
  options: BoardWriteOptions = {},
): boolean {
  if (to.tests !== undefined) {
    const tests = evidenceCardPatchSchema.safeParse({ tests: to.tests });
    if (!tests.success) throw invalid(tests.error);
  }
  const winner = locateCards(doc).winners.get(cardId);
  if (!winner) return false;
  const targetFactor = to.factorId ?? winner.factorId;
  const stance = to.stance ?? winner.card.stance;
  if (targetFactor === winner.factorId) {
    const tests = to.tests !== undefined && !sameValue(to.tests, winner.card.tests) ? [...to.tests] : null;
    if (stance === winner.card.stance && !tests) return true;
    const map = winner.map;
    doc.transact(() => {
      if (stance !== winner.card.stance) map.set("stance", stance);
      if (tests) map.set("tests", tests);
    }, options.origin ?? null);
    return true;
  }
  const target = factorCardArray(doc, targetFactor);
  const current = dropDuplicates(doc, cardId);
  if (!current) return false;
  const moved = { ...current.card, stance, tests: to.tests ?? current.card.tests };
  const count = current.moved + 1;
  doc.transact(() => {
    deleteCopies([current]);
    target.push([cardToMap(moved, count)]);
  }, options.origin ?? null);
  return true;
}
