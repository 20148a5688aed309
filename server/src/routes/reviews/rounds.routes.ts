import { Hono } from "hono";
import { setFollowsRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { listReviewRounds, setReviewFollows } from "./rounds.commands.ts";

/** `GET /:id/rounds` (members) and `PUT /:id/rounds { followsReviewId }` (moderators). */
export function roundRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };
  routes.get("/:id/rounds", async (c) => c.json(await listReviewRounds(deps.store, userId(c), c.req.param("id"))));
  routes.put("/:id/rounds", async (c) => {
    const actor = userId(c);
    const { followsReviewId } = await readJson(c, setFollowsRequestSchema);
    return c.json(await setReviewFollows(deps.store, actor, c.req.param("id"), followsReviewId));
  });
  return routes;
}
