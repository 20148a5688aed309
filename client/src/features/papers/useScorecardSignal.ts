import { useEffect, useMemo } from "react";
import type * as Y from "yjs";
import { SCORECARD_DOCUMENT_NAME, SCORECARD_SIGNAL } from "@review/shared";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { createDocReader } from "../../collab/docReader.ts";
import { useCollabSession, useCollabSnapshot } from "../../collab/useCollabSession.ts";

function readChanged(doc: Y.Doc): number {
  const value = doc.getMap<unknown>(SCORECARD_SIGNAL.root).get(SCORECARD_SIGNAL.changed);
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

const useChanged = createDocReader<number>(readChanged, 0);

/**
 * The server's score card counter (`network:scorecard`), once this page has synced it: it
 * moves whenever ratings, rounds or a review's setup change anywhere in the network. Null
 * before the first sync (a stored copy may be old) and while offline.
 */
export function useScorecardSignal(): number | null {
  const me = useCurrentUser();
  // Nobody sees presence on this document: the user only names the connection.
  const user = useMemo(() => ({ id: me.id, name: me.name, color: me.color, role: "partner" as const }), [me.id, me.name, me.color]);
  const session = useCollabSession(SCORECARD_DOCUMENT_NAME, user);
  useEffect(() => {
    session?.provider.awareness.setLocalState(null);
  }, [session]);
  const synced = useCollabSnapshot(session)?.connection.synced === true;
  const changed = useChanged(session?.doc ?? null);
  return synced ? changed : null;
}
