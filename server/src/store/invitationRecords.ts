import type { ReviewRole } from "@review/shared";

export type InvitationRecord = {
  id: string;
  code: string;
  reviewId: string;
  role: ReviewRole;
  email: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedBy: string | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

/** What accepting an invitation as a signed-in user came to. */
export type InvitationAcceptance =
  | { kind: "accepted"; reviewId: string }
  /** Already a member: nothing changed and the invitation stays open for the person it was made for. */
  | { kind: "already_member"; reviewId: string }
  | { kind: "unusable" }
  | { kind: "for_other"; email: string };

/** Invitations to a review and their acceptance. */
export interface InvitationStore {
  createInvitation(input: Omit<InvitationRecord, "createdAt" | "acceptedBy" | "acceptedAt" | "revokedAt">): Promise<InvitationRecord>;
  findInvitationByCode(code: string): Promise<InvitationRecord | null>;
  /** Invitations of a review that are neither accepted, revoked nor expired at `now`. */
  listOpenInvitations(reviewId: string, now: Date): Promise<InvitationRecord[]>;
  /**
   * Joins `user` to an open invitation's review with its role and marks it accepted, in one
   * transaction that locks the invitation row (concurrent acceptances: exactly one wins).
   */
  acceptInvitation(code: string, user: { id: string; email: string }, now: Date): Promise<InvitationAcceptance>;
  revokeInvitation(reviewId: string, invitationId: string, now: Date): Promise<boolean>;
}
