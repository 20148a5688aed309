import { z } from "zod";
import { userText } from "../schema/text.ts";
import { reviewDetailSchema, reviewSchema, memberSchema } from "../schema/review.ts";
import { reviewRoleSchema } from "../schema/role.ts";
import { emailSchema } from "../schema/user.ts";
import { checkVisitDates, isoDateSchema } from "../schema/visitDates.ts";

const reviewDetailsFields = {
  title: userText().trim().min(1).max(200),
  hostProject: userText().trim().min(1).max(200),
  country: userText().trim().max(120),
  /** A thematic module of the review's benchmark (checked by the server: 400 `theme_not_a_module`); null for none. */
  themeModuleId: userText().min(1).max(100).nullable(),
  visitStart: isoDateSchema.nullable(),
  visitEnd: isoDateSchema.nullable(),
  /** Theme module ids to review against besides the core module. */
  modules: z.array(userText().min(1).max(100)).max(50),
};

export const createReviewRequestSchema = z
  .strictObject({
    title: reviewDetailsFields.title,
    hostProject: reviewDetailsFields.hostProject,
    /** Defaults to the IMPART benchmark; its newest version is used. */
    benchmarkId: userText().min(1).max(100).optional(),
    modules: reviewDetailsFields.modules.optional(),
    country: reviewDetailsFields.country.optional(),
    themeModuleId: reviewDetailsFields.themeModuleId.optional(),
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

/**
 * Answer of `POST /api/reviews/:id/members` (201): the same whether the email had an account
 * (now a member) or not (an invitation bound to that address now waits among the review's
 * invitations), so that the route does not tell who is registered.
 */
export const addMemberResponseSchema = z.object({ email: z.string(), role: reviewRoleSchema });
export type AddMemberResponse = z.infer<typeof addMemberResponseSchema>;

export const updateMemberRequestSchema = z.strictObject({ role: reviewRoleSchema });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const reviewListResponseSchema = z.object({ reviews: z.array(reviewSchema) });
export const reviewResponseSchema = z.object({ review: reviewDetailSchema });
export const memberResponseSchema = z.object({ member: memberSchema });
