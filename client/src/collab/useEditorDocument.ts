import { useEffect } from "react";
import { EDITOR_FRAGMENT, type AwarenessUser, type DocumentAccess } from "@review/shared";
import { useSession } from "../app/SessionProvider.tsx";
import type { CollabSession, CollabSnapshot } from "./collabSession.ts";
import { deriveStatus, initialConnectionState, terminalStatus, type ConnectionState, type ConnectionStatus, type TerminalStatus } from "./connectionStatus.ts";
import { useCollabSession, useCollabSnapshot } from "./useCollabSession.ts";

export type EditorDocument = {
  session: CollabSession | null;
  snapshot: CollabSnapshot | null;
  connection: ConnectionState;
  status: ConnectionStatus;
  terminal: TerminalStatus | null;
  /** The user may write and the server has not refused it. */
  canWrite: boolean;
  /** Something worth showing: synced, a local copy with content, offline, or closed for good. */
  ready: boolean;
};

/**
 * A rich-text document (a report or a paper) as its page needs it: the live session, the
 * connection's state for the badge, whether the editor may write and whether to show it yet.
 * A session the server no longer knows sends the user back to sign in (edits stay in IndexedDB).
 */
export function useEditorDocument(docName: string, user: AwarenessUser, access: DocumentAccess, diagnose: () => Promise<number | null>): EditorDocument {
  const { expire } = useSession();
  const session = useCollabSession(docName, user, diagnose);
  const snapshot = useCollabSnapshot(session);
  const connection = snapshot?.connection ?? initialConnectionState();
  const status = deriveStatus(connection, access);
  const terminal = terminalStatus(connection.terminalCode);

  useEffect(() => {
    if (terminal === "signedOut") expire();
  }, [terminal, expire]);

  const canWrite = access === "write" && !connection.writeRejected && terminal === null;
  const hasLocalContent = session !== null && snapshot?.localCopyLoaded === true && session.doc.getXmlFragment(EDITOR_FRAGMENT).length > 0;
  const ready = session !== null && (connection.everSynced || terminal !== null || status === "offline" || hasLocalContent);
  return { session, snapshot, connection, status, terminal, canWrite, ready };
}
