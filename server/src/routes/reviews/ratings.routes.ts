import { Hono } from "hono";
import { RATING_ROUTES, factorIdParamSchema, teamRatingRequestSchema, voteRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
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
  const factorId = (raw: string) => {
    const parsed = factorIdParamSchema.safeParse(raw);
    if (!parsed.success) throw new ApiError("invalid_input", "Not a factor id");
    return parsed.data;
  };

  routes.put(RATING_ROUTES.teamRating.pattern, async (c) => {
    const input = await readJson(c, teamRatingRequestSchema);
    await recordTeamRating(deps, userId(c), c.req.param("id"), factorId(c.req.param("factorId")), input);
    return c.body(null, 204);
  });

  routes.delete(RATING_ROUTES.teamRating.pattern, async (c) => {
    await withdrawTeamRating(deps, userId(c), c.req.param("id"), factorId(c.req.param("factorId")));
    return c.body(null, 204);
  });

  routes.put(RATING_ROUTES.vote.pattern, async (c) => {
    const { rating } = await readJson(c, voteRequestSchema);
    await castVote(deps, userId(c), c.req.param("id"), factorId(c.req.param("factorId")), rating);
    return c.body(null, 204);
  });

  return routes;
}
