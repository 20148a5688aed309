import { WRAP_UP_ROUTES, type ProvisionalRatingRequest, type VisitFeedbackRequest } from "@review/shared";
import { request } from "./http.ts";

/** Records a factor's provisional rating of visit day `day` (the review team; past days moderators only). */
export function recordProvisionalRating(reviewId: string, factorId: string, day: number, body: ProvisionalRatingRequest): Promise<void> {
  return request(WRAP_UP_ROUTES.provisional(reviewId, factorId, day), { method: "PUT", body, schema: null });
}

/** Records the end-of-visit feedback to the host (moderators). */
export function recordVisitFeedback(reviewId: string, body: VisitFeedbackRequest): Promise<void> {
  return request(WRAP_UP_ROUTES.feedback(reviewId), { method: "PUT", body, schema: null });
}
