import { randomToken } from "../../auth/tokens.ts";
import type { CreateInvitationRequest, Invitation, InvitationPreview } from "@review/shared";
import { notFound, refusal } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import type { BenchmarkStore, InvitationRecord, InvitationStore, ReviewStore, UserStore } from "../../store/store.ts";
import { requireModerator } from "../reviews/reviews.commands.ts";

const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

function toInvitation(record: InvitationRecord): Invitation {
  return {
    id: record.id,
    code: record.code,
    role: record.role,
    email: record.email,
    createdAt: record.createdAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
  };
}

export async function createInvitation(
  store: BenchmarkStore & InvitationStore & ReviewStore & UserStore,
  actorId: string,
  reviewId: string,
  input: CreateInvitationRequest,
  now = new Date(),
): Promise<Invitation> {
  await requireModerator(store, actorId, reviewId);
  return issueInvitation(store, actorId, reviewId, input, now);
}

/** Creates an invitation for a caller already known to moderate the review. */
export async function issueInvitation(
  store: BenchmarkStore & InvitationStore & ReviewStore & UserStore,
  actorId: string,
  reviewId: string,
  input: CreateInvitationRequest,
  now = new Date(),
): Promise<Invitation> {
  const record = await store.createInvitation({
    id: newId(),
    // 100 random bits: long enough to be unguessable, short enough to read out.
    code: randomToken(13).slice(0, 20),
    reviewId,
    role: input.role,
    email: input.email ?? null,
    createdBy: actorId,
    expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
  });
  return toInvitation(record);
}

export async function listInvitations(store: BenchmarkStore & InvitationStore & ReviewStore & UserStore, actorId: string, reviewId: string): Promise<Invitation[]> {
  await requireModerator(store, actorId, reviewId);
  return (await store.listOpenInvitations(reviewId, new Date())).map(toInvitation);
}

export async function revokeInvitation(store: BenchmarkStore & InvitationStore & ReviewStore & UserStore, actorId: string, reviewId: string, invitationId: string): Promise<void> {
  await requireModerator(store, actorId, reviewId);
  if (!(await store.revokeInvitation(reviewId, invitationId, new Date()))) throw notFound("invitation_not_open");
}

/** An invitation that can still be used, or the same 404 whatever made it unusable. */
export async function findOpenInvitation(store: BenchmarkStore & InvitationStore & ReviewStore & UserStore, code: string, now = new Date()): Promise<InvitationRecord> {
  const record = await store.findInvitationByCode(code);
  if (!record || record.acceptedAt || record.revokedAt || record.expiresAt <= now) throw notFound("invitation_invalid");
  return record;
}

export async function previewInvitation(store: BenchmarkStore & InvitationStore & ReviewStore & UserStore, code: string): Promise<InvitationPreview> {
  const record = await findOpenInvitation(store, code);
  const [review, inviter] = await Promise.all([store.findReview(record.reviewId), store.findUserById(record.createdBy)]);
  if (!review) throw notFound("invitation_invalid");
  return {
    reviewTitle: review.title,
    hostProject: review.hostProject,
    role: record.role,
    invitedBy: inviter?.name ?? "",
    email: record.email,
    expiresAt: record.expiresAt.toISOString(),
  };
}

/**
 * Joins the user to the invitation's review; refuses an invitation addressed to another email.
 * Someone who is already a member (a moderator trying the link they made) is sent to the
 * review and the invitation stays open for the person it was made for. Checked and consumed
 * in one transaction: of several people accepting one code at once, exactly one gets in.
 */
export async function acceptInvitation(store: BenchmarkStore & InvitationStore & ReviewStore & UserStore, user: { id: string; email: string }, code: string): Promise<string> {
  const outcome = await store.acceptInvitation(code, user, new Date());
  switch (outcome.kind) {
    case "accepted":
    case "already_member":
      return outcome.reviewId;
    case "for_other":
      throw refusal("forbidden", "invitation_for_other_email", { email: outcome.email });
    case "unusable":
      throw notFound("invitation_invalid");
  }
}
