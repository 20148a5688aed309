import { z } from "zod";
import { reviewDetailSchema, reviewSchema, memberSchema } from "../schema/review.ts";
import { reviewRoleSchema } from "../schema/role.ts";
import { emailSchema } from "../schema/user.ts";
import { checkVisitDates, isoDateSchema } from "../schema/visitDates.ts";

const reviewDetailsFields = {
  title: z.string().trim().min(1).max(200),
  hostProject: z.string().trim().min(1).max(200),
  country: z.string().trim().max(120),
  theme: z.string().trim().max(200),
  visitStart: isoDateSchema.nullable(),
  visitEnd: isoDateSchema.nullable(),
  /** Theme module ids to review against besides the core module. */
  modules: z.array(z.string().min(1).max(100)).max(50),
};

export const createReviewRequestSchema = z
  .strictObject({
    title: reviewDetailsFields.title,
    hostProject: reviewDetailsFields.hostProject,
    /** Defaults to the IMPART benchmark; its newest version is used. */
    benchmarkId: z.string().min(1).max(100).optional(),
    modules: reviewDetailsFields.modules.optional(),
    country: reviewDetailsFields.country.optional(),
    theme: reviewDetailsFields.theme.optional(),
    visitStart: reviewDetailsFields.visitStart.optional(),
    visitEnd: reviewDetailsFields.visitEnd.optional(),
  })
  .superRefine(checkVisitDates);
export type CreateReviewRequest = z.infer<typeof createReviewRequestSchema>;

/** Moderators change a review's details; every field is optional. */
export const updateReviewRequestSchema = z.strictObject(reviewDetailsFields).partial().superRefine(checkVisitDates);
export type UpdateReviewRequest = z.infer<typeof updateReviewRequestSchema>;

export const addMemberRequestSchema = z.strictObject({
  email: emailSchema,
  role: reviewRoleSchema,
});
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

export const updateMemberRequestSchema = z.strictObject({ role: reviewRoleSchema });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const reviewListResponseSchema = z.object({ reviews: z.array(reviewSchema) });
export const reviewResponseSchema = z.object({ review: reviewDetailSchema });
export const memberResponseSchema = z.object({ member: memberSchema });
