import {
  NOTIFICATION_ROUTES,
  listNotificationsResponseSchema,
  markNotificationsReadResponseSchema,
  notificationSettingsSchema,
  type ListNotificationsResponse,
  type MarkNotificationsReadRequest,
  type NotificationSettings,
} from "@review/shared";
import { request } from "./http.ts";

/** A page of the signed-in user's notifications, newest first; `before` continues after an id. */
export function listNotifications(before?: string): Promise<ListNotificationsResponse> {
  const query = before ? `?before=${encodeURIComponent(before)}` : "";
  return request(`${NOTIFICATION_ROUTES.list}${query}`, { schema: listNotificationsResponseSchema });
}

/** Marks some (or all) of one's notifications read; answers the unread count left. */
export function markNotificationsRead(input: MarkNotificationsReadRequest): Promise<{ unread: number }> {
  return request(NOTIFICATION_ROUTES.read, { method: "POST", body: input, schema: markNotificationsReadResponseSchema });
}

export function getNotificationSettings(): Promise<NotificationSettings> {
  return request(NOTIFICATION_ROUTES.settings, { schema: notificationSettingsSchema });
}

export function saveNotificationSettings(settings: NotificationSettings): Promise<NotificationSettings> {
  return request(NOTIFICATION_ROUTES.settings, { method: "PUT", body: settings, schema: notificationSettingsSchema });
}
