import { negotiateLocale, type LoginRequest, type RegisterRequest } from "@review/shared";
import { forbidden, refusal } from "../../errors/apiError.ts";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../../auth/passwords.ts";
import { colorForIndex } from "../../auth/colors.ts";
import { newId } from "../../ids.ts";
import { UniqueViolationError, type UserRecord, type UserStore } from "../../store/store.ts";

/**
 * Creates an account, and joins it to a review when it comes with an invitation. With
 * invite-only registration, only the very first account may register without one. The
 * invitation is checked and consumed in the transaction that inserts the account. Its
 * language is the one the client names, else the best match of `acceptLanguage`.
 */
export async function registerAccount(
  store: UserStore,
  input: RegisterRequest,
  registration: "open" | "invite",
  acceptLanguage?: string,
): Promise<{ user: UserRecord; reviewId: string | null }> {
  // Hashed first, whatever the outcome: a refusal takes as long as a success.
  const passwordHash = await hashPassword(input.password);
  const outcome = await store.registerUser({
    id: newId(),
    email: input.email,
    name: input.name,
    // Consecutive accounts get different colours, so a team rarely shares one.
    color: colorForIndex(await store.countUsers()),
    passwordHash,
    locale: input.locale ?? negotiateLocale(acceptLanguage),
    invitationCode: input.invitation ?? null,
    inviteOnly: registration === "invite",
    now: new Date(),
  }).catch((error: unknown) => {
    if (error instanceof UniqueViolationError) return { kind: "email_taken" } as const;
    throw error;
  });
  switch (outcome.kind) {
    case "created":
      return { user: outcome.user, reviewId: outcome.reviewId };
    case "invite_only":
      throw forbidden("registration_invitation_only");
    case "invitation_for_other":
      throw refusal("forbidden", "registration_for_other_email", { email: outcome.email });
    case "invitation_unusable":
    case "email_taken":
      throw refusal("invalid_input", "registration_refused");
  }
}


/** Checks credentials; an unknown email and a wrong password fail identically, in message and in time. */
export async function verifyCredentials(store: UserStore, input: LoginRequest): Promise<UserRecord> {
  const user = await store.findUserByEmail(input.email);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok) throw refusal("invalid_credentials", "invalid_credentials");
  // Told only to who knows the password: a deactivated address is not revealed to others.
  if (user.deactivatedAt) throw refusal("forbidden", "account_deactivated");
  return user;
}
