import { Hono } from "hono";
import { NOTIFICATION_ROUTES, listNotificationsQuerySchema, markNotificationsReadRequestSchema, notificationSettingsSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateQuery } from "../../http/validate.ts";
import type { NotificationStore } from "../../store/store.ts";
import { listNotifications, markNotificationsRead } from "./notifications.commands.ts";

/**
 * The signed-in user's inbox (`NOTIFICATION_ROUTES`): `GET /` a page, `POST /read` marks read,
 * `GET`/`PUT /settings` e-mail on or off. Every route acts on the caller's own notifications only.
 */
export function notificationRoutes(deps: { store: NotificationStore; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  routes.use(`${NOTIFICATION_ROUTES.list}/*`, async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });

  routes.get(NOTIFICATION_ROUTES.list, validateQuery(listNotificationsQuerySchema), async (c) => {
    return c.json(await listNotifications(deps.store, c.get("user")!.id, c.req.valid("query").before));
  });

  routes.post(NOTIFICATION_ROUTES.read, validateJson(markNotificationsReadRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json(await markNotificationsRead(deps, c.get("user")!.id, input));
  });

  routes.get(NOTIFICATION_ROUTES.settings, async (c) => c.json({ email: await deps.store.getEmailNotifications(c.get("user")!.id) }));

  routes.put(NOTIFICATION_ROUTES.settings, validateJson(notificationSettingsSchema), async (c) => {
    const { email } = c.req.valid("json");
    await deps.store.setEmailNotifications(c.get("user")!.id, email);
    return c.json({ email });
  });

  return routes;
}
