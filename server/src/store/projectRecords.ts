/** A host project of a review (migration 024); the first has the review's id and position 0. */
export type HostProjectRecord = { reviewId: string; id: string; name: string; position: number };

export type AddProjectOutcome = { status: "added"; project: HostProjectRecord } | { status: "too_many" } | { status: "name_taken" };
export type RenameProjectOutcome = "renamed" | "not_found" | "name_taken";
export type RemoveProjectOutcome = "removed" | "not_found" | "first" | "rated";

/** Host projects: written only by the project commands (moderators) and by creating a review. */
export interface ProjectStore {
  /** The review's projects, first first. */
  listProjects(reviewId: string): Promise<HostProjectRecord[]>;
  /** The projects of every review on benchmark `benchmarkId`, in one query: the score card. */
  listNetworkProjects(benchmarkId: string): Promise<HostProjectRecord[]>;
  /**
   * Adds a project after the others unless the review has `max` already or one of the same
   * name (case ignored); checked and written in one transaction that locks the review.
   */
  addProject(input: { reviewId: string; id: string; name: string; max: number }): Promise<AddProjectOutcome>;
  /** Renaming the first project also renames the review's `hostProject`. */
  renameProject(reviewId: string, projectId: string, name: string): Promise<RenameProjectOutcome>;
  /** Refuses the first project and one with team ratings. */
  removeProject(reviewId: string, projectId: string): Promise<RemoveProjectOutcome>;
}
