import { Hono } from "hono";
import { CONFIG_ROUTE, type PublicConfig } from "@review/shared";
import type { AppEnv } from "../../http/appEnv.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../seed/demo.ts";
import type { UserStore } from "../../store/store.ts";

/** `GET /api/config`: registration mode, and the demo accounts while the demo network is in place. */
export function configRoutes(deps: { store: UserStore; registration: "open" | "invite"; seedDemo: boolean }) {
  const routes = new Hono<AppEnv>();
  routes.get(CONFIG_ROUTE, async (c) => {
    const demoPresent = deps.seedDemo && (await deps.store.findUserByEmail(DEMO_ACCOUNTS[0]!.email)) !== null;
    const config: PublicConfig = {
      registration: deps.registration,
      demo: demoPresent ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map((account) => ({ ...account })) } : null,
    };
    return c.json(config);
  });
  return routes;
}
