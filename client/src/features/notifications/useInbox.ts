import { useEffect, useMemo } from "react";
import type * as Y from "yjs";
import { INBOX_KEYS, INBOX_ROOT, inboxDocumentName } from "@review/shared";
import { useCollabSession, useCollabSnapshot } from "../../collab/useCollabSession.ts";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { createDocReader } from "../../collab/docReader.ts";

export type InboxState = { unread: number; changed: number };

/** The inbox and whether it has synced with the server at least once (before that it may be an old local copy). */
export type Inbox = InboxState & { synced: boolean };

const EMPTY: InboxState = { unread: 0, changed: 0 };

function count(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

function readInbox(doc: Y.Doc): InboxState {
  const root = doc.getMap<unknown>(INBOX_ROOT);
  return { unread: count(root.get(INBOX_KEYS.unread)), changed: count(root.get(INBOX_KEYS.changed)) };
}

const useInboxDoc = createDocReader<InboxState>(readInbox, EMPTY);

/**
 * The signed-in user's unread count, live from their server-written `user:<id>:inbox`
 * document; `changed` moves whenever a notification arrives or is read (time to refetch the list).
 */
export function useInbox(): Inbox {
  const me = useCurrentUser();
  // Nobody else reads this document: the role only fills the presence the server ignores here.
  const user = useMemo(() => ({ id: me.id, name: me.name, color: me.color, role: "partner" as const }), [me.id, me.name, me.color]);
  const session = useCollabSession(inboxDocumentName(me.id), user);
  useEffect(() => {
    session?.provider.awareness.setLocalState(null);
  }, [session]);
  const synced = useCollabSnapshot(session)?.connection.everSynced === true;
  const { unread, changed } = useInboxDoc(session?.doc ?? null);
  return useMemo(() => ({ unread, changed, synced }), [unread, changed, synced]);
}
