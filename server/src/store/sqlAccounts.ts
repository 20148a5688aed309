import type { NetworkRole } from "@review/shared";
import type { AccountStore } from "./accountRecords.ts";
import { LOCK_CLASS } from "./advisoryLocks.ts";
import type { SqlClient } from "./sqlClient.ts";
import type { UserRecord } from "./store.ts";

export function createSqlAccounts(db: SqlClient, findUser: (id: string) => Promise<UserRecord | null>): AccountStore {
  return {
    async updateProfile(userId, { name, color }) {
      const { rows } = await db.query<{ id: string }>("UPDATE users SET name = $2, color = $3 WHERE id = $1 RETURNING id", [userId, name, color]);
      return rows[0] ? findUser(userId) : null;
    },

    async replacePassword(userId, passwordHash, keepSessionHash) {
      await db.transaction(async (tx) => {
        await tx.query("UPDATE users SET password_hash = $2 WHERE id = $1", [userId, passwordHash]);
        if (keepSessionHash === null) await tx.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
        else await tx.query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2", [userId, keepSessionHash]);
      });
    },

    async createPasswordReset({ tokenHash, userId, createdBy, expiresAt }) {
      await db.transaction(async (tx) => {
        await tx.query("DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL", [userId]);
        await tx.query("INSERT INTO password_resets (token_hash, user_id, created_by, expires_at) VALUES ($1, $2, $3, $4)", [tokenHash, userId, createdBy, expiresAt]);
      });
    },

    async consumePasswordReset({ tokenHash, passwordHash, now }) {
      return db.transaction(async (tx) => {
        // One UPDATE decides: of two uses racing, exactly one sees the row unused.
        const { rows } = await tx.query<{ user_id: string }>(
          `UPDATE password_resets r SET used_at = $2
           FROM users u
           WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.id = r.user_id AND u.deactivated_at IS NULL
           RETURNING r.user_id`,
          [tokenHash, now],
        );
        const userId = rows[0]?.user_id;
        if (!userId) return null;
        await tx.query("UPDATE users SET password_hash = $2 WHERE id = $1", [userId, passwordHash]);
        await tx.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
        return userId;
      });
    },

    async setAccountActive({ userId, active, actorId, now }) {
      return db.transaction(async (tx) => {
        // Serialised with role changes: an administrator demoted meanwhile acts no more.
        await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.users}, 0)`);
        const { rows: actors } = await tx.query<{ network_role: NetworkRole }>("SELECT network_role FROM users WHERE id = $1", [actorId]);
        if (actors[0]?.network_role !== "administrator") return "actor_not_administrator";
        const { rows } = await tx.query<{ network_role: NetworkRole; deactivated_at: Date | null }>(
          "SELECT network_role, deactivated_at FROM users WHERE id = $1",
          [userId],
        );
        const account = rows[0];
        if (!account) return "not_found";
        if (active === (account.deactivated_at === null)) return "unchanged";
        if (!active && account.network_role === "administrator") return "administrator";
        await tx.query("UPDATE users SET deactivated_at = $2 WHERE id = $1", [userId, active ? null : now]);
        if (!active) {
          await tx.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
          await tx.query("DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL", [userId]);
        }
        await tx.query("INSERT INTO audit_events (actor_id, kind, subject, detail) VALUES ($1, 'user.active', $2, $3::jsonb)", [
          actorId,
          `user:${userId}`,
          JSON.stringify({ active }),
        ]);
        return "changed";
      });
    },
  };
}
