import { Hono } from "hono";
import { z } from "zod";
import { PROJECT_ROUTES, factorIdParamSchema, projectIdParamSchema, projectNameRequestSchema, teamRatingRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateParams } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { addProject, listProjects, removeProject, renameProject } from "./projects.commands.ts";
import { recordTeamRating, withdrawTeamRating } from "./ratings.commands.ts";

/**
 * `GET|POST /:id/projects`, `PATCH|DELETE /:id/projects/:projectId` (the review's host
 * projects; changes by moderators) and `PUT|DELETE /:id/projects/:projectId/factors/:factorId/rating`
 * (a project's team rating, moderators). Changes reach open boards through the ratings document.
 */
export function projectRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };
  // After the body: a bad body is reported before a bad id.
  const project = validateParams(z.object({ projectId: projectIdParamSchema }), () => new ApiError("invalid_input", "Not a project id"));
  const projectFactor = validateParams(z.object({ projectId: projectIdParamSchema, factorId: factorIdParamSchema }), (param) =>
    new ApiError("invalid_input", param === "factorId" ? "Not a factor id" : "Not a project id"),
  );

  routes.get(PROJECT_ROUTES.list.pattern, async (c) => c.json(await listProjects(deps, userId(c), c.req.param("id"))));
  routes.post(PROJECT_ROUTES.list.pattern, validateJson(projectNameRequestSchema), async (c) => {
    return c.json(await addProject(deps, userId(c), c.req.param("id"), c.req.valid("json").name), 201);
  });
  routes.patch(PROJECT_ROUTES.project.pattern, validateJson(projectNameRequestSchema), project, async (c) => {
    return c.json(await renameProject(deps, userId(c), c.req.param("id"), c.req.valid("param").projectId, c.req.valid("json").name));
  });
  routes.delete(PROJECT_ROUTES.project.pattern, project, async (c) =>
    c.json(await removeProject(deps, userId(c), c.req.param("id"), c.req.valid("param").projectId)),
  );

  routes.put(PROJECT_ROUTES.teamRating.pattern, validateJson(teamRatingRequestSchema), projectFactor, async (c) => {
    const { projectId, factorId } = c.req.valid("param");
    await recordTeamRating(deps, userId(c), c.req.param("id"), factorId, c.req.valid("json"), { projectId });
    return c.body(null, 204);
  });
  routes.delete(PROJECT_ROUTES.teamRating.pattern, projectFactor, async (c) => {
    const { projectId, factorId } = c.req.valid("param");
    await withdrawTeamRating(deps, userId(c), c.req.param("id"), factorId, { projectId });
    return c.body(null, 204);
  });
  return routes;
}
