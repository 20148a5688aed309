import { Hono } from "hono";
import { z } from "zod";
import { WRAP_UP_ROUTES, factorIdParamSchema, provisionalRatingRequestSchema, visitFeedbackRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateParams } from "../../http/validate.ts";
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
  // After the body, as before: a bad body is reported before a bad factor id or day.
  const factorDay = validateParams(
    z.object({ factorId: factorIdParamSchema, day: z.string().regex(/^[1-9]\d{0,1}$/).transform(Number) }),
    (param) => (param === "day" ? refusal("invalid_input", "day_outside_visit") : new ApiError("invalid_input", "Not a factor id")),
  );

  routes.get(WRAP_UP_ROUTES.wrapUp.pattern, async (c) => c.json(await readWrapUp(deps.store, userId(c), c.req.param("id"))));

  routes.put(WRAP_UP_ROUTES.provisional.pattern, validateJson(provisionalRatingRequestSchema), factorDay, async (c) => {
    const { factorId, day } = c.req.valid("param");
    await recordProvisionalRating(deps, userId(c), c.req.param("id"), factorId, day, c.req.valid("json"));
    return c.body(null, 204);
  });

  routes.put(WRAP_UP_ROUTES.feedback.pattern, validateJson(visitFeedbackRequestSchema), async (c) => {
    const actor = userId(c);
    const input = c.req.valid("json");
    await recordVisitFeedback(deps, actor, c.req.param("id"), input);
    return c.body(null, 204);
  });

  return routes;
}
