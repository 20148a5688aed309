import { REVIEW_ROUND_ROUTES, reviewRoundsResponseSchema, type ReviewRoundsResponse } from "@review/shared";
import { request } from "./http.ts";

/** The rounds of the review's host project (and, for moderators, which reviews it may follow). */
export function getReviewRounds(reviewId: string): Promise<ReviewRoundsResponse> {
  return request(REVIEW_ROUND_ROUTES.rounds(reviewId), { schema: reviewRoundsResponseSchema });
}

/** Makes the review a later round of `followsReviewId`, or of none (moderators). */
export function setReviewFollows(reviewId: string, followsReviewId: string | null): Promise<ReviewRoundsResponse> {
  return request(REVIEW_ROUND_ROUTES.rounds(reviewId), { method: "PUT", body: { followsReviewId }, schema: reviewRoundsResponseSchema });
}
