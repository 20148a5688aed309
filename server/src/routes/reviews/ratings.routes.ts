import { Hono } from "hono";
import { z } from "zod";
import { RATING_ROUTES, factorIdParamSchema, teamRatingRequestSchema, voteRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateParams } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { castVote, recordTeamRating, withdrawTeamRating } from "./ratings.commands.ts";

/**
 * `PUT|DELETE /:id/factors/:factorId/rating` (moderators) and `PUT /:id/factors/:factorId/vote`
 * (the review team, each their own vote). Answers 204; the change reaches every open board
 * through the ratings document.
 */
export function ratingRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!.id;
  // After the body, as before: a bad body is reported before a bad factor id.
  const factor = validateParams(z.object({ factorId: factorIdParamSchema }), () => new ApiError("invalid_input", "Not a factor id"));

  routes.put(RATING_ROUTES.teamRating.pattern, validateJson(teamRatingRequestSchema), factor, async (c) => {
    await recordTeamRating(deps, userId(c), c.req.param("id"), c.req.valid("param").factorId, c.req.valid("json"));
    return c.body(null, 204);
  });

  routes.delete(RATING_ROUTES.teamRating.pattern, factor, async (c) => {
    await withdrawTeamRating(deps, userId(c), c.req.param("id"), c.req.valid("param").factorId);
    return c.body(null, 204);
  });

  routes.put(RATING_ROUTES.vote.pattern, validateJson(voteRequestSchema), factor, async (c) => {
    const { rating } = c.req.valid("json");
    await castVote(deps, userId(c), c.req.param("id"), c.req.valid("param").factorId, rating);
    return c.body(null, 204);
  });

  return routes;
}
