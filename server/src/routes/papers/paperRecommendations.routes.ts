import { Hono } from "hono";
import { PAPER_RECOMMENDATION_ROUTES, addFollowUpRequestSchema, setAddresseesRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import { signalPaperRecommendations } from "../../recommendations/paperRecommendationSignal.ts";
import type { Store } from "../../store/store.ts";
import { addPaperRecommendationFollowUp, listPaperRecommendations, setPaperRecommendationAddressees } from "./paperRecommendations.commands.ts";

/**
 * `GET /:id/recommendations` (every account), `PUT /:id/recommendations/:recommendationId/addressees`
 * (the paper's writers) and `POST /:id/recommendations/:recommendationId/follow-up` (its writers,
 * published papers only): the report's commands, for a policy paper. Mounted behind the papers' sign-in check.
 */
export function paperRecommendationRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;

  routes.get(PAPER_RECOMMENDATION_ROUTES.list.pattern, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(await listPaperRecommendations(deps, actor(c), c.req.param("id")));
  });

  routes.put(PAPER_RECOMMENDATION_ROUTES.addressees.pattern, validateJson(setAddresseesRequestSchema), async (c) => {
    const { addressees } = c.req.valid("json");
    const recommendation = await setPaperRecommendationAddressees(deps, actor(c), c.req.param("id"), c.req.param("recommendationId"), addressees);
    void signalPaperRecommendations(deps.rooms, c.req.param("id"));
    return c.json({ recommendation });
  });

  routes.post(PAPER_RECOMMENDATION_ROUTES.followUp.pattern, validateJson(addFollowUpRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const recommendation = await addPaperRecommendationFollowUp(deps, actor(c), c.req.param("id"), c.req.param("recommendationId"), input);
    void signalPaperRecommendations(deps.rooms, c.req.param("id"));
    return c.json({ recommendation }, 201);
  });

  return routes;
}
