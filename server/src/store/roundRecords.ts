/** Which earlier review a review follows (migration 022). */
export interface RoundStore {
  setReviewFollows(reviewId: string, followsReviewId: string | null): Promise<void>;
  /** Review id → the review it follows, for every review on benchmark `benchmarkId` that follows one. */
  listRoundLinks(benchmarkId: string): Promise<Map<string, string>>;
}
