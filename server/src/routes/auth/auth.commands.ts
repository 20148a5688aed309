import type { LoginRequest, RegisterRequest } from "@review/shared";
import { ApiError } from "../../errors/apiError.ts";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../../auth/passwords.ts";
import { randomUserColor } from "../../auth/colors.ts";
import { newId } from "../../ids.ts";
import { UniqueViolationError, type Store, type UserRecord } from "../../store/store.ts";

/** Creates an account. With invite-only registration, only the very first account may be created this way. */
export async function registerAccount(
  store: Store,
  input: RegisterRequest,
  registration: "open" | "invite",
): Promise<UserRecord> {
  if (registration === "invite" && (await store.countUsers()) > 0) {
    throw new ApiError("forbidden", "Registration on this network is by invitation only");
  }
  try {
    return await store.createUser({
      id: newId(),
      email: input.email,
      name: input.name,
      color: randomUserColor(),
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
