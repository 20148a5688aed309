import { RATING_ROUTES, type Rating } from "@review/shared";
import { request } from "./http.ts";

// Team ratings are recorded per host project: see projects.ts.

/** Casts (or with null withdraws) the signed-in member's own vote on a factor. */
export async function castVote(reviewId: string, factorId: string, rating: Rating | null): Promise<void> {
  await request(RATING_ROUTES.vote(reviewId, factorId), { method: "PUT", body: { rating }, schema: null });
}
