import type * as Y from "yjs";
import type { AwarenessUser, DocumentAccess } from "@review/shared";

/** The little a room needs from a socket, so rooms can be tested without a network. */
export interface CollabSocket {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Who is on the other end of a connection and what they may do, decided at the upgrade. */
export type ConnectionIdentity = {
  user: AwarenessUser;
  /** The session the upgrade was authenticated with; signing out closes its connections. */
  sessionId: string;
  access: Exclude<DocumentAccess, "none">;
  /** A narrower write permission inside the document: updates it refuses are dropped like a reader's. */
  writeFilter?: WriteFilter;
};

export type WriteFilter = {
  refuses(doc: Y.Doc, update: Uint8Array): boolean;
  /** Told to the client (once) when an update is refused. */
  reason: string;
};
