import type { ReviewRole } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
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
    async acceptInvitation(code, userId, now) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<InvitationRow>(
          `UPDATE invitations SET accepted_by = $3, accepted_at = $2
           WHERE code = $1 AND ${OPEN} RETURNING ${COLUMNS}`,
          [code, now, userId],
        );
        const invitation = rows[0];
        if (!invitation) return null;
        // Joining never demotes: an existing member keeps the higher of the two roles.
        await tx.query(
          `INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (review_id, user_id) DO UPDATE SET role = CASE
             WHEN array_position(ARRAY['moderator', 'peer', 'host', 'partner'], EXCLUDED.role)
                < array_position(ARRAY['moderator', 'peer', 'host', 'partner'], review_members.role)
             THEN EXCLUDED.role ELSE review_members.role END`,
          [invitation.review_id, userId, invitation.role],
        );
        return toInvitation(invitation);
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
