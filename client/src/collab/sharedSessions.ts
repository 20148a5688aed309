import type { AwarenessUser } from "@review/shared";
import { CollabSession } from "./collabSession.ts";

type Entry = { session: CollabSession; holders: number };

/**
 * Sessions by document and user, shared by every component of the page that opens the same
 * document (the report's comment panel and the tab's unread badge, say): one socket, one
 * Y.Doc and one IndexedDB copy per document, destroyed when its last holder lets go.
 */
const sessions = new Map<string, Entry>();

export type SessionLease = { session: CollabSession; release(): void };

export function acquireSession(documentName: string, user: AwarenessUser, diagnose: () => Promise<number | null>): SessionLease {
  const key = `${documentName}\u0000${user.id}\u0000${user.role}`;
  let entry = sessions.get(key);
  if (!entry) {
    entry = { session: new CollabSession(documentName, user, { diagnose }), holders: 0 };
    sessions.set(key, entry);
  }
  const held = entry;
  held.holders += 1;
  let released = false;
  return {
    session: held.session,
    release: () => {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders > 0) return;
      sessions.delete(key);
      held.session.destroy();
    },
  };
}

/** Whether any open document has edits the server has not confirmed yet (offline, or still on their way). */
export function hasUnsentChanges(): boolean {
  for (const { session } of sessions.values()) if (session.getSnapshot().connection.pending) return true;
  return false;
}
