import { factorIdParamSchema, parseDocumentName, reviewDocumentName, type Rating } from "@review/shared";
import { readSelfAssessment } from "@review/shared/self";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { readDocument } from "../export/loadReport.ts";
import { signalScorecardChange } from "../scorecard/scorecardSignal.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, RatingStore, ReviewStore } from "../store/store.ts";

type SelfDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore; rooms: RoomRegistry };

/** How long writes to a self-assessment gather before its ratings are stored (a host typing a note writes often). */
export const SELF_RATINGS_DELAY_MS = 1000;

/** Stores the hosts' ratings as the review's self-assessment document holds them now. */
export async function storeSelfRatings(deps: SelfDeps, reviewId: string): Promise<void> {
  const ratings = await readDocument(deps, reviewDocumentName(reviewId, "self"), (doc) => {
    const found = new Map<string, Rating>();
    for (const [factorId, state] of readSelfAssessment(doc)) {
      if (state.rating && factorIdParamSchema.safeParse(factorId).success) found.set(factorId, state.rating);
    }
    return found;
  });
  if (await deps.store.replaceSelfRatings(reviewId, ratings)) void signalScorecardChange(deps.rooms);
}

/**
 * Keeps `self_ratings` following every review's self-assessment document: a write through a
 * connection schedules one store of that review's ratings `delayMs` later. `stop()` stores
 * what is still scheduled. A store lost to a crash is made good when the document is next
 * about to be loaded or written.
 */
export function trackSelfRatings(deps: SelfDeps, delayMs = SELF_RATINGS_DELAY_MS): { schedule(reviewId: string): void; stop(): Promise<void> } {
  const pending = new Map<string, NodeJS.Timeout>();
  const flush = (reviewId: string) => {
    pending.delete(reviewId);
    return storeSelfRatings(deps, reviewId).catch((error: unknown) => console.error(`[self] storing the self ratings of review ${reviewId} failed`, error));
  };
  const schedule = (reviewId: string) => {
    if (pending.has(reviewId)) return;
    const timer = setTimeout(() => void flush(reviewId), delayMs);
    timer.unref();
    pending.set(reviewId, timer);
  };
  const reviewOfSelfDocument = (docName: string) => {
    const ref = parseDocumentName(docName);
    return ref?.scope === "review" && ref.kind === "self" ? ref.reviewId : null;
  };
  const stopObserving = deps.rooms.use({
    afterWrite(docName) {
      const reviewId = reviewOfSelfDocument(docName);
      if (reviewId) schedule(reviewId);
    },
    beforeOpen(docName, loaded) {
      const reviewId = reviewOfSelfDocument(docName);
      if (reviewId && !loaded) schedule(reviewId);
    },
  });
  return {
    schedule,
    async stop() {
      stopObserving();
      const reviews = [...pending.keys()];
      for (const timer of pending.values()) clearTimeout(timer);
      await Promise.all(reviews.map(flush));
    },
  };
}

const FILL_MIGRATION = "009-self-ratings-rows";

/** Once per database: stores the self ratings of every review that existed before `self_ratings` did. */
export async function fillSelfRatings(deps: SelfDeps): Promise<void> {
  if (await deps.store.hasDataMigration(FILL_MIGRATION)) return;
  for (const reviewId of await deps.store.listReviewIds()) await storeSelfRatings(deps, reviewId);
  await deps.store.recordDataMigration(FILL_MIGRATION);
}
