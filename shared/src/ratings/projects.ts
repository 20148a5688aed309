import type * as Y from "yjs";
import { hostProjectSchema, type HostProject } from "../api/projects.ts";
import { TEAM_RATINGS_ROOT, syncMap, teamRatingEntrySchema, type TeamRatingEntry } from "./layout.ts";

/**
 * The review's host projects and their team ratings in the ratings document (written by the
 * server alone, mirrored from `review_projects` and `team_ratings` after every project or
 * rating command):
 *
 *   root Y.Map `projects`:           projectId → { name, position }
 *   root Y.Map `projectTeamRatings`: `<projectId>/<factorId>` → TeamRatingEntry, for every
 *                                    project but the first
 *
 * The first project's ratings stay in `teamRatings`, where every older reader finds them.
 */
export const PROJECTS_ROOT = "projects";
export const PROJECT_TEAM_RATINGS_ROOT = "projectTeamRatings";

const projectEntrySchema = hostProjectSchema.pick({ name: true, position: true });

export type ProjectRatingsState = {
  /** First first. */
  projects: readonly HostProject[];
  /** projectId → (factorId → rating), the first project's included. */
  ratings: ReadonlyMap<string, ReadonlyMap<string, TeamRatingEntry>>;
};

/** The mirrored projects and their ratings, validated; malformed entries are skipped. */
export function readProjectRatings(doc: Y.Doc): ProjectRatingsState {
  const projects: HostProject[] = [];
  doc.getMap<unknown>(PROJECTS_ROOT).forEach((value, id) => {
    const parsed = projectEntrySchema.safeParse(value);
    if (parsed.success) projects.push({ id, ...parsed.data });
  });
  projects.sort((a, b) => a.position - b.position);
  const ratings = new Map<string, Map<string, TeamRatingEntry>>(projects.map((project) => [project.id, new Map()]));
  const first = projects[0];
  if (first) {
    doc.getMap<unknown>(TEAM_RATINGS_ROOT).forEach((value, factorId) => {
      const parsed = teamRatingEntrySchema.safeParse(value);
      if (parsed.success) ratings.get(first.id)!.set(factorId, parsed.data);
    });
  }
  doc.getMap<unknown>(PROJECT_TEAM_RATINGS_ROOT).forEach((value, key) => {
    const slash = key.indexOf("/");
    const parsed = teamRatingEntrySchema.safeParse(value);
    if (slash < 1 || slash === key.length - 1 || !parsed.success) return;
    const projectId = key.slice(0, slash);
    if (projectId !== first?.id) ratings.get(projectId)?.set(key.slice(slash + 1), parsed.data);
  });
  return { projects, ratings };
}

/**
 * Makes the document hold exactly these projects and the ratings of every project but the
 * first (the first project's are written by `writeRatings`); inside the server's transaction.
 */
export function writeProjectRatings(doc: Y.Doc, state: ProjectRatingsState): void {
  syncMap(doc.getMap<unknown>(PROJECTS_ROOT), new Map(state.projects.map((project) => [project.id, { name: project.name, position: project.position }])));
  const others = new Map<string, TeamRatingEntry>();
  for (const project of state.projects.slice(1)) {
    for (const [factorId, entry] of state.ratings.get(project.id) ?? []) others.set(`${project.id}/${factorId}`, entry);
  }
  syncMap(doc.getMap<unknown>(PROJECT_TEAM_RATINGS_ROOT), others);
}
