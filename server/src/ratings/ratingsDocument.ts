import { reviewDocumentName } from "@review/shared";
import { writeFollowUps, writeProjectRatings, writeRatings, writeWrapUp } from "@review/shared/ratings";
import { followUpEntries } from "../recommendations/followUps.ts";
import { recommendationRowsOf } from "../recommendations/documentRecommendations.ts";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { FollowUpStore, ProjectStore, RatingStore, ReviewStore, WrapUpStore } from "../store/store.ts";
import { loadProjectRatingsState, loadRatingsState } from "./ratingsState.ts";

type RatingsDeps = { store: FollowUpStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };

/** Per registry (one per server), the last rewrite of each review's ratings document. */
const rewrites = new WeakMap<RoomRegistry, Map<string, Promise<void>>>();

/**
 * Makes the review's ratings document (`review:<id>:ratings`) mirror the stored votes, host
 * projects and their team ratings, recommendations' follow-up and the visit's daily wrap-up, as a server change that every open client receives live. Rewrites of one
 * review run one after the other, each reading the rows afresh, so a slower earlier rewrite
 * can never overwrite a later one with older rows. Called after every rating, vote or follow-up command
 * and before a client joins the document, which also repairs a mirror that a crash left
 * behind its rows.
 */
export function syncRatingsDocument(deps: RatingsDeps, reviewId: string): Promise<void> {
  let queue = rewrites.get(deps.rooms);
  if (!queue) rewrites.set(deps.rooms, (queue = new Map()));
  const previous = queue.get(reviewId) ?? Promise.resolve();
  const next = previous
    .catch(() => {})
    .then(async () => {
      const [state, projects, recommendationRows, provisional, feedback] = await Promise.all([
        loadRatingsState(deps.store, reviewId),
        loadProjectRatingsState(deps.store, reviewId),
        recommendationRowsOf(deps.store, { kind: "review", id: reviewId }),
        deps.store.listProvisionalRatings(reviewId),
        deps.store.findVisitFeedback(reviewId),
      ]);
      const followUps = followUpEntries(recommendationRows);
      await deps.rooms.applyServerChange(reviewDocumentName(reviewId, "ratings"), (doc) => {
        writeRatings(doc, state);
        writeProjectRatings(doc, projects);
        writeFollowUps(doc, followUps);
        writeWrapUp(doc, { provisional, feedback });
      });
    });
  queue.set(reviewId, next);
  const forget = () => {
    if (queue.get(reviewId) === next) queue.delete(reviewId);
  };
  next.then(forget, forget);
  return next;
}
