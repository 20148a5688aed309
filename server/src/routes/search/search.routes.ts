import { Hono } from "hono";
import { SEARCH_ROUTE, searchQuerySchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateQuery } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { searchEverything } from "./search.commands.ts";

/** `GET /api/search?q=`. */
export function searchRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  // Signed in first: a stranger learns nothing from validation.
  routes.use(SEARCH_ROUTE, async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  routes.get(SEARCH_ROUTE, validateQuery(searchQuerySchema), async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(await searchEverything(deps, c.get("user")!.id, c.req.valid("query").q));
  });
  return routes;
}
