import type { UserRecord } from "./userRecords.ts";

/** A session row. `idHash` is the hex SHA-256 of the session id; the id itself is never stored. */
export type SessionRecord = {
  idHash: string;
  userId: string;
  expiresAt: Date;
};

/** Sign-in sessions, stored by the hash of their id. */
export interface SessionStore {
  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  updateSessionExpiry(idHash: string, expiresAt: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteUserSessions(userId: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;
}
