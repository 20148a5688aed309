import { z } from "zod";
import { userText } from "../schema/text.ts";
import { localeSchema } from "../schema/locale.ts";
import { displayNameSchema, emailSchema, passwordSchema, userSchema } from "../schema/user.ts";

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: displayNameSchema,
  /** An invitation code: lets a new person register on an invite-only network and joins them to its review. */
  invitation: userText().max(100).optional(),
  /** The interface language at registration; without it the server reads `Accept-Language`. */
  locale: localeSchema.optional(),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
  /** Accepted for symmetry with registration (DESIGN's contract) and ignored. */
  name: z.string().max(200).optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const meResponseSchema = z.object({ user: userSchema });

/** Registration answers with the new user and, when an invitation came with it, the review joined. */
export const registerResponseSchema = z.object({ user: userSchema, reviewId: z.string().nullable() });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** `PUT /api/me/locale`: the signed-in user's language; answers `{ user }`. */
export const updateLocaleRequestSchema = z.strictObject({ locale: localeSchema });
export type UpdateLocaleRequest = z.infer<typeof updateLocaleRequestSchema>;
