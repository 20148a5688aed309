import type { Rating } from "@review/shared";

/** A factor's team rating as stored; `ratedByName` is null when the account is gone. */
export type TeamRatingRecord = {
  reviewId: string;
  /** The host project it rates (migration 024); the first project's id is the review's. */
  projectId: string;
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
  /** Team ratings of every host project of the review. */
  listTeamRatings(reviewId: string): Promise<TeamRatingRecord[]>;
  listVotes(reviewId: string): Promise<VoteRecord[]>;
  /** Every host project's team ratings of every review on benchmark `benchmarkId`, in one query: the score card. */
  listNetworkProjectTeamRatings(benchmarkId: string): Promise<Pick<TeamRatingRecord, "reviewId" | "projectId" | "factorId" | "rating">[]>;
  /** The hosts' ratings of every review on benchmark `benchmarkId`, in one query: the score card. */
  listNetworkSelfRatings(benchmarkId: string): Promise<Pick<TeamRatingRecord, "reviewId" | "factorId" | "rating">[]>;
  /**
   * Makes the review's stored self ratings exactly `ratings` (factorId → rating), in one
   * transaction; false (nothing written) when they were these already.
   */
  replaceSelfRatings(reviewId: string, ratings: ReadonlyMap<string, Rating>): Promise<boolean>;
  /** False (nothing written) when the project is not, or no longer, the review's. */
  saveTeamRating(record: TeamRatingRecord): Promise<boolean>;
  /** False when the project's factor had no team rating. */
  deleteTeamRating(reviewId: string, projectId: string, factorId: string): Promise<boolean>;
  /** Casts a vote, or with `rating` null withdraws it. */
  saveVote(vote: Omit<VoteRecord, "rating"> & { rating: Rating | null }): Promise<void>;
  /**
   * Inserts ratings and votes recovered from an old board document, keeping any row that
   * exists already, and records the data migration `name` in the same transaction.
   */
  importLegacyRatings(input: { reviewId: string; teamRatings: Omit<TeamRatingRecord, "projectId">[]; votes: VoteRecord[] }): Promise<void>;
  /** Every review's id (for data migrations). */
  listReviewIds(): Promise<string[]>;
  hasDataMigration(name: string): Promise<boolean>;
  recordDataMigration(name: string): Promise<void>;
}
