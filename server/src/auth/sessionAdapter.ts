import { createHash } from "node:crypto";
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Store, UserRecord } from "../store/store.ts";

/** Sessions are stored by the SHA-256 of their id, so a leaked table grants no session. */
export function hashSessionId(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

export function toDatabaseUser(user: UserRecord): DatabaseUser {
  return { id: user.id, attributes: { email: user.email, name: user.name, color: user.color, isAdmin: user.isAdmin, networkRole: user.networkRole, locale: user.locale } };
}

/** lucia's adapter over our Store. */
export function createSessionAdapter(store: Store): Adapter {
  return {
    async getSessionAndUser(sessionId) {
      const found = await store.findSession(hashSessionId(sessionId));
      if (!found) return [null, null];
      const session: DatabaseSession = {
        id: sessionId,
        userId: found.session.userId,
        expiresAt: found.session.expiresAt,
        attributes: {},
      };
      return [session, toDatabaseUser(found.user)];
    },
    async getUserSessions() {
      // Only hashes are stored, so the ids lucia would hand out cannot be rebuilt.
      return [];
    },
    async setSession(session) {
      await store.createSession({ idHash: hashSessionId(session.id), userId: session.userId, expiresAt: session.expiresAt });
    },
    async updateSessionExpiration(sessionId, expiresAt) {
      await store.updateSessionExpiry(hashSessionId(sessionId), expiresAt);
    },
    async deleteSession(sessionId) {
      await store.deleteSession(hashSessionId(sessionId));
    },
    async deleteUserSessions(userId) {
      await store.deleteUserSessions(userId);
    },
    async deleteExpiredSessions() {
      await store.deleteExpiredSessions(new Date());
    },
  };
}
