import type { Rating } from "@review/shared";
import type { RatingsState, TeamRatingEntry } from "@review/shared/ratings";
import type { Store } from "../store/store.ts";

/** A review's votes and team ratings as stored (the truth the ratings document mirrors). */
export async function loadRatingsState(store: Store, reviewId: string): Promise<RatingsState> {
  const [teamRows, voteRows] = await Promise.all([store.listTeamRatings(reviewId), store.listVotes(reviewId)]);
  const teamRatings = new Map<string, TeamRatingEntry>();
  for (const row of teamRows) {
    teamRatings.set(row.factorId, {
      rating: row.rating,
      rationale: row.rationale,
      cites: row.cites,
      ratedBy: row.ratedBy,
      ratedAt: row.ratedAt.toISOString(),
    });
  }
  const votes = new Map<string, Record<string, Rating>>();
  for (const row of voteRows) {
    const factorVotes = votes.get(row.factorId) ?? {};
    factorVotes[row.userId] = row.rating;
    votes.set(row.factorId, factorVotes);
  }
  return { teamRatings, votes };
}
