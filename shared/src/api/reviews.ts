import { z } from "zod";
import { reviewDetailSchema, reviewSchema, memberSchema } from "../schema/review.ts";
import { reviewRoleSchema } from "../schema/role.ts";
import { emailSchema } from "../schema/user.ts";

export const createReviewRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  hostProject: z.string().trim().min(1).max(200),
  /** Defaults to the IMPART benchmark; its newest version is used. */
  benchmarkId: z.string().min(1).max(100).optional(),
  /** Theme module ids to review against besides the core module. */
  modules: z.array(z.string().min(1).max(100)).max(50).optional(),
});
export type CreateReviewRequest = z.infer<typeof createReviewRequestSchema>;

export const addMemberRequestSchema = z.strictObject({
  email: emailSchema,
  role: reviewRoleSchema,
});
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

export const reviewListResponseSchema = z.object({ reviews: z.array(reviewSchema) });
export const reviewResponseSchema = z.object({ review: reviewDetailSchema });
export const memberResponseSchema = z.object({ member: memberSchema });
