import type { NetworkRole } from "@review/shared";
import { LOCK_CLASS } from "./advisoryLocks.ts";
import type { SqlClient } from "./sqlClient.ts";
import type { AccountRecord, Store } from "./store.ts";

type NetworkRoleStore = Pick<Store, "listAccounts" | "setNetworkRole">;

type AccountRow = { id: string; email: string; name: string; color: string; network_role: NetworkRole; created_at: Date; deactivated_at: Date | null };

/** The network's accounts and their roles, as the administrator manages them. */
export function createSqlNetworkRoles(db: SqlClient): NetworkRoleStore {
  return {
    async listAccounts() {
      const { rows } = await db.query<AccountRow>("SELECT id, email, name, color, network_role, created_at, deactivated_at FROM users ORDER BY name, id");
      return rows.map(toAccount);
    },

    async setNetworkRole({ userId, role, actorId }) {
      return db.transaction(async (tx) => {
        // The same lock as account creation: two administrators demoting each other at once
        // are serialised, and the second sees that the first one is gone.
        await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.users}, 0)`);
        const { rows: actors } = await tx.query<{ network_role: NetworkRole }>("SELECT network_role FROM users WHERE id = $1", [actorId]);
        // The actor may have been demoted since their request was authorised.
        if (actors[0]?.network_role !== "administrator") return "actor_not_administrator";
        const { rows } = await tx.query<{ network_role: NetworkRole }>("SELECT network_role FROM users WHERE id = $1", [userId]);
        const current = rows[0]?.network_role;
        if (!current) return "not_found";
        if (current === role) return "unchanged";
        if (current === "administrator") {
          const { rows: others } = await tx.query<{ count: number }>(
            "SELECT count(*)::int AS count FROM users WHERE network_role = 'administrator' AND id <> $1",
            [userId],
          );
          if ((others[0]?.count ?? 0) === 0) return "last_administrator";
        }
        await tx.query("UPDATE users SET network_role = $2 WHERE id = $1", [userId, role]);
        await tx.query("INSERT INTO audit_events (actor_id, kind, subject, detail) VALUES ($1, 'user.network_role', $2, $3::jsonb)", [
          actorId,
          `user:${userId}`,
          JSON.stringify({ from: current, to: role }),
        ]);
        return "changed";
      });
    },
  };
}

function toAccount(row: AccountRow): AccountRecord {
  return { id: row.id, email: row.email, name: row.name, color: row.color, networkRole: row.network_role, createdAt: row.created_at, deactivatedAt: row.deactivated_at };
}
