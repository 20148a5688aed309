import { Hono } from "hono";
import { SEARCH_ROUTE, searchQuerySchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { requestLocale, zodErrorMap } from "../../http/inputLocale.ts";
import { describeZodError } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { searchEverything } from "./search.commands.ts";

/** `GET /api/search?q=`. */
export function searchRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  routes.get(SEARCH_ROUTE, async (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    const query = searchQuerySchema.safeParse(c.req.query(), { error: zodErrorMap(requestLocale(c)) });
    if (!query.success) throw new ApiError("invalid_input", describeZodError(query.error));
    c.header("Cache-Control", "no-store");
    return c.json(await searchEverything(deps, user.id, query.data.q));
  });
  return routes;
}
