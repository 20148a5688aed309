import { EVIDENCE_LIMITS, type EvidenceCard, type Review, type SourceKind } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import type { BenchmarkScope, ScopedFactor } from "../../app/benchmarkScope.ts";

/** What the factor board shows: "all" or one value per dimension. `visitDay` "none" means outside the visit. */
export type CardFilter = { source: SourceKind | "all"; visitDay: number | "none" | "all"; author: string | "all" };

export const NO_FILTER: CardFilter = { source: "all", visitDay: "all", author: "all" };

export function isFiltering(filter: CardFilter): boolean {
  return filter.source !== "all" || filter.visitDay !== "all" || filter.author !== "all";
}

export function filterCards(cards: readonly EvidenceCard[], filter: CardFilter): EvidenceCard[] {
  return cards.filter(
    (card) =>
      (filter.source === "all" || card.source === filter.source) &&
      (filter.author === "all" || card.author === filter.author) &&
      (filter.visitDay === "all" || (filter.visitDay === "none" ? card.visitDay === null : card.visitDay === filter.visitDay)),
  );
}

/** Lower case without accents, so "bjorn" finds "Björn" and "etude" finds "Étude". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();
}

export type SearchHit = { card: EvidenceCard; factor: ScopedFactor };

/**
 * Cards of the review whose text or source label contains every word of `query`, in
 * benchmark order. Cards on factors outside the review's scope are not searched.
 */
export function searchCards(board: ReadonlyMap<string, FactorState>, scope: BenchmarkScope, query: string): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const factor of scope.factors) {
    for (const card of board.get(factor.id)?.cards ?? []) {
      const haystack = fold(`${card.text}\n${card.sourceLabel}`);
      if (words.every((word) => haystack.includes(word))) hits.push({ card, factor });
    }
  }
  return hits;
}

const DAY_MS = 86_400_000;

/** Days of the study visit as planned (1 for a one-day visit), or null when no dates are set. */
export function plannedVisitDays(review: Pick<Review, "visitStart" | "visitEnd">): number | null {
  if (!review.visitStart || !review.visitEnd) return null;
  const days = Math.round((Date.parse(`${review.visitEnd}T00:00:00Z`) - Date.parse(`${review.visitStart}T00:00:00Z`)) / DAY_MS) + 1;
  return Number.isFinite(days) && days >= 1 ? Math.min(days, EVIDENCE_LIMITS.visitDayMax) : null;
}

/** A visit without dates is offered five days, the toolkit's usual length. */
const DEFAULT_VISIT_DAYS = 5;

/** The visit days to offer in forms and filters: the planned ones, plus any a card already uses. */
export function visitDayOptions(review: Pick<Review, "visitStart" | "visitEnd">, used: readonly (number | null)[]): number[] {
  const highestUsed = Math.max(0, ...used.filter((day): day is number => day !== null));
  const count = Math.min(EVIDENCE_LIMITS.visitDayMax, Math.max(plannedVisitDays(review) ?? DEFAULT_VISIT_DAYS, highestUsed));
  return Array.from({ length: count }, (_, index) => index + 1);
}

/** The calendar date (YYYY-MM-DD) of a visit day, when the visit has a start date. */
export function visitDayDate(review: Pick<Review, "visitStart">, day: number): string | null {
  if (!review.visitStart) return null;
  const start = Date.parse(`${review.visitStart}T00:00:00Z`);
  if (!Number.isFinite(start)) return null;
  return new Date(start + (day - 1) * DAY_MS).toISOString().slice(0, 10);
}
