import { useEffect } from "react";
import type * as Y from "yjs";
import type { AwarenessUser, DocumentAccess } from "@review/shared";
import { useSession } from "../app/SessionProvider.tsx";
import type { CollabSession, CollabSnapshot } from "./collabSession.ts";
import { deriveStatus, initialConnectionState, terminalStatus, type ConnectionState, type ConnectionStatus, type TerminalStatus } from "./connectionStatus.ts";
import { useCollabSession, useCollabSnapshot } from "./useCollabSession.ts";

/** One open collaborative document as a page needs it. */
export type DocumentSession = {
  session: CollabSession | null;
  snapshot: CollabSnapshot | null;
  connection: ConnectionState;
  status: ConnectionStatus;
  terminal: TerminalStatus | null;
  /** What the role allows on the document (the permission table in shared). */
  access: DocumentAccess;
  writeRejected: boolean;
  /** The user may write and the server has not refused it. */
  canWrite: boolean;
  /** Something worth showing: synced, a local copy with content, offline, or closed for good. */
  ready: boolean;
};

export type DocumentSessionOptions = {
  docName: string;
  user: AwarenessUser;
  access: DocumentAccess;
  /** Why the socket closed, asked over HTTP (signed out, no longer a member). */
  diagnose: () => Promise<number | null>;
  /** Whether a local (IndexedDB) copy is worth showing while offline. */
  hasContent: (doc: Y.Doc) => boolean;
};

/**
 * The lifecycle every document shares (provider, IndexedDB copy, connection status, write
 * permission): a session the server no longer knows sends the user back to sign in, while the
 * edits stay in IndexedDB.
 */
export function useDocumentSession({ docName, user, access, diagnose, hasContent }: DocumentSessionOptions): DocumentSession {
  const { expire } = useSession();
  const session = useCollabSession(docName, user, diagnose);
  const snapshot = useCollabSnapshot(session);
  const connection = snapshot?.connection ?? initialConnectionState();
  const status = deriveStatus(connection, access);
  const terminal = terminalStatus(connection.terminalCode);

  useEffect(() => {
    if (terminal === "signedOut") expire();
  }, [terminal, expire]);

  const hasLocalCopy = session !== null && snapshot?.localCopyLoaded === true && hasContent(session.doc);
  return {
    session,
    snapshot,
    connection,
    status,
    terminal,
    access,
    writeRejected: connection.writeRejected,
    canWrite: access === "write" && !connection.writeRejected && terminal === null,
    ready: session !== null && (connection.everSynced || terminal !== null || status === "offline" || hasLocalCopy),
  };
}
