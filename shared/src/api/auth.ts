import { z } from "zod";
import { userText } from "../schema/text.ts";
import { displayNameSchema, emailSchema, passwordSchema, userSchema } from "../schema/user.ts";

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: displayNameSchema,
  /** An invitation code: lets a new person register on an invite-only network and joins them to its review. */
  invitation: userText().max(100).optional(),
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
