import { mayVote, type Rating } from "@review/shared";
import type { RatingsState, TeamRatingEntry } from "@review/shared/ratings";
import type { RatingStore, ReviewStore } from "../store/store.ts";

/**
 * A review's votes and team ratings as stored (the truth the ratings document mirrors). Only the
 * votes of members who may vote now count: a removed or demoted member's vote is kept (it counts
 * again if they return to the team) but shown and exported nowhere.
 */
export async function loadRatingsState(store: RatingStore & ReviewStore, reviewId: string): Promise<RatingsState> {
  const [teamRows, allVotes, members] = await Promise.all([store.listTeamRatings(reviewId), store.listVotes(reviewId), store.listMembers(reviewId)]);
  const voters = new Set(members.filter((member) => mayVote(member.role)).map((member) => member.userId));
  const voteRows = allVotes.filter((vote) => voters.has(vote.userId));
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
