import { CLOSE_CODES, reviewDocumentPrefix, type Member, type ReviewRole } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, notFound } from "../../errors/apiError.ts";
import type { Store } from "../../store/store.ts";
import { requireModerator } from "./reviews.commands.ts";

async function requireOtherModeratorRemains(store: Store, reviewId: string, userId: string): Promise<void> {
  const members = await store.listMembers(reviewId);
  const moderators = members.filter((member) => member.role === "moderator");
  if (moderators.length === 1 && moderators[0]!.userId === userId) {
    throw new ApiError("conflict", "A review needs at least one moderator: make someone else moderator first");
  }
}

/**
 * Changes a member's role. Their open connections are closed at once so that
 * they reconnect with the new access; nothing they wrote is lost.
 */
export async function changeMemberRole(
  deps: { store: Store; rooms: RoomRegistry },
  actorId: string,
  reviewId: string,
  memberId: string,
  role: ReviewRole,
): Promise<Member> {
  await requireModerator(deps.store, actorId, reviewId);
  const current = await deps.store.findMembership(reviewId, memberId);
  if (!current) throw notFound("This person is not a member of the review");
  if (current === "moderator" && role !== "moderator") await requireOtherModeratorRemains(deps.store, reviewId, memberId);
  await deps.store.upsertMember(reviewId, memberId, role);
  if (current !== role) {
    deps.rooms.closeUserConnections(reviewDocumentPrefix(reviewId), memberId, CLOSE_CODES.permissionsChanged, "Your role changed");
  }
  const member = (await deps.store.listMembers(reviewId)).find((m) => m.userId === memberId)!;
  return { userId: member.userId, name: member.name, email: member.email, color: member.color, role: member.role };
}

/** Removes a member and closes their open connections to the review's documents at once. */
export async function removeMember(
  deps: { store: Store; rooms: RoomRegistry },
  actorId: string,
  reviewId: string,
  memberId: string,
): Promise<void> {
  await requireModerator(deps.store, actorId, reviewId);
  const current = await deps.store.findMembership(reviewId, memberId);
  if (!current) throw notFound("This person is not a member of the review");
  if (current === "moderator") await requireOtherModeratorRemains(deps.store, reviewId, memberId);
  await deps.store.removeMember(reviewId, memberId);
  deps.rooms.closeUserConnections(reviewDocumentPrefix(reviewId), memberId, CLOSE_CODES.forbidden, "You were removed from this review");
}
