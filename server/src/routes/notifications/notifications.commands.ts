import {
  NOTIFICATION_PAGE_SIZE,
  notificationPayloadSchema,
  type ListNotificationsResponse,
  type MarkNotificationsReadRequest,
  type Notification,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { syncInboxDocument } from "../../notifications/inboxDocument.ts";
import type { NotificationRecord } from "../../store/notificationRecords.ts";
import type { NotificationStore } from "../../store/store.ts";

type InboxDeps = { store: NotificationStore; rooms: RoomRegistry };

/** A stored row as the API shows it; a row whose payload no longer parses is left out. */
function toNotification(record: NotificationRecord): Notification | null {
  const payload = notificationPayloadSchema.safeParse(record.payload);
  if (!payload.success) return null;
  return { id: record.id, createdAt: record.createdAt.toISOString(), readAt: record.readAt?.toISOString() ?? null, payload: payload.data };
}

/** One page of the caller's own notifications, newest first, and their unread count. */
export async function listNotifications(store: NotificationStore, userId: string, before?: string): Promise<ListNotificationsResponse> {
  const [rows, unread] = await Promise.all([
    store.listNotifications(userId, { limit: NOTIFICATION_PAGE_SIZE + 1, before }),
    store.countUnreadNotifications(userId),
  ]);
  const page = rows.slice(0, NOTIFICATION_PAGE_SIZE);
  return {
    notifications: page.map(toNotification).filter((item): item is Notification => item !== null),
    unread,
    next: rows.length > NOTIFICATION_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Marks the caller's own notifications read (ids of anyone else's change nothing); answers the new unread count. */
export async function markNotificationsRead(deps: InboxDeps, userId: string, input: MarkNotificationsReadRequest): Promise<{ unread: number }> {
  const changed = await deps.store.markNotificationsRead(userId, "all" in input ? "all" : input.ids, new Date());
  if (changed > 0) await syncInboxDocument(deps, userId);
  return { unread: await deps.store.countUnreadNotifications(userId) };
}
