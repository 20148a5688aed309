import type { ReviewRole } from "@review/shared";
import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import type { InvitationRecord, Store } from "./store.ts";

type InvitationStore = Pick<
  Store,
  "createInvitation" | "findInvitationByCode" | "listOpenInvitations" | "acceptInvitation" | "revokeInvitation"
>;

type InvitationRow = {
  id: string;
  code: string;
  review_id: string;
  role: ReviewRole;
  email: string | null;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_by: string | null;
  accepted_at: Date | null;
  revoked_at: Date | null;
};

const COLUMNS = "id, code, review_id, role, email, created_by, created_at, expires_at, accepted_by, accepted_at, revoked_at";
const OPEN = "accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2";

/** Single-use invitation codes into a review. */
export function createSqlInvitations(db: SqlClient): InvitationStore {
  return {
    async createInvitation(input) {
      const { rows } = await db.query<InvitationRow>(
        `INSERT INTO invitations (id, code, review_id, role, email, created_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [input.id, input.code, input.reviewId, input.role, input.email?.toLowerCase() ?? null, input.createdBy, input.expiresAt],
      );
      return toInvitation(rows[0]!);
    },
    async findInvitationByCode(code) {
      const { rows } = await db.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE code = $1`, [code]);
      return rows[0] ? toInvitation(rows[0]) : null;
    },
    async listOpenInvitations(reviewId, now) {
      const { rows } = await db.query<InvitationRow>(
        `SELECT ${COLUMNS} FROM invitations WHERE review_id = $1 AND ${OPEN} ORDER BY created_at DESC`,
        [reviewId, now],
      );
      return rows.map(toInvitation);
    },
    async acceptInvitation(code, user, now) {
      return db.transaction(async (tx) => {
        const invitation = await lockOpenInvitation(tx, code, now);
        if (!invitation) return { kind: "unusable" };
        if (invitation.email && invitation.email !== user.email.toLowerCase()) return { kind: "for_other", email: invitation.email };
        const { rows } = await tx.query<{ role: ReviewRole }>("SELECT role FROM review_members WHERE review_id = $1 AND user_id = $2", [
          invitation.reviewId,
          user.id,
        ]);
        if (rows[0]) return { kind: "already_member", reviewId: invitation.reviewId };
        await consumeInvitation(tx, invitation, user.id, now);
        return { kind: "accepted", reviewId: invitation.reviewId };
      });
    },
    async revokeInvitation(reviewId, invitationId, now) {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE invitations SET revoked_at = $2 WHERE id = $3 AND review_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
        [reviewId, now, invitationId],
      );
      return rows.length > 0;
    },
  };
}

/**
 * The invitation if it is still open, its row locked until the transaction ends: a concurrent
 * use of the same code waits, then finds it used.
 */
export async function lockOpenInvitation(tx: SqlExecutor, code: string, now: Date): Promise<InvitationRecord | null> {
  const { rows } = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE code = $1 AND ${OPEN} FOR UPDATE`, [code, now]);
  return rows[0] ? toInvitation(rows[0]) : null;
}

/** Marks a locked, open invitation accepted by `userId` and makes them a member with its role. */
export async function consumeInvitation(tx: SqlExecutor, invitation: InvitationRecord, userId: string, now: Date): Promise<void> {
  await tx.query("UPDATE invitations SET accepted_by = $2, accepted_at = $3 WHERE id = $1", [invitation.id, userId, now]);
  // A membership made meanwhile by a moderator (a race) is kept as it is.
  await tx.query("INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (review_id, user_id) DO NOTHING", [
    invitation.reviewId,
    userId,
    invitation.role,
  ]);
}

function toInvitation(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    code: row.code,
    reviewId: row.review_id,
    role: row.role,
    email: row.email,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedBy: row.accepted_by,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}
