import { PROJECT_ROUTES, RATING_ROUTES, hostProjectsResponseSchema, type HostProjectsResponse, type TeamRatingRequest } from "@review/shared";
import { request } from "./http.ts";

/** The review's host projects, first first, and whether the caller manages them. */
export function listProjects(reviewId: string): Promise<HostProjectsResponse> {
  return request(PROJECT_ROUTES.list(reviewId), { schema: hostProjectsResponseSchema });
}

export function addProject(reviewId: string, name: string): Promise<HostProjectsResponse> {
  return request(PROJECT_ROUTES.list(reviewId), { method: "POST", body: { name }, schema: hostProjectsResponseSchema });
}

export function renameProject(reviewId: string, projectId: string, name: string): Promise<HostProjectsResponse> {
  return request(PROJECT_ROUTES.project(reviewId, projectId), { method: "PATCH", body: { name }, schema: hostProjectsResponseSchema });
}

export function removeProject(reviewId: string, projectId: string): Promise<HostProjectsResponse> {
  return request(PROJECT_ROUTES.project(reviewId, projectId), { method: "DELETE", schema: hostProjectsResponseSchema });
}

/** The first project (id = the review's) keeps the review's rating route; the others have their own. */
const ratingRoute = (reviewId: string, projectId: string, factorId: string) =>
  projectId === reviewId ? RATING_ROUTES.teamRating(reviewId, factorId) : PROJECT_ROUTES.teamRating(reviewId, projectId, factorId);

/** Records a host project's team rating of a factor (moderators); everyone sees it through the ratings document. */
export async function recordProjectTeamRating(reviewId: string, projectId: string, factorId: string, rating: TeamRatingRequest): Promise<void> {
  await request(ratingRoute(reviewId, projectId, factorId), { method: "PUT", body: rating, schema: null });
}

export async function withdrawProjectTeamRating(reviewId: string, projectId: string, factorId: string): Promise<void> {
  await request(ratingRoute(reviewId, projectId, factorId), { method: "DELETE", schema: null });
}
