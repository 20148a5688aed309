import type { FollowUpStatus, RecommendationActor } from "@review/shared";

/** One dated follow-up note on a recommendation; `byName` is null once the account is gone. */
export type FollowUpNoteRecord = {
  id: string;
  reviewId: string;
  recommendationId: string;
  status: FollowUpStatus;
  note: string;
  createdBy: string | null;
  byName: string | null;
  createdAt: Date;
};

/** A review's recommendation rows: addressees and follow-up notes (oldest note first). */
export type RecommendationRows = {
  addressees: Map<string, RecommendationActor[]>;
  notes: FollowUpNoteRecord[];
};

/** A review as the network's list of recommendations names it. */
export type RecommendationReviewRecord = { id: string; title: string; hostProject: string; country: string };

/** Addressees and follow-up of recommendations: written only by their commands. */
export interface FollowUpStore {
  /** Reviews whose recommendations `userId` may list: every final report's, and those of reviews they belong to. */
  listRecommendationReviews(userId: string): Promise<RecommendationReviewRecord[]>;
  listRecommendationRows(reviewIds: readonly string[]): Promise<Map<string, RecommendationRows>>;
  setRecommendationAddressees(input: { reviewId: string; recommendationId: string; addressees: RecommendationActor[]; actorId: string; at: Date }): Promise<void>;
  addFollowUpNote(note: Omit<FollowUpNoteRecord, "byName">): Promise<void>;
}
