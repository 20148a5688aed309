import type { LoginRequest, RegisterRequest } from "@review/shared";
import { ApiError } from "../../errors/apiError.ts";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../../auth/passwords.ts";
import { colorForIndex } from "../../auth/colors.ts";
import { newId } from "../../ids.ts";
import { UniqueViolationError, type InvitationRecord, type Store, type UserRecord } from "../../store/store.ts";
import { findOpenInvitation } from "../invitations/invitations.commands.ts";

/**
 * Creates an account, and joins it to a review when it comes with an invitation.
 * With invite-only registration, only the very first account may register without one.
 */
export async function registerAccount(
  store: Store,
  input: RegisterRequest,
  registration: "open" | "invite",
): Promise<{ user: UserRecord; reviewId: string | null }> {
  const invitation = input.invitation ? await openInvitationFor(store, input.invitation, input.email) : null;
  if (!invitation && registration === "invite" && (await store.countUsers()) > 0) {
    throw new ApiError("forbidden", "Registration on this network is by invitation only. Open the invitation link you received.");
  }
  const user = await createAccount(store, input);
  if (!invitation) return { user, reviewId: null };
  const accepted = await store.acceptInvitation(invitation.code, user.id, new Date());
  return { user, reviewId: accepted?.reviewId ?? null };
}

async function openInvitationFor(store: Store, code: string, email: string): Promise<InvitationRecord> {
  let invitation: InvitationRecord;
  try {
    invitation = await findOpenInvitation(store, code);
  } catch {
    throw new ApiError("invalid_input", "invitation: this invitation was used, withdrawn or has expired");
  }
  if (invitation.email && invitation.email !== email.toLowerCase()) {
    throw new ApiError("forbidden", `This invitation is for ${invitation.email}; register with that address`);
  }
  return invitation;
}

async function createAccount(store: Store, input: RegisterRequest): Promise<UserRecord> {
  try {
    return await store.createUser({
      id: newId(),
      email: input.email,
      name: input.name,
      // Consecutive accounts get different colours, so a team rarely shares one.
      color: colorForIndex(await store.countUsers()),
      passwordHash: await hashPassword(input.password),
    });
  } catch (error) {
    if (error instanceof UniqueViolationError) throw new ApiError("email_taken", "An account with this email already exists");
    throw error;
  }
}

const INVALID_CREDENTIALS = "Email or password is incorrect";

/** Checks credentials; an unknown email and a wrong password fail identically, in message and in time. */
export async function verifyCredentials(store: Store, input: LoginRequest): Promise<UserRecord> {
  const user = await store.findUserByEmail(input.email);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok) throw new ApiError("invalid_credentials", INVALID_CREDENTIALS);
  return user;
}
