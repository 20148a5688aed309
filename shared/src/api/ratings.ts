import { z } from "zod";
import { route } from "./route.ts";
import { ratingSchema } from "../benchmark/ratingScale.ts";
import { teamRatingSchema } from "../schema/evidenceCard.ts";

/** Votes and team ratings of a review's factors: HTTP commands (the ratings document mirrors them). */
export const RATING_ROUTES = {
  /** `PUT` a team rating (moderators), `DELETE` withdraws it. */
  teamRating: route("/api/reviews/:id/factors/:factorId/rating"),
  /** `PUT { rating }` casts (or with null withdraws) the signed-in member's own vote. */
  vote: route("/api/reviews/:id/factors/:factorId/vote"),
} as const;

/** `PUT .../rating`: the factor's team rating; every cited card must be on this factor now. */
export const teamRatingRequestSchema = teamRatingSchema;
export type TeamRatingRequest = z.infer<typeof teamRatingRequestSchema>;

/** `PUT .../vote`: the caller's own vote; `null` withdraws it. There is no field for whose vote it is. */
export const voteRequestSchema = z.strictObject({ rating: ratingSchema.nullable() });
export type VoteRequest = z.infer<typeof voteRequestSchema>;

/** Factor ids in paths: what benchmarks use (letters, digits, dashes, dots, underscores). */
export const factorIdParamSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/);
