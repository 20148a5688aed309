import { Hono } from "hono";
import { REVIEW_ROUND_ROUTES, setFollowsRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { signalScorecardChange } from "../../scorecard/scorecardSignal.ts";
import type { Store } from "../../store/store.ts";
import { listReviewRounds, setReviewFollows } from "./rounds.commands.ts";

/** `GET /:id/rounds` (members) and `PUT /:id/rounds { followsReviewId }` (moderators; open score cards hear of it). */
export function roundRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };
  routes.get(REVIEW_ROUND_ROUTES.rounds.pattern, async (c) => c.json(await listReviewRounds(deps.store, userId(c), c.req.param("id"))));
  routes.put(REVIEW_ROUND_ROUTES.rounds.pattern, validateJson(setFollowsRequestSchema), async (c) => {
    const actor = userId(c);
    const { followsReviewId } = c.req.valid("json");
    const rounds = await setReviewFollows(deps.store, actor, c.req.param("id"), followsReviewId);
    void signalScorecardChange(deps.rooms);
    return c.json(rounds);
  });
  return routes;
}
