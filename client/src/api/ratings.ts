import { RATING_ROUTES, type Rating, type TeamRatingRequest } from "@review/shared";
import { request } from "./http.ts";

/** Records a factor's team rating (moderators); everyone sees it through the ratings document. */
export async function recordTeamRating(reviewId: string, factorId: string, rating: TeamRatingRequest): Promise<void> {
  await request(RATING_ROUTES.teamRating(reviewId, factorId), { method: "PUT", body: rating, schema: null });
}

export async function withdrawTeamRating(reviewId: string, factorId: string): Promise<void> {
  await request(RATING_ROUTES.teamRating(reviewId, factorId), { method: "DELETE", schema: null });
}

/** Casts (or with null withdraws) the signed-in member's own vote on a factor. */
export async function castVote(reviewId: string, factorId: string, rating: Rating | null): Promise<void> {
  await request(RATING_ROUTES.vote(reviewId, factorId), { method: "PUT", body: { rating }, schema: null });
}
