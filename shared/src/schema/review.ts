import { z } from "zod";
import { reportStatusSchema } from "./reportStatus.ts";
import { reviewRoleSchema } from "./role.ts";

export const reviewIdSchema = z.string().regex(/^[a-z0-9]{16}$/, { message: "Invalid review id" });

export const reviewSchema = z.object({
  id: reviewIdSchema,
  title: z.string(),
  hostProject: z.string(),
  createdAt: z.string(),
  /** The caller's role in this review. */
  role: reviewRoleSchema,
  /** The benchmark version the review started with; it keeps it. */
  benchmark: z.object({ id: z.string(), version: z.string() }).nullable(),
  /** Theme module ids chosen for the review; the core module always applies. */
  modules: z.array(z.string()),
  /** Country or region of the host project. */
  country: z.string(),
  /** The review's theme: a thematic module of its benchmark (its id), or null while none is chosen. */
  themeModuleId: z.string().nullable(),
  /** ISO dates (YYYY-MM-DD) of the study visit, when planned. */
  visitStart: z.string().nullable(),
  visitEnd: z.string().nullable(),
  /** Where the findings report stands: draft, with the host for comments, or final (read-only). */
  reportStatus: reportStatusSchema,
  /** When and by whom (a user name) the status last changed; null while it never has. */
  reportStatusChangedAt: z.string().nullable(),
  reportStatusChangedBy: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  color: z.string(),
  role: reviewRoleSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const reviewDetailSchema = reviewSchema.extend({
  members: z.array(memberSchema),
});
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;
