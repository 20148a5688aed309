import { z } from "zod";
import { route } from "./route.ts";
import { displayNameSchema, passwordSchema } from "../schema/user.ts";

/**
 * Caret and avatar colours one may choose; every one reaches 4.5:1 against white text
 * (initials on the avatar) and is told apart from the others.
 */
export const USER_COLORS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"] as const;
export const userColorSchema = z.enum(USER_COLORS);

export const ACCOUNT_ROUTES = {
  /** `PUT { name, color }`: the signed-in user's profile; answers `{ user }`. */
  profile: "/api/me/profile",
  /** `PUT { currentPassword, newPassword }`: 204; every other session of the account ends. */
  password: "/api/me/password",
  /** `POST`: a one-time link for the account to set a new password (administrators only). */
  passwordReset: route("/api/network/members/:userId/password-reset"),
  /** `PUT { active }`: deactivates or reactivates an account (administrators only). */
  active: route("/api/network/members/:userId/active"),
  /** `POST { token, newPassword }`: sets the password with a reset link's token; 204. */
  resetPassword: "/api/auth/password-reset",
} as const;

/** The page a reset link opens: `/reset-password/<token>`. */
export const RESET_PASSWORD_PATH = "/reset-password/";

export const updateProfileRequestSchema = z.strictObject({ name: displayNameSchema, color: userColorSchema });
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const changePasswordRequestSchema = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** A reset token: 32 lowercase base32 characters. */
export const resetTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);

export const resetPasswordRequestSchema = z.strictObject({ token: resetTokenSchema, newPassword: passwordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

/** How long a reset link stays usable. */
export const PASSWORD_RESET_HOURS = 24;

export const passwordResetLinkResponseSchema = z.object({ link: z.string(), expiresAt: z.string() });
export type PasswordResetLinkResponse = z.infer<typeof passwordResetLinkResponseSchema>;

export const setAccountActiveRequestSchema = z.strictObject({ active: z.boolean() });
export type SetAccountActiveRequest = z.infer<typeof setAccountActiveRequestSchema>;
