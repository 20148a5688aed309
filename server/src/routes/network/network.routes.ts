import { Hono } from "hono";
import { setAccountActiveRequestSchema, updateNetworkRoleRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { createPasswordResetLink, setAccountActive } from "./accounts.commands.ts";
import { changeNetworkRole, listNetworkAccounts } from "./network.commands.ts";

/** `GET /api/network/members` and `PATCH /api/network/members/:userId { role }`, for administrators. */
export function networkRoutes(deps: { store: Store; rooms: RoomRegistry; publicOrigin: () => string }) {
  const routes = new Hono<AppEnv>();
  routes.use(async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;

  routes.get("/members", async (c) => c.json({ members: await listNetworkAccounts(deps.store, actor(c)) }));

  routes.patch("/members/:userId", async (c) => {
    const { role } = await readJson(c, updateNetworkRoleRequestSchema);
    return c.json({ member: await changeNetworkRole(deps, actor(c), c.req.param("userId"), role) });
  });

  routes.post("/members/:userId/password-reset", async (c) => c.json(await createPasswordResetLink(deps, actor(c), c.req.param("userId")), 201));

  routes.put("/members/:userId/active", async (c) => {
    const { active } = await readJson(c, setAccountActiveRequestSchema);
    await setAccountActive(deps, actor(c), c.req.param("userId"), active);
    return c.body(null, 204);
  });

  return routes;
}
