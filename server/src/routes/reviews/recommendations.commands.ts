import {
  ADDRESSING_ROLES,
  FOLLOW_UP_ROLES,
  type AddFollowUpRequest,
  type RecommendationActor,
  type RecommendationFollowUp,
  type RecommendationListResponse,
  type ReviewRole,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import { addFollowUp, listRecommendations, setAddressees, type RecommendationScope } from "../../recommendations/recommendationCommands.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, ProjectStore, RatingStore, ReviewStore, WrapUpStore } from "../../store/store.ts";

type RecommendationDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };

const mayAddress = (role: ReviewRole) => (ADDRESSING_ROLES as readonly ReviewRole[]).includes(role);
const mayFollowUp = (role: ReviewRole) => (FOLLOW_UP_ROLES as readonly ReviewRole[]).includes(role);

/**
 * The report's recommendations as a member sees them: the report's writers address them at any
 * status (the addressees are part of how the report is read, and a moderator may correct them
 * after final); the team and the host follow them up once the report is final (before that the
 * recommendations are still being written). Every change is mirrored into the ratings document.
 */
async function reviewScope(deps: RecommendationDeps, actorId: string, reviewId: string): Promise<RecommendationScope> {
  const [review, role] = await Promise.all([deps.store.findReview(reviewId), deps.store.findMembership(reviewId, actorId)]);
  if (!review || !role) throw notFound("review_not_found");
  return {
    owner: { kind: "review", id: reviewId },
    addressRefusal: mayAddress(role) ? null : forbidden("recommendation_addressed_by_team"),
    followUpRefusal: !mayFollowUp(role)
      ? forbidden("follow_up_by_team_and_host")
      : review.reportStatus !== "final"
        ? refusal("invalid_transition", "follow_up_after_final")
        : null,
    notFoundReason: "recommendation_not_found",
    afterChange: () => syncRatingsDocument(deps, reviewId),
  };
}

/** The report's recommendations with addressees and follow-up, for any member of the review. */
export async function listReviewRecommendations(deps: RecommendationDeps, actorId: string, reviewId: string): Promise<RecommendationListResponse> {
  return listRecommendations(deps, await reviewScope(deps, actorId, reviewId));
}

/** Names who a recommendation marked in the report is addressed to (moderators and peers). */
export async function setRecommendationAddressees(
  deps: RecommendationDeps,
  actorId: string,
  reviewId: string,
  recommendationId: string,
  addressees: RecommendationActor[],
): Promise<RecommendationFollowUp> {
  return setAddressees(deps, await reviewScope(deps, actorId, reviewId), actorId, recommendationId, addressees);
}

/** Records a dated follow-up note (moderators, peers and the host, once the report is final). */
export async function addRecommendationFollowUp(
  deps: RecommendationDeps,
  actorId: string,
  reviewId: string,
  recommendationId: string,
  input: AddFollowUpRequest,
): Promise<RecommendationFollowUp> {
  return addFollowUp(deps, await reviewScope(deps, actorId, reviewId), actorId, recommendationId, input);
}
