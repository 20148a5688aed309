import { CLOSE_CODES, reviewDocumentPrefix, type AddMemberRequest, type AddMemberResponse, type Member, type ReviewRole } from "@review/shared";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { type ApiError, refusal, notFound, forbidden } from "../../errors/apiError.ts";
import type { BenchmarkStore, FollowUpStore, InvitationStore, MembershipChange, NotificationStore, PaperStore, ProjectStore, RatingStore, ReviewStore, UserStore, WrapUpStore } from "../../store/store.ts";
import { notifyAddedToReview } from "../../notifications/notify.ts";
import { issueInvitation } from "../invitations/invitations.commands.ts";
import { requireModerator } from "./reviews.commands.ts";


/**
 * Adds a person by email; moderators only. An account is added at once; an email without
 * one gets an invitation bound to that address (listed with the review's invitations).
 * Both answer alike, so that the route does not tell whether an email is registered.
 * An existing member is refused: role changes go through `changeMemberRole`, which
 * guards the last moderator and closes sockets.
 */
export async function addMember(deps: { store: BenchmarkStore & FollowUpStore & InvitationStore & NotificationStore & PaperStore & ProjectStore & RatingStore & ReviewStore & UserStore & WrapUpStore; rooms: RoomRegistry }, actorId: string, reviewId: string, input: AddMemberRequest): Promise<AddMemberResponse> {
  const { store } = deps;
  await requireModerator(store, actorId, reviewId);
  const user = await store.findUserByEmail(input.email);
  if (user) {
    if (!(await store.addMember(reviewId, user.id, input.role))) {
      throw refusal("conflict", "member_exists");
    }
    await notifyAddedToReview(deps, actorId, reviewId, user.id, input.role);
  } else {
    await issueInvitation(store, actorId, reviewId, { role: input.role, email: input.email });
  }
  return { email: input.email, role: input.role };
}

/** The error for a membership change that wrote nothing. */
function membershipRefusal(outcome: Exclude<MembershipChange, { kind: "changed" }>): ApiError {
  switch (outcome.kind) {
    case "no_review":
      return notFound("review_not_found");
    case "not_moderator":
      return forbidden("moderator_only");
    case "not_member":
      return notFound("not_a_member");
    case "last_moderator":
      return refusal("conflict", "last_moderator");
  }
}

/**
 * Changes a member's role. Their open connections are closed at once so that
 * they reconnect with the new access; nothing they wrote is lost.
 */
export async function changeMemberRole(
  deps: { store: BenchmarkStore & FollowUpStore & InvitationStore & NotificationStore & PaperStore & ProjectStore & RatingStore & ReviewStore & UserStore & WrapUpStore; rooms: RoomRegistry },
  actorId: string,
  reviewId: string,
  memberId: string,
  role: ReviewRole,
): Promise<Member> {
  const outcome = await deps.store.changeMembership({ reviewId, actorId, memberId, role });
  if (outcome.kind !== "changed") throw membershipRefusal(outcome);
  const current = outcome.previous;
  if (current !== role) {
    deps.rooms.closeUserConnections(reviewDocumentPrefix(reviewId), memberId, CLOSE_CODES.permissionsChanged, "Your role changed");
    await recountVotes(deps, reviewId);
  }
  const member = (await deps.store.listMembers(reviewId)).find((m) => m.userId === memberId);
  if (!member) throw notFound("not_a_member");
  return { userId: member.userId, name: member.name, email: member.email, color: member.color, role: member.role };
}

/** Removes a member and closes their open connections to the review's documents at once. */
export async function removeMember(
  deps: { store: BenchmarkStore & FollowUpStore & InvitationStore & NotificationStore & PaperStore & ProjectStore & RatingStore & ReviewStore & UserStore & WrapUpStore; rooms: RoomRegistry },
  actorId: string,
  reviewId: string,
  memberId: string,
): Promise<void> {
  const outcome = await deps.store.changeMembership({ reviewId, actorId, memberId, role: null });
  if (outcome.kind !== "changed") throw membershipRefusal(outcome);
  deps.rooms.closeUserConnections(reviewDocumentPrefix(reviewId), memberId, CLOSE_CODES.forbidden, "You were removed from this review");
  await recountVotes(deps, reviewId);
}

/** Who may vote changed: the ratings document shows the votes that count now. */
async function recountVotes(deps: { store: BenchmarkStore & FollowUpStore & InvitationStore & NotificationStore & PaperStore & ProjectStore & RatingStore & ReviewStore & UserStore & WrapUpStore; rooms: RoomRegistry }, reviewId: string): Promise<void> {
  try {
    await syncRatingsDocument(deps, reviewId);
  } catch (error) {
    // The membership is committed; the mirror catches up when the document next loads.
    console.error(`[members] updating the ratings document of review ${reviewId} failed`, error);
  }
}
