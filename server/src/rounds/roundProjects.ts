import { projectLineage, type Rating, type RoundEntry, type RoundProject } from "@review/shared";
import type { HostProjectRecord } from "../store/projectRecords.ts";
import type { TeamRatingRecord } from "../store/ratingRecords.ts";

type ProjectEntry = RoundEntry & { project: HostProjectRecord };

/**
 * The host projects of `reviewId` through its chain of rounds (first round first), each with
 * its team ratings per round: the same project in another round is found as the score card
 * finds it (`projectLineage`). A review without project rows counts as its first project.
 */
export function roundProjects(input: {
  reviewId: string;
  chain: readonly { id: string; hostProject: string }[];
  projects: readonly HostProjectRecord[];
  teamRatings: readonly Pick<TeamRatingRecord, "reviewId" | "projectId" | "factorId" | "rating">[];
}): RoundProject[] {
  const ratings = new Map<string, Record<string, Rating>>();
  for (const row of input.teamRatings) {
    const key = `${row.reviewId}/${row.projectId}`;
    ratings.set(key, { ...ratings.get(key), [row.factorId]: row.rating });
  }
  const entries: ProjectEntry[] = input.chain.flatMap((review, index) => {
    const own = input.projects.filter((project) => project.reviewId === review.id).sort((a, b) => a.position - b.position);
    const projects = own.length > 0 ? own : [{ reviewId: review.id, id: review.id, name: review.hostProject, position: 0 }];
    return projects.map((project) => ({ id: review.id, followsReviewId: input.chain[index - 1]?.id ?? null, project }));
  });
  return entries
    .filter((entry) => entry.id === input.reviewId)
    .map((entry) => ({
      id: entry.project.id,
      name: entry.project.name,
      position: entry.project.position,
      ratings: Object.fromEntries([...projectLineage(entry, entries)].map(([roundId, round]) => [roundId, ratings.get(`${roundId}/${round.project.id}`) ?? {}])),
    }));
}
