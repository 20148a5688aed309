import {
  isPastVisitDay,
  mayChangePastDay,
  mayRecordProvisionalRating,
  mayRecordVisitFeedback,
  visitDayCount,
  type ProvisionalRatingRequest,
  type VisitFeedbackRequest,
  type WrapUpResponse,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, refusal } from "../../errors/apiError.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, ProjectStore, RatingStore, ReviewStore, WrapUpStore } from "../../store/store.ts";
import { memberReview, requireFactorInScope } from "./ratings.commands.ts";

type WrapUpDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };

const today = () => new Date().toISOString().slice(0, 10);

/** The review's provisional ratings and feedback to the host (every member, also once the report is final). */
export async function readWrapUp(store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore, userId: string, reviewId: string): Promise<WrapUpResponse> {
  const { review } = await memberReview(store, userId, reviewId);
  const [provisional, feedback] = await Promise.all([store.listProvisionalRatings(reviewId), store.findVisitFeedback(reviewId)]);
  return { days: visitDayCount(review.visitStart, review.visitEnd), provisional, feedback };
}

/**
 * Records a factor's provisional rating of one visit day (the review team). A day that is over
 * (its date is before today) only its moderators change: the flipchart of that evening stands.
 */
export async function recordProvisionalRating(
  deps: WrapUpDeps,
  actorId: string,
  reviewId: string,
  factorId: string,
  day: number,
  input: ProvisionalRatingRequest,
): Promise<void> {
  const { review, role } = await memberReview(deps.store, actorId, reviewId);
  if (!mayRecordProvisionalRating(role)) throw forbidden("team_records_wrap_up");
  await requireFactorInScope(deps.store, review, factorId);
  if (!review.visitStart || day > visitDayCount(review.visitStart, review.visitEnd)) throw refusal("invalid_input", "day_outside_visit");
  if (isPastVisitDay(review.visitStart, day, today()) && !mayChangePastDay(role)) throw forbidden("moderator_changes_past_days");
  await deps.store.saveProvisionalRating(reviewId, { factorId, day, rating: input.rating, note: input.note, recordedBy: actorId });
  await syncRatingsDocument(deps, reviewId);
}

/** Records (or corrects) the end-of-visit feedback to the host (moderators). */
export async function recordVisitFeedback(deps: WrapUpDeps, actorId: string, reviewId: string, input: VisitFeedbackRequest): Promise<void> {
  const { role } = await memberReview(deps.store, actorId, reviewId);
  if (!mayRecordVisitFeedback(role)) throw forbidden("moderator_records_visit_feedback");
  await deps.store.saveVisitFeedback(reviewId, { ...input, recordedBy: actorId });
  await syncRatingsDocument(deps, reviewId);
}
