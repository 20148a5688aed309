import { z } from "zod";
import { reviewRoleSchema } from "../schema/role.ts";
import { emailSchema } from "../schema/user.ts";

/** Invitation codes: 20 lowercase base32 characters (100 random bits). */
export const invitationCodeSchema = z.string().regex(/^[a-z2-7]{20}$/, { message: "Invalid invitation code" });

export const createInvitationRequestSchema = z.strictObject({
  role: reviewRoleSchema,
  /** When set, only this address can use the invitation. */
  email: emailSchema.optional(),
});
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

/** An invitation as its review's moderators see it. */
export const invitationSchema = z.object({
  id: z.string(),
  code: z.string(),
  role: reviewRoleSchema,
  email: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What anyone holding the code may learn before accepting it. */
export const invitationPreviewSchema = z.object({
  reviewTitle: z.string(),
  hostProject: z.string(),
  role: reviewRoleSchema,
  invitedBy: z.string(),
  email: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const invitationResponseSchema = z.object({ invitation: invitationSchema });
export const invitationListResponseSchema = z.object({ invitations: z.array(invitationSchema) });
export const invitationPreviewResponseSchema = z.object({ invitation: invitationPreviewSchema });
export const acceptInvitationResponseSchema = z.object({ reviewId: z.string() });

/** The path of the page where an invitation is opened. */
export const invitationPagePath = (code: string) => `/invite/${code}`;
