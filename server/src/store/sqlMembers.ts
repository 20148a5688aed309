import type { ReviewRole } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { MembershipChange } from "./store.ts";

/**
 * A role change or removal, decided and written under the review row's lock: two moderators
 * demoting or removing each other at once are serialised, and the second one sees the first
 * one's result (READ COMMITTED takes a fresh snapshot per statement once the lock is held).
 */
export async function changeMembership(
  db: SqlClient,
  input: { reviewId: string; actorId: string; memberId: string; role: ReviewRole | null },
): Promise<MembershipChange> {
  return db.transaction(async (tx): Promise<MembershipChange> => {
    const { rows: review } = await tx.query<{ id: string }>("SELECT id FROM reviews WHERE id = $1 FOR UPDATE", [input.reviewId]);
    if (!review[0]) return { kind: "no_review" };
    const { rows } = await tx.query<{ user_id: string; role: ReviewRole }>(
      "SELECT user_id, role FROM review_members WHERE review_id = $1 AND (user_id = $2 OR user_id = $3 OR role = 'moderator')",
      [input.reviewId, input.actorId, input.memberId],
    );
    const actor = rows.find((row) => row.user_id === input.actorId);
    if (!actor) return { kind: "no_review" };
    if (actor.role !== "moderator") return { kind: "not_moderator" };
    const member = rows.find((row) => row.user_id === input.memberId);
    if (!member) return { kind: "not_member" };
    const staysModerator = input.role === "moderator";
    const moderators = rows.filter((row) => row.role === "moderator").length;
    if (member.role === "moderator" && !staysModerator && moderators <= 1) return { kind: "last_moderator" };
    if (input.role === null) {
      await tx.query("DELETE FROM review_members WHERE review_id = $1 AND user_id = $2", [input.reviewId, input.memberId]);
    } else if (input.role !== member.role) {
      await tx.query("UPDATE review_members SET role = $3 WHERE review_id = $1 AND user_id = $2", [input.reviewId, input.memberId, input.role]);
    }
    return { kind: "changed", previous: member.role };
  });
}
