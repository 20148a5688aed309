import { reviewDocumentName, tallyRatings, type Rating, type ScorecardResponse, type ScorecardReview } from "@review/shared";
import { readBoard } from "@review/shared/board";
import { readSelfAssessment } from "@review/shared/self";
import { notFound } from "../../errors/apiError.ts";
import { readDocument, type ExportDeps } from "../../export/loadReport.ts";
import type { NetworkReviewRecord } from "../../store/store.ts";

/** Factor id → rating, for the factors that have one. */
type Ratings = Record<string, Rating>;

async function teamRatings(deps: ExportDeps, reviewId: string): Promise<Ratings> {
  return readDocument(deps, reviewDocumentName(reviewId, "board"), (doc) => {
    const ratings: Ratings = {};
    for (const [factorId, state] of readBoard(doc)) if (state.rating) ratings[factorId] = state.rating;
    return ratings;
  });
}

async function selfRatings(deps: ExportDeps, reviewId: string): Promise<Ratings> {
  return readDocument(deps, reviewDocumentName(reviewId, "self"), (doc) => {
    const ratings: Ratings = {};
    for (const [factorId, state] of readSelfAssessment(doc)) if (state.rating) ratings[factorId] = state.rating;
    return ratings;
  });
}

async function scorecardRow(deps: ExportDeps, review: NetworkReviewRecord, memberOf: Set<string>): Promise<ScorecardReview> {
  const [ratings, self] = await Promise.all([teamRatings(deps, review.id), selfRatings(deps, review.id)]);
  return {
    id: review.id,
    title: review.title,
    hostProject: review.hostProject,
    country: review.country,
    theme: review.theme,
    modules: review.modules,
    benchmarkVersion: review.benchmarkVersion,
    isMember: memberOf.has(review.id),
    ratings,
    selfRatings: self,
  };
}

/**
 * The network's score card for one benchmark: every review on it (whoever asks; it is the
 * network-level synthesis moderators write papers from) with its team rating and host
 * self-assessment per factor, read from the live documents (or the store), and the team
 * ratings tallied per factor. Factors are those of the benchmark's newest version.
 */
export async function buildScorecard(deps: ExportDeps, userId: string, benchmarkId: string): Promise<ScorecardResponse> {
  const benchmark = await deps.store.findBenchmark(benchmarkId);
  if (!benchmark) throw notFound("Benchmark not found");
  const [reviews, memberOf] = await Promise.all([deps.store.listNetworkReviews(benchmark.id), deps.store.listMemberReviewIds(userId)]);
  const rows = await Promise.all(reviews.map((review) => scorecardRow(deps, review, memberOf)));
  return {
    benchmark: { id: benchmark.id, name: benchmark.name, version: benchmark.version },
    reviews: rows,
    counts: tallyRatings(benchmark, rows),
  };
}
