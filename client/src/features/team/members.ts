import type { Member, ReviewDetail, ReviewRole } from "@review/shared";

const ROLE_ORDER: Record<ReviewRole, number> = { moderator: 0, peer: 1, host: 2, partner: 3 };

/** Moderators first, then peers, hosts and partners; by name within a role. */
export const byRoleThenName = (a: Member, b: Member) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name);

/**
 * The order to list members in. It changes only when people join or leave, not
 * when a role changes, so that a row does not jump away from the select being used.
 */
export function stableOrder(previous: readonly string[], members: readonly Member[]): string[] {
  const ids = new Set(members.map((member) => member.userId));
  if (previous.length === ids.size && previous.every((id) => ids.has(id))) return [...previous];
  return [...members].sort(byRoleThenName).map((member) => member.userId);
}

/** Adds a member, or replaces the one with the same user (the server upserts roles). */
export function withMember(review: ReviewDetail, member: Member, selfId?: string): ReviewDetail {
  const exists = review.members.some((existing) => existing.userId === member.userId);
  const members = exists
    ? review.members.map((existing) => (existing.userId === member.userId ? member : existing))
    : [...review.members, member];
  return { ...review, members, role: member.userId === selfId ? member.role : review.role };
}

/** The review with one member's role changed; the caller's own role follows when it is theirs. */
export function withMemberRole(review: ReviewDetail, userId: string, role: ReviewRole, selfId: string): ReviewDetail {
  const member = review.members.find((existing) => existing.userId === userId);
  return member ? withMember(review, { ...member, role }, selfId) : review;
}

export function withoutMember(review: ReviewDetail, userId: string): ReviewDetail {
  return { ...review, members: review.members.filter((member) => member.userId !== userId) };
}
