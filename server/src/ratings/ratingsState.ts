import { mayVote, type Rating } from "@review/shared";
import type { ProjectRatingsState, RatingsState, TeamRatingEntry } from "@review/shared/ratings";
import type { ProjectStore, RatingStore, ReviewStore, TeamRatingRecord } from "../store/store.ts";

/**
 * A review's votes and team ratings as stored (the truth the ratings document mirrors). Only the
 * votes of members who may vote now count: a removed or demoted member's vote is kept (it counts
 * again if they return to the team) but shown and exported nowhere. The team ratings are the
 * first host project's: the review's ratings, as before there were several projects.
 */
export async function loadRatingsState(store: RatingStore & ReviewStore, reviewId: string): Promise<RatingsState> {
  const [teamRows, allVotes, members] = await Promise.all([store.listTeamRatings(reviewId), store.listVotes(reviewId), store.listMembers(reviewId)]);
  const voters = new Set(members.filter((member) => mayVote(member.role)).map((member) => member.userId));
  const voteRows = allVotes.filter((vote) => voters.has(vote.userId));
  const teamRatings = new Map<string, TeamRatingEntry>();
  for (const row of teamRows) if (row.projectId === reviewId) teamRatings.set(row.factorId, toEntry(row));
  const votes = new Map<string, Record<string, Rating>>();
  for (const row of voteRows) {
    const factorVotes = votes.get(row.factorId) ?? {};
    factorVotes[row.userId] = row.rating;
    votes.set(row.factorId, factorVotes);
  }
  return { teamRatings, votes };
}

/** The review's host projects, first first, and every project's team ratings. */
export async function loadProjectRatingsState(store: ProjectStore & RatingStore, reviewId: string): Promise<ProjectRatingsState> {
  const [projects, teamRows] = await Promise.all([store.listProjects(reviewId), store.listTeamRatings(reviewId)]);
  const ratings = new Map<string, Map<string, TeamRatingEntry>>(projects.map((project) => [project.id, new Map()]));
  for (const row of teamRows) ratings.get(row.projectId)?.set(row.factorId, toEntry(row));
  return { projects: projects.map(({ id, name, position }) => ({ id, name, position })), ratings };
}

function toEntry(row: TeamRatingRecord): TeamRatingEntry {
  return { rating: row.rating, rationale: row.rationale, cites: row.cites, ratedBy: row.ratedBy, ratedAt: row.ratedAt.toISOString() };
}
