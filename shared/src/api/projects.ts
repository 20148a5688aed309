import { z } from "zod";
import { userText } from "../schema/text.ts";
import { route } from "./route.ts";

/**
 * Host projects of a review (issue 13, item 7): a visit may cover up to three projects of the
 * host, each with its own team rating per factor. The first project exists for every review
 * (its id is the review's id, its name the review's `hostProject`); the review's moderators add,
 * rename and remove the others. Ratings of the first project keep their old routes
 * (`RATING_ROUTES.teamRating`); every project's ratings also have routes under the project.
 */
export const MAX_HOST_PROJECTS = 3;

export const projectNameSchema = userText().trim().min(1).max(200);

/** Project ids in paths: the review's id for the first project, else 16 base32 characters. */
export const projectIdParamSchema = z.string().min(1).max(100).regex(/^[a-z0-9]+$/);

export const hostProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** 0 for the first project; later ones in the order they were added. */
  position: z.number().int().nonnegative(),
});
export type HostProject = z.infer<typeof hostProjectSchema>;

/** `GET /api/reviews/:id/projects` (members), also the answer of every project command. */
export const hostProjectsResponseSchema = z.object({
  projects: z.array(hostProjectSchema),
  /** Whether the caller may add, rename and remove projects (the review's moderators). */
  canManage: z.boolean(),
});
export type HostProjectsResponse = z.infer<typeof hostProjectsResponseSchema>;

/** `POST /api/reviews/:id/projects` and `PATCH …/projects/:projectId`. */
export const projectNameRequestSchema = z.strictObject({ name: projectNameSchema });
export type ProjectNameRequest = z.infer<typeof projectNameRequestSchema>;

export const PROJECT_ROUTES = {
  /** `GET` the projects, `POST { name }` adds one (moderators). */
  list: route("/api/reviews/:id/projects"),
  /** `PATCH { name }` renames, `DELETE` removes (moderators; the first stays, a rated one too). */
  project: route("/api/reviews/:id/projects/:projectId"),
  /** `PUT` a project's team rating of a factor (moderators), `DELETE` withdraws it. */
  teamRating: route("/api/reviews/:id/projects/:projectId/factors/:factorId/rating"),
} as const;
