import { z } from "zod";

/** A member's role within one review. */
export const reviewRoleSchema = z.enum(["moderator", "peer", "host", "partner"]);
export type ReviewRole = z.infer<typeof reviewRoleSchema>;
export const REVIEW_ROLES = reviewRoleSchema.options;
