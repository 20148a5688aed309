import { Hono } from "hono";
import { factorIdParamSchema, projectIdParamSchema, projectNameRequestSchema, teamRatingRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { addProject, listProjects, removeProject, renameProject } from "./projects.commands.ts";
import { recordTeamRating, withdrawTeamRating } from "./ratings.commands.ts";

function param<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, raw: string, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError("invalid_input", `Not a ${what} id`);
  return parsed.data;
}

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
  const projectId = (raw: string) => param(projectIdParamSchema, raw, "project");
  const factorId = (raw: string) => param(factorIdParamSchema, raw, "factor");

  routes.get("/:id/projects", async (c) => c.json(await listProjects(deps, userId(c), c.req.param("id"))));
  routes.post("/:id/projects", async (c) => {
    const actor = userId(c);
    const { name } = await readJson(c, projectNameRequestSchema);
    return c.json(await addProject(deps, actor, c.req.param("id"), name), 201);
  });
  routes.patch("/:id/projects/:projectId", async (c) => {
    const actor = userId(c);
    const { name } = await readJson(c, projectNameRequestSchema);
    return c.json(await renameProject(deps, actor, c.req.param("id"), projectId(c.req.param("projectId")), name));
  });
  routes.delete("/:id/projects/:projectId", async (c) => c.json(await removeProject(deps, userId(c), c.req.param("id"), projectId(c.req.param("projectId")))));

  routes.put("/:id/projects/:projectId/factors/:factorId/rating", async (c) => {
    const actor = userId(c);
    const input = await readJson(c, teamRatingRequestSchema);
    await recordTeamRating(deps, actor, c.req.param("id"), factorId(c.req.param("factorId")), input, { projectId: projectId(c.req.param("projectId")) });
    return c.body(null, 204);
  });
  routes.delete("/:id/projects/:projectId/factors/:factorId/rating", async (c) => {
    await withdrawTeamRating(deps, userId(c), c.req.param("id"), factorId(c.req.param("factorId")), { projectId: projectId(c.req.param("projectId")) });
    return c.body(null, 204);
  });
  return routes;
}
