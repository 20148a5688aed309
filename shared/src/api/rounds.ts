import { z } from "zod";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { hostProjectSchema } from "./projects.ts";

/**
 * Progress over time (issue 13, item 5): a review may follow an earlier review of the same
 * host project on the same benchmark (a later round). Its moderators set the link; every
 * member sees the rounds: the first round's self-assessment as the baseline, then each
 * round's team ratings per factor, with the changes marked.
 */

/** `PUT /api/reviews/:id/rounds` (the review's moderators): which review this one follows, or none. */
export const setFollowsRequestSchema = z.strictObject({ followsReviewId: z.string().min(1).max(100).nullable() });
export type SetFollowsRequest = z.infer<typeof setFollowsRequestSchema>;

export const roundReviewSchema = z.object({
  id: z.string(),
  title: z.string(),
  hostProject: z.string(),
  country: z.string(),
  visitStart: z.string().nullable(),
  visitEnd: z.string().nullable(),
  /** 1 for the first review of the chain. */
  round: z.number().int().positive(),
  /** Whether the caller is a member (and so may open its board). */
  isMember: z.boolean(),
  teamRatings: z.record(z.string(), ratingSchema),
  selfRatings: z.record(z.string(), ratingSchema),
});
export type RoundReview = z.infer<typeof roundReviewSchema>;

export const roundCandidateSchema = z.object({ id: z.string(), title: z.string(), hostProject: z.string(), country: z.string() });
export type RoundCandidate = z.infer<typeof roundCandidateSchema>;

/**
 * One host project of this review through the rounds (issue 13, item 7): its team ratings in
 * every round, the earlier and later rounds' project matched by `previousRoundEntry` (the
 * score card's rule: same name, case ignored, else same position).
 */
export const roundProjectSchema = hostProjectSchema.extend({
  /** Round review id → factor id → the project's team rating there; a round without the project is absent. */
  ratings: z.record(z.string(), z.record(z.string(), ratingSchema)),
});
export type RoundProject = z.infer<typeof roundProjectSchema>;

/** `GET /api/reviews/:id/rounds` (members). */
export const reviewRoundsResponseSchema = z.object({
  followsReviewId: z.string().nullable(),
  /** The chain this review belongs to, first round first (just this review when it has none). */
  rounds: z.array(roundReviewSchema),
  /** This review's host projects, first first; each round's `teamRatings` are its first project's. */
  projects: z.array(roundProjectSchema),
  /** Whether the caller may change which review this one follows. */
  canLink: z.boolean(),
  /** Reviews this one may follow (same benchmark, not itself nor a later round of it); for moderators only. */
  candidates: z.array(roundCandidateSchema),
});
export type ReviewRoundsResponse = z.infer<typeof reviewRoundsResponseSchema>;

const RATING_ORDER: Record<Rating, number> = { not: 0, partly: 1, wholly: 2 };

/** How a factor's rating moved between two rounds; null when either is missing. */
export function ratingChange(before: Rating | undefined, after: Rating | undefined): "improved" | "declined" | "same" | null {
  if (!before || !after) return null;
  const delta = RATING_ORDER[after] - RATING_ORDER[before];
  return delta > 0 ? "improved" : delta < 0 ? "declined" : "same";
}
