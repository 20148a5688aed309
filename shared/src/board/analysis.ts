import { RATINGS, type Rating } from "../benchmark/ratingScale.ts";
import { SOURCE_KINDS, type EvidenceCard, type SourceKind } from "../schema/evidenceCard.ts";
import { emptyFactorState, type FactorState } from "./read.ts";

/** Cards per source kind (every kind present, zero included). */
export function sourceCounts(cards: readonly EvidenceCard[]): Record<SourceKind, number> {
  const counts = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
  for (const card of cards) counts[card.source] += 1;
  return counts;
}

export type HeatmapRow = { factorId: string; counts: Record<SourceKind, number>; total: number };

/**
 * The factors × source kinds table of card counts, in the order of `factorIds` (the
 * benchmark's order); factors without cards get a row of zeros.
 */
export function sourceHeatmap(board: ReadonlyMap<string, FactorState>, factorIds: readonly string[]): HeatmapRow[] {
  return factorIds.map((factorId) => {
    const cards = board.get(factorId)?.cards ?? [];
    return { factorId, counts: sourceCounts(cards), total: cards.length };
  });
}

export type Triangulation = {
  /** What was checked: the cards the team rating cites, or (unrated) all the factor's cards. */
  basis: "cited" | "all";
  /** Source kinds among those cards, in SOURCE_KINDS order. */
  kinds: SourceKind[];
  /** `none`: no such cards; `single`: one source kind only; `triangulated`: two or more. */
  status: "none" | "single" | "triangulated";
};

/**
 * Does the factor's evidence come from more than one kind of source? Peer review triangulates:
 * a rating resting on interviews alone (or documents alone) is weaker than one that interviews,
 * documents and observation agree on. A rated factor is judged by the cards its rating cites
 * that are still on the factor; an unrated one by all its cards.
 */
export function triangulation(factor: FactorState): Triangulation {
  const basis = factor.rating === null ? "all" : "cited";
  const cited = new Set(factor.cites);
  const cards = basis === "all" ? factor.cards : factor.cards.filter((card) => cited.has(card.id));
  const present = new Set(cards.map((card) => card.source));
  const kinds = SOURCE_KINDS.filter((kind) => present.has(kind));
  return { basis, kinds, status: kinds.length === 0 ? "none" : kinds.length === 1 ? "single" : "triangulated" };
}

/** Voters per rating, in RATINGS order; user ids sorted for a stable display. */
export function voteSpread(votes: Readonly<Record<string, Rating>>): Record<Rating, string[]> {
  const spread = Object.fromEntries(RATINGS.map((rating) => [rating, [] as string[]])) as Record<Rating, string[]>;
  for (const [userId, rating] of Object.entries(votes)) spread[rating].push(userId);
  for (const rating of RATINGS) spread[rating].sort();
  return spread;
}

/** A factor's state from a board read, or an empty one. */
export function factorState(board: ReadonlyMap<string, FactorState>, factorId: string): FactorState {
  return board.get(factorId) ?? emptyFactorState(factorId);
}
