import type { ProvisionalRating, VisitFeedback } from "@review/shared";

/** The visit's daily wrap-up and the feedback to the host (migration 021): written only by the wrap-up commands. */
export interface WrapUpStore {
  /** The review's provisional ratings, by factor then day. */
  listProvisionalRatings(reviewId: string): Promise<ProvisionalRating[]>;
  saveProvisionalRating(reviewId: string, entry: Omit<ProvisionalRating, "recordedAt">): Promise<void>;
  findVisitFeedback(reviewId: string): Promise<VisitFeedback | null>;
  saveVisitFeedback(reviewId: string, feedback: Omit<VisitFeedback, "recordedAt">): Promise<void>;
}
