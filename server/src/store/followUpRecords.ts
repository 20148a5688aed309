import type { FollowUpStatus, RecommendationActor, RecommendationSource } from "@review/shared";

/** Whose recommendations: a review's findings report or a policy paper (`sourceKey` names it `review:<id>` / `paper:<id>`). */
export type RecommendationOwner = Pick<RecommendationSource, "kind" | "id">;

/** One dated follow-up note on a recommendation; `byName` is null once the account is gone. */
export type FollowUpNoteRecord = {
  id: string;
  owner: RecommendationOwner;
  recommendationId: string;
  status: FollowUpStatus;
  note: string;
  createdBy: string | null;
  byName: string | null;
  createdAt: Date;
};

/** One document's recommendation rows: addressees and follow-up notes (oldest note first). */
export type RecommendationRows = {
  addressees: Map<string, RecommendationActor[]>;
  notes: FollowUpNoteRecord[];
};

/** A review as the network's list of recommendations names it. */
export type RecommendationReviewRecord = { id: string; title: string; hostProject: string; country: string };

/** Addressees and follow-up of recommendations in reports and papers: written only by their commands. */
export interface FollowUpStore {
  /** Reviews whose recommendations `userId` may list: every final report's, and those of reviews they belong to. */
  listRecommendationReviews(userId: string): Promise<RecommendationReviewRecord[]>;
  /** The rows of each owner that has any, by `sourceKey(owner)`. */
  listRecommendationRows(owners: readonly RecommendationOwner[]): Promise<Map<string, RecommendationRows>>;
  setRecommendationAddressees(input: { owner: RecommendationOwner; recommendationId: string; addressees: RecommendationActor[]; actorId: string; at: Date }): Promise<void>;
  addFollowUpNote(note: Omit<FollowUpNoteRecord, "byName">): Promise<void>;
}
