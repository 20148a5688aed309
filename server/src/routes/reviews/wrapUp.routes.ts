import { Hono } from "hono";
import { WRAP_UP_ROUTES, factorIdParamSchema, provisionalRatingRequestSchema, visitFeedbackRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { readWrapUp, recordProvisionalRating, recordVisitFeedback } from "./wrapUp.commands.ts";

/**
 * `GET /:id/wrap-up` (members), `PUT /:id/factors/:factorId/days/:day` (the review team) and
 * `PUT /:id/visit-feedback` (moderators). Writes answer 204; the change reaches every member
 * through the ratings document.
 */
export function wrapUpRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };
  const factorId = (raw: string) => {
    const parsed = factorIdParamSchema.safeParse(raw);
    if (!parsed.success) throw new ApiError("invalid_input", "Not a factor id");
    return parsed.data;
  };
  const day = (raw: string) => {
    if (!/^[1-9]\d{0,1}$/.test(raw)) throw refusal("invalid_input", "day_outside_visit");
    return Number(raw);
  };

  routes.get(WRAP_UP_ROUTES.wrapUp.pattern, async (c) => c.json(await readWrapUp(deps.store, userId(c), c.req.param("id"))));

  routes.put(WRAP_UP_ROUTES.provisional.pattern, async (c) => {
    const actor = userId(c);
    const input = await readJson(c, provisionalRatingRequestSchema);
    await recordProvisionalRating(deps, actor, c.req.param("id"), factorId(c.req.param("factorId")), day(c.req.param("day")), input);
    return c.body(null, 204);
  });

  routes.put(WRAP_UP_ROUTES.feedback.pattern, async (c) => {
    const actor = userId(c);
    const input = await readJson(c, visitFeedbackRequestSchema);
    await recordVisitFeedback(deps, actor, c.req.param("id"), input);
    return c.body(null, 204);
  });

  return routes;
}
