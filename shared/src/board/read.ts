import * as Y from "yjs";
import type { Rating } from "../benchmark/ratingScale.ts";
import { evidenceCardSchema, type EvidenceCard } from "../schema/evidenceCard.ts";
import { CARD_MOVED_KEY, cardArrays, type CardMap } from "./layout.ts";

/**
 * Everything known about one factor, validated: its cards from the board document, and its
 * votes and team rating from the ratings document (`withRatings` in `../ratings`). `readBoard`
 * alone leaves the rating fields empty.
 */
export type FactorState = {
  factorId: string;
  /** The factor's cards, in board order, one per card id (see `locateCards`). */
  cards: EvidenceCard[];
  /** userId → that member's vote. */
  votes: Record<string, Rating>;
  rating: Rating | null;
  rationale: string;
  /** Ids of the cards the team rating cites, without duplicates. */
  cites: string[];
  ratedBy: string | null;
  ratedAt: string | null;
};

/** Where one copy of a card sits in the document. */
export type CardCopy = {
  factorId: string;
  array: Y.Array<unknown>;
  map: CardMap;
  card: EvidenceCard;
  /** How often the card was moved to another factor; the newest placement wins. */
  moved: number;
};

const CARD_FIELDS = Object.keys(evidenceCardSchema.shape) as (keyof EvidenceCard)[];

/** The card a Y.Map holds, or null when it does not match the schema (junk is skipped, never thrown). */
export function parseCardMap(value: unknown): EvidenceCard | null {
  if (!(value instanceof Y.Map)) return null;
  const plain: Record<string, unknown> = {};
  for (const field of CARD_FIELDS) {
    const fieldValue: unknown = value.get(field);
    plain[field] = fieldValue instanceof Y.AbstractType ? undefined : fieldValue;
  }
  // A session link is a hint: a malformed one is dropped rather than hiding the whole card.
  if (!evidenceCardSchema.shape.sessionId.safeParse(plain.sessionId).success || plain.sessionId === undefined) delete plain.sessionId;
  const parsed = evidenceCardSchema.safeParse(plain);
  return parsed.success ? parsed.data : null;
}

export function movedCount(map: CardMap): number {
  const moved = map.get(CARD_MOVED_KEY);
  return typeof moved === "number" && Number.isSafeInteger(moved) && moved >= 0 ? moved : 0;
}

/**
 * Total order on copies of one card: more moves first, then the Yjs id of the copy's item
 * (client, then clock). Every replica that holds the same copies picks the same winner.
 */
function beats(a: CardCopy, b: CardCopy): boolean {
  if (a.moved !== b.moved) return a.moved > b.moved;
  const idA = a.map._item?.id;
  const idB = b.map._item?.id;
  if (!idA || !idB) return Boolean(idA);
  if (idA.client !== idB.client) return idA.client > idB.client;
  return idA.clock > idB.clock;
}

export type CardIndex = {
  /** The visible copy of each card id. */
  winners: Map<string, CardCopy>;
  /** Every valid copy of each card id, the winner included. */
  copies: Map<string, CardCopy[]>;
  /** Every valid copy in document order (factor by factor, then array order). */
  ordered: CardCopy[];
};

/**
 * Finds every valid card on the board and picks one visible copy per card id.
 *
 * Why copies: a move to another factor deletes the card's map and inserts a new one with
 * the same id and content in the target factor (one transaction). Two peers moving the same
 * card at once each insert a copy, so the merged document holds two. The rule: the copy that
 * was moved most often wins; a tie goes to the copy whose Yjs item id is greater. The order
 * depends only on the copies themselves, so every replica shows the same single card, and
 * the next move or delete removes all copies. Cards that fail the schema are invisible and
 * take no part (a newer client's cards are left alone rather than "repaired" away).
 */
export function locateCards(doc: Y.Doc): CardIndex {
  const winners = new Map<string, CardCopy>();
  const copies = new Map<string, CardCopy[]>();
  const ordered: CardCopy[] = [];
  for (const { factorId, array } of cardArrays(doc)) {
    array.forEach((value) => {
      const card = parseCardMap(value);
      if (!card) return;
      const map = value as CardMap;
      const copy: CardCopy = { factorId, array, map, card, moved: movedCount(map) };
      ordered.push(copy);
      const known = copies.get(card.id);
      if (known) known.push(copy);
      else copies.set(card.id, [copy]);
      const current = winners.get(card.id);
      if (!current || beats(copy, current)) winners.set(card.id, copy);
    });
  }
  return { winners, copies, ordered };
}

/** The visible copy of one card, or null. */
export function findCard(doc: Y.Doc, cardId: string): CardCopy | null {
  return locateCards(doc).winners.get(cardId) ?? null;
}

/** Cards per factor from an index, in each factor's array order. */
function visibleByFactor(index: CardIndex): Map<string, EvidenceCard[]> {
  const byFactor = new Map<string, EvidenceCard[]>();
  for (const copy of index.ordered) {
    if (index.winners.get(copy.card.id) !== copy) continue;
    const list = byFactor.get(copy.factorId);
    if (list) list.push(copy.card);
    else byFactor.set(copy.factorId, [copy.card]);
  }
  return byFactor;
}

/**
 * The board's cards as validated plain objects: one state per factor that shows a card.
 * Factors without cards are simply absent (use `emptyFactorState`); the rating fields are
 * empty until `withRatings` adds them.
 */
export function readBoard(doc: Y.Doc): Map<string, FactorState> {
  const board = new Map<string, FactorState>();
  for (const [factorId, cards] of visibleByFactor(locateCards(doc))) board.set(factorId, { ...emptyFactorState(factorId), cards });
  return board;
}

/** One factor's state (empty when the board has no entry for it). */
export function readFactor(doc: Y.Doc, factorId: string): FactorState {
  return readBoard(doc).get(factorId) ?? emptyFactorState(factorId);
}

/** A factor's visible cards, validated; malformed cards are skipped. */
export function readFactorCards(doc: Y.Doc, factorId: string): EvidenceCard[] {
  return readFactor(doc, factorId).cards;
}

export function emptyFactorState(factorId: string): FactorState {
  return { factorId, cards: [], votes: {}, rating: null, rationale: "", cites: [], ratedBy: null, ratedAt: null };
}
