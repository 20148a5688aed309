import type { FactorState } from "@review/shared/board";
import type { ProjectRatingsState } from "@review/shared/ratings";

/**
 * The factor as one host project's team rating has it: cards and votes are the review's, the
 * rating, rationale and cites the project's. The first project's are the review's own (`state`).
 */
export function factorStateForProject(state: FactorState, projects: ProjectRatingsState, projectId: string): FactorState {
  if (projectId === projects.projects[0]?.id || !projects.ratings.has(projectId)) return state;
  const entry = projects.ratings.get(projectId)?.get(state.factorId);
  return {
    ...state,
    rating: entry?.rating ?? null,
    rationale: entry?.rationale ?? "",
    cites: entry ? [...new Set(entry.cites)] : [],
    ratedBy: entry?.ratedBy ?? null,
    ratedAt: entry?.ratedAt ?? null,
  };
}
