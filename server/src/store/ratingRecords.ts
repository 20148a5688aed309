import type { Rating } from "@review/shared";

/** A factor's team rating as stored; `ratedByName` is null when the account is gone. */
export type TeamRatingRecord = {
  reviewId: string;
  factorId: string;
  rating: Rating;
  rationale: string;
  cites: string[];
  ratedBy: string | null;
  ratedAt: Date;
};

export type VoteRecord = { reviewId: string; factorId: string; userId: string; rating: Rating };

/** Votes and team ratings: written only by their commands (docs/architecture.md). */
export interface RatingStore {
  listTeamRatings(reviewId: string): Promise<TeamRatingRecord[]>;
  listVotes(reviewId: string): Promise<VoteRecord[]>;
  /** Team ratings of every review on benchmark `benchmarkId` (any version), in one query: the score card. */
  listNetworkTeamRatings(benchmarkId: string): Promise<Pick<TeamRatingRecord, "reviewId" | "factorId" | "rating">[]>;
  /** The hosts' ratings of every review on benchmark `benchmarkId`, in one query: the score card. */
  listNetworkSelfRatings(benchmarkId: string): Promise<Pick<TeamRatingRecord, "reviewId" | "factorId" | "rating">[]>;
  /**
   * Makes the review's stored self ratings exactly `ratings` (factorId → rating), in one
   * transaction; false (nothing written) when they were these already.
   */
  replaceSelfRatings(reviewId: string, ratings: ReadonlyMap<string, Rating>): Promise<boolean>;
  saveTeamRating(record: TeamRatingRecord): Promise<void>;
  /** False when the factor had no team rating. */
  deleteTeamRating(reviewId: string, factorId: string): Promise<boolean>;
  /** Casts a vote, or with `rating` null withdraws it. */
  saveVote(vote: Omit<VoteRecord, "rating"> & { rating: Rating | null }): Promise<void>;
  /**
   * Inserts ratings and votes recovered from an old board document, keeping any row that
   * exists already, and records the data migration `name` in the same transaction.
   */
  importLegacyRatings(input: { reviewId: string; teamRatings: TeamRatingRecord[]; votes: VoteRecord[] }): Promise<void>;
  /** Every review's id (for data migrations). */
  listReviewIds(): Promise<string[]>;
  hasDataMigration(name: string): Promise<boolean>;
  recordDataMigration(name: string): Promise<void>;
}
