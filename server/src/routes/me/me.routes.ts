import { Hono } from "hono";
import { updateLocaleRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { changeLocale } from "./me.commands.ts";

/** The signed-in user's own settings: `PUT /api/me/locale { locale }` answers `{ user }`. */
export function meRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();
  routes.use(async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });

  routes.put("/locale", async (c) => {
    const { locale } = await readJson(c, updateLocaleRequestSchema);
    return c.json({ user: await changeLocale(deps.store, c.get("user")!, locale) });
  });

  return routes;
}
