import {
  ACCOUNT_ROUTES,
  meResponseSchema,
  passwordResetLinkResponseSchema,
  type ChangePasswordRequest,
  type PasswordResetLinkResponse,
  type ResetPasswordRequest,
  type UpdateProfileRequest,
  type User,
} from "@review/shared";
import { request } from "./http.ts";

export async function updateProfile(input: UpdateProfileRequest): Promise<User> {
  return (await request(ACCOUNT_ROUTES.profile, { method: "PUT", body: input, schema: meResponseSchema })).user;
}

/** Every other session of the account ends; this one stays. */
export function changePassword(input: ChangePasswordRequest): Promise<void> {
  return request(ACCOUNT_ROUTES.password, { method: "PUT", body: input, schema: null });
}

/** Signed out: sets the password with a reset link's token. */
export function resetPassword(input: ResetPasswordRequest): Promise<void> {
  return request(ACCOUNT_ROUTES.resetPassword, { method: "POST", body: input, schema: null, expectUnauthenticated: true });
}

/** Administrators: a one-time link for `userId` to set a new password. */
export function createPasswordResetLink(userId: string): Promise<PasswordResetLinkResponse> {
  return request(ACCOUNT_ROUTES.passwordReset(userId), { method: "POST", schema: passwordResetLinkResponseSchema });
}

/** Administrators: deactivates or reactivates an account. */
export function setAccountActive(userId: string, active: boolean): Promise<void> {
  return request(ACCOUNT_ROUTES.active(userId), { method: "PUT", body: { active }, schema: null });
}
