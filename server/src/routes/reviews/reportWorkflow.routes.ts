import { Hono } from "hono";
import { API_ROUTES, changeReportStatusRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { changeReportStatus, listReportStatusChanges } from "./reportWorkflow.commands.ts";

/**
 * `POST /:id/report/status` `{ status }` (moderators) and `GET /:id/report/status-history`
 * (members): the report's way from draft through host review to final.
 */
export function reportWorkflowRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };

  routes.post(API_ROUTES.reportStatus.pattern, validateJson(changeReportStatusRequestSchema), async (c) => {
    const actor = userId(c);
    const { status } = c.req.valid("json");
    return c.json({ review: await changeReportStatus(deps, actor, c.req.param("id"), status) });
  });

  routes.get(API_ROUTES.reportStatusHistory.pattern, async (c) =>
    c.json({ changes: await listReportStatusChanges(deps.store, userId(c), c.req.param("id")) }),
  );

  return routes;
}
