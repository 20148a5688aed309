import { Hono } from "hono";
import { ACCOUNT_ROUTES, API_ROUTES, changePasswordRequestSchema, updateLocaleRequestSchema, updateProfileRequestSchema } from "@review/shared";
import { AttemptLimiter } from "../../auth/rateLimit.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { changePassword, updateProfile } from "./account.commands.ts";
import { changeLocale } from "./me.commands.ts";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * The signed-in user's own settings: `PUT /api/me/locale { locale }` and `PUT /api/me/profile
 * { name, color }` answer `{ user }`; `PUT /api/me/password` answers 204.
 */
export function meRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  // Guessing the current password from a stolen session costs time.
  const passwordAttempts = new AttemptLimiter(10, FIFTEEN_MINUTES);
  routes.use("/api/me/*", async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });

  routes.put(API_ROUTES.myLocale, validateJson(updateLocaleRequestSchema), async (c) => {
    const { locale } = c.req.valid("json");
    return c.json({ user: await changeLocale(deps.store, c.get("user")!, locale) });
  });

  routes.put(ACCOUNT_ROUTES.profile, validateJson(updateProfileRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json({ user: await updateProfile(deps.store, c.get("user")!, input) });
  });

  routes.put(ACCOUNT_ROUTES.password, validateJson(changePasswordRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const user = c.get("user")!;
    if (!passwordAttempts.hit(user.id)) throw refusal("rate_limited", "too_many_password_changes");
    await changePassword(deps, user, c.get("session")!.id, input);
    return c.body(null, 204);
  });

  return routes;
}
