import { z } from "zod";
import { reviewDetailSchema, reviewSchema, memberSchema } from "../schema/review.ts";
import { reviewRoleSchema } from "../schema/role.ts";
import { emailSchema } from "../schema/user.ts";

export const createReviewRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  hostProject: z.string().trim().min(1).max(200),
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
