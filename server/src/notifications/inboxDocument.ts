import type * as Y from "yjs";
import { INBOX_KEYS, INBOX_ROOT, inboxDocumentName } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { NotificationStore } from "../store/store.ts";

type InboxDeps = { store: NotificationStore; rooms: RoomRegistry };

/** Per registry, the last rewrite of each user's inbox document. */
const rewrites = new WeakMap<RoomRegistry, Map<string, Promise<void>>>();

/**
 * Makes `user:<id>:inbox` carry the user's unread count and bumps its `changed` counter, so an
 * open client shows the count live and knows to fetch the list again. Rewrites of one user run
 * one after the other, each counting afresh (like the ratings mirror).
 */
export function syncInboxDocument(deps: InboxDeps, userId: string): Promise<void> {
  let queue = rewrites.get(deps.rooms);
  if (!queue) rewrites.set(deps.rooms, (queue = new Map()));
  const previous = queue.get(userId) ?? Promise.resolve();
  const next = previous
    .catch(() => {})
    .then(async () => {
      const unread = await deps.store.countUnreadNotifications(userId);
      await deps.rooms.applyServerChange(inboxDocumentName(userId), (doc) => writeInbox(doc, unread));
    });
  queue.set(userId, next);
  const forget = () => {
    if (queue.get(userId) === next) queue.delete(userId);
  };
  next.then(forget, forget);
  return next;
}

function writeInbox(doc: Y.Doc, unread: number): void {
  const root = doc.getMap<unknown>(INBOX_ROOT);
  const changed = root.get(INBOX_KEYS.changed);
  doc.transact(() => {
    if (root.get(INBOX_KEYS.unread) !== unread) root.set(INBOX_KEYS.unread, unread);
    root.set(INBOX_KEYS.changed, (typeof changed === "number" ? changed : 0) + 1);
  });
}
