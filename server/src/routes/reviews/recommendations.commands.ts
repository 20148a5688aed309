import {
  ADDRESSING_ROLES,
  FOLLOW_UP_ROLES,
  type AddFollowUpRequest,
  type RecommendationActor,
  type RecommendationFollowUp,
  type ReviewRecommendationsResponse,
  type ReviewRole,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import { withFollowUps } from "../../recommendations/followUps.ts";
import { readReportRecommendations } from "../../recommendations/reportRecommendations.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, RatingStore, ReviewRecord, ReviewStore, WrapUpStore } from "../../store/store.ts";

type RecommendationDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };

const mayAddress = (role: ReviewRole) => (ADDRESSING_ROLES as readonly ReviewRole[]).includes(role);
const mayFollowUp = (role: ReviewRole) => (FOLLOW_UP_ROLES as readonly ReviewRole[]).includes(role);

async function membership(store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & WrapUpStore, actorId: string, reviewId: string): Promise<{ review: ReviewRecord; role: ReviewRole }> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, actorId)]);
  if (!review || !role) throw notFound("review_not_found");
  return { review, role };
}

async function loadFollowUps(deps: RecommendationDeps, reviewId: string): Promise<RecommendationFollowUp[]> {
  const [recommendations, rows] = await Promise.all([readReportRecommendations(deps, reviewId), deps.store.listRecommendationRows([reviewId])]);
  return withFollowUps(recommendations, rows.get(reviewId));
}

async function oneFollowUp(deps: RecommendationDeps, reviewId: string, recommendationId: string): Promise<RecommendationFollowUp> {
  const found = (await loadFollowUps(deps, reviewId)).find((recommendation) => recommendation.recommendationId === recommendationId);
  if (!found) throw notFound("recommendation_not_found");
  return found;
}

/** The report's recommendations with addressees and follow-up, for any member of the review. */
export async function listReviewRecommendations(deps: RecommendationDeps, actorId: string, reviewId: string): Promise<ReviewRecommendationsResponse> {
  const { review, role } = await membership(deps.store, actorId, reviewId);
  return {
    recommendations: await loadFollowUps(deps, reviewId),
    canAddress: mayAddress(role),
    canFollowUp: mayFollowUp(role) && review.reportStatus === "final",
  };
}

/**
 * Names who a recommendation is addressed to (the report's writers, at any status: the
 * addressees are part of how the report is read, and a moderator may correct them after
 * final). The recommendation must be marked in the report as it is now.
 */
export async function setRecommendationAddressees(
  deps: RecommendationDeps,
  actorId: string,
  reviewId: string,
  recommendationId: string,
  addressees: RecommendationActor[],
): Promise<RecommendationFollowUp> {
  const { role } = await membership(deps.store, actorId, reviewId);
  if (!mayAddress(role)) throw forbidden("recommendation_addressed_by_team");
  await oneFollowUp(deps, reviewId, recommendationId);
  await deps.store.setRecommendationAddressees({ reviewId, recommendationId, addressees, actorId, at: new Date() });
  await syncRatingsDocument(deps, reviewId);
  return oneFollowUp(deps, reviewId, recommendationId);
}

/**
 * Records a dated follow-up note with the status it sets (moderators, peers and the host),
 * once the report is final: before that the recommendations are still being written.
 */
export async function addRecommendationFollowUp(
  deps: RecommendationDeps,
  actorId: string,
  reviewId: string,
  recommendationId: string,
  input: AddFollowUpRequest,
): Promise<RecommendationFollowUp> {
  const { review, role } = await membership(deps.store, actorId, reviewId);
  if (!mayFollowUp(role)) throw forbidden("follow_up_by_team_and_host");
  if (review.reportStatus !== "final") throw refusal("invalid_transition", "follow_up_after_final");
  await oneFollowUp(deps, reviewId, recommendationId);
  await deps.store.addFollowUpNote({
    id: newId(),
    reviewId,
    recommendationId,
    status: input.status,
    note: input.note,
    createdBy: actorId,
    createdAt: new Date(),
  });
  await syncRatingsDocument(deps, reviewId);
  return oneFollowUp(deps, reviewId, recommendationId);
}
