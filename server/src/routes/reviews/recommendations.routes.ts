import { Hono } from "hono";
import { RECOMMENDATION_ROUTES, addFollowUpRequestSchema, setAddresseesRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { addRecommendationFollowUp, listReviewRecommendations, setRecommendationAddressees } from "./recommendations.commands.ts";

/**
 * `GET /:id/recommendations` (members), `PUT /:id/recommendations/:recommendationId/addressees`
 * (moderators, peers) and `POST /:id/recommendations/:recommendationId/follow-up` (moderators,
 * peers, hosts; final reports only).
 */
export function recommendationRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };

  routes.get(RECOMMENDATION_ROUTES.list.pattern, async (c) => c.json(await listReviewRecommendations(deps, userId(c), c.req.param("id"))));

  routes.put(RECOMMENDATION_ROUTES.addressees.pattern, validateJson(setAddresseesRequestSchema), async (c) => {
    const actor = userId(c);
    const { addressees } = c.req.valid("json");
    return c.json({ recommendation: await setRecommendationAddressees(deps, actor, c.req.param("id"), c.req.param("recommendationId"), addressees) });
  });

  routes.post(RECOMMENDATION_ROUTES.followUp.pattern, validateJson(addFollowUpRequestSchema), async (c) => {
    const actor = userId(c);
    const input = c.req.valid("json");
    return c.json({ recommendation: await addRecommendationFollowUp(deps, actor, c.req.param("id"), c.req.param("recommendationId"), input) }, 201);
  });

  return routes;
}
