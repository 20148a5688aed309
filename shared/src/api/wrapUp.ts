import { z } from "zod";
import { route } from "./route.ts";
import { ratingSchema } from "../benchmark/ratingScale.ts";
import type { ReviewRole } from "../schema/role.ts";
import { isoDateSchema, visitLengthInDays } from "../schema/visitDates.ts";

/**
 * The visit's daily wrap-up (issue 13, item 2): at the end of each visit day the team records
 * a provisional rating per factor at the flipchart, kept as history beside the final team
 * rating; at the end of the visit the moderators record the feedback given to the host.
 * Rows written by HTTP commands, mirrored into the server-written ratings document.
 */
export const WRAP_UP_ROUTES = {
  /** `GET` (every member): the provisional ratings and the feedback. */
  wrapUp: route("/api/reviews/:id/wrap-up"),
  /** `PUT { rating, note }` records a factor's provisional rating of visit day `day` (1-based). */
  provisional: route(
    "/api/reviews/:id/factors/:factorId/days/:day",
    (reviewId: string, factorId: string, day: number) => `/api/reviews/${encodeURIComponent(reviewId)}/factors/${encodeURIComponent(factorId)}/days/${day}`,
  ),
  /** `PUT` (moderators): the end-of-visit feedback to the host. */
  feedback: route("/api/reviews/:id/visit-feedback"),
} as const;

export const WRAP_UP_LIMITS = { noteMax: 280, feedbackMax: 10_000, presentMax: 500 } as const;

/** `PUT .../days/:day`: `rating` null means "none" (the team recorded no rating that day). */
export const provisionalRatingRequestSchema = z.strictObject({
  rating: ratingSchema.nullable(),
  note: z.string().trim().max(WRAP_UP_LIMITS.noteMax),
});
export type ProvisionalRatingRequest = z.infer<typeof provisionalRatingRequestSchema>;

export const provisionalRatingSchema = z.object({
  factorId: z.string().max(100),
  day: z.number().int().positive(),
  rating: ratingSchema.nullable(),
  note: z.string().max(WRAP_UP_LIMITS.noteMax),
  recordedBy: z.string().max(100).nullable(),
  recordedAt: z.string().max(40),
});
export type ProvisionalRating = z.infer<typeof provisionalRatingSchema>;

/** `PUT .../visit-feedback`: what was said to the host, on which date, who was present. */
export const visitFeedbackRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(WRAP_UP_LIMITS.feedbackMax),
  givenOn: isoDateSchema,
  present: z.string().trim().max(WRAP_UP_LIMITS.presentMax),
});
export type VisitFeedbackRequest = z.infer<typeof visitFeedbackRequestSchema>;

export const visitFeedbackSchema = visitFeedbackRequestSchema.extend({
  recordedBy: z.string().max(100).nullable(),
  recordedAt: z.string().max(40),
});
export type VisitFeedback = z.infer<typeof visitFeedbackSchema>;

/** `GET .../wrap-up`. */
export const wrapUpResponseSchema = z.object({
  /** Visit days (0 when the review has no visit dates yet). */
  days: z.number().int().nonnegative(),
  provisional: z.array(provisionalRatingSchema),
  feedback: visitFeedbackSchema.nullable(),
});
export type WrapUpResponse = z.infer<typeof wrapUpResponseSchema>;

/** How many visit days the review has: 0 without both dates. */
export function visitDayCount(visitStart: string | null, visitEnd: string | null): number {
  return visitStart && visitEnd ? Math.max(0, visitLengthInDays(visitStart, visitEnd)) : 0;
}

/** Whether visit day `day` (1-based) lies before `today` (YYYY-MM-DD). */
export function isPastVisitDay(visitStart: string, day: number, today: string): boolean {
  return visitLengthInDays(visitStart, today) > day;
}

/** Who records a day's provisional rating: the review team. */
export function mayRecordProvisionalRating(role: ReviewRole | null): boolean {
  return role === "moderator" || role === "peer";
}

/** Who changes the provisional rating of a day that is over: its moderators only. */
export function mayChangePastDay(role: ReviewRole | null): boolean {
  return role === "moderator";
}

/** Who records the end-of-visit feedback to the host: the moderators (everyone in the review reads it). */
export function mayRecordVisitFeedback(role: ReviewRole | null): boolean {
  return role === "moderator";
}
