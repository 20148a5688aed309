import { Hono } from "hono";
import { ACCOUNT_ROUTES, NETWORK_ROUTES, RECOMMENDATION_ROUTES, networkRecommendationsQuerySchema, setAccountActiveRequestSchema, updateNetworkRoleRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import { contentDisposition } from "../../export/exportFile.ts";
import { listNetworkRecommendations, renderRecommendationsCsv } from "../../recommendations/networkRecommendations.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateQuery } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { createPasswordResetLink, setAccountActive } from "./accounts.commands.ts";
import { changeNetworkRole, listNetworkAccounts } from "./network.commands.ts";

/**
 * `GET /api/network/members` and `PATCH /api/network/members/:userId { role }`, for administrators;
 * `GET /api/network/recommendations` for every account.
 */
export function networkRoutes(deps: { store: Store; rooms: RoomRegistry; publicOrigin: () => string }) {
  const routes = new Hono<AppEnv>();
  routes.use("/api/network/*", async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;

  /** Every member: the recommendations they may read, by actor and status (`format=csv` downloads them). */
  routes.get(RECOMMENDATION_ROUTES.network, validateQuery(networkRecommendationsQuerySchema), async (c) => {
    const query = c.req.valid("query");
    const recommendations = await listNetworkRecommendations(deps, actor(c).id, query);
    c.header("Cache-Control", "no-store");
    if (query.format !== "csv") return c.json({ recommendations });
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", contentDisposition("attachment", "recommendations.csv"));
    return c.body(renderRecommendationsCsv(recommendations));
  });

  routes.get(NETWORK_ROUTES.members, async (c) => c.json({ members: await listNetworkAccounts(deps.store, actor(c)) }));

  routes.patch(NETWORK_ROUTES.member.pattern, validateJson(updateNetworkRoleRequestSchema), async (c) => {
    const { role } = c.req.valid("json");
    return c.json({ member: await changeNetworkRole(deps, actor(c), c.req.param("userId"), role) });
  });

  routes.post(ACCOUNT_ROUTES.passwordReset.pattern, async (c) => c.json(await createPasswordResetLink(deps, actor(c), c.req.param("userId")), 201));

  routes.put(ACCOUNT_ROUTES.active.pattern, validateJson(setAccountActiveRequestSchema), async (c) => {
    const { active } = c.req.valid("json");
    await setAccountActive(deps, actor(c), c.req.param("userId"), active);
    return c.body(null, 204);
  });

  return routes;
}
