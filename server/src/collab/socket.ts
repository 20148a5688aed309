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
};
