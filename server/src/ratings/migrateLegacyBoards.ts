import { reviewDocumentName } from "@review/shared";
import { moveLegacyCards } from "@review/shared/board";
import { readLegacyRatings, type LegacyRatings } from "@review/shared/ratings";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { FollowUpStore, ProjectStore, RatingStore, ReviewStore, WrapUpStore } from "../store/store.ts";
import { syncRatingsDocument } from "./ratingsDocument.ts";

const MIGRATION = "007-board-ratings-to-rows";

/**
 * Once per database: moves what boards of the first layout hold into the new one. Their
 * votes and team ratings become rows (rows that exist already win), and their cards move to
 * the factors' root arrays, where no single update can wipe them. Each step is idempotent, so
 * a start that dies halfway simply runs it again. Returns how many boards held anything old.
 */
export async function migrateLegacyBoards(deps: { store: FollowUpStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry }): Promise<number> {
  if (await deps.store.hasDataMigration(MIGRATION)) return 0;
  let migrated = 0;
  for (const reviewId of await deps.store.listReviewIds()) {
    let legacy: LegacyRatings | null = null;
    let movedCards = 0;
    await deps.rooms.applyServerChange(reviewDocumentName(reviewId, "board"), (doc) => {
      legacy = readLegacyRatings(doc);
      movedCards = moveLegacyCards(doc);
    });
    const found = legacy as LegacyRatings | null;
    if (!found || (found.teamRatings.size === 0 && found.votes.length === 0 && movedCards === 0)) continue;
    migrated += 1;
    await deps.store.importLegacyRatings({
      reviewId,
      teamRatings: [...found.teamRatings].map(([factorId, entry]) => ({
        reviewId,
        factorId,
        rating: entry.rating,
        rationale: entry.rationale,
        cites: entry.cites,
        ratedBy: entry.ratedBy,
        ratedAt: parseDate(entry.ratedAt),
      })),
      votes: found.votes.map((vote) => ({ reviewId, ...vote })),
    });
    await syncRatingsDocument(deps, reviewId);
  }
  await deps.store.recordDataMigration(MIGRATION);
  return migrated;
}

function parseDate(text: string | null): Date {
  const date = text ? new Date(text) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
