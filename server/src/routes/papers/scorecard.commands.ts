import { reviewDocumentName, tallyRatings, type Rating, type ScorecardResponse, type ScorecardReview } from "@review/shared";
import { readSelfAssessment } from "@review/shared/self";
import { notFound } from "../../errors/apiError.ts";
import { readDocument, type ExportDeps } from "../../export/loadReport.ts";
import type { NetworkReviewRecord } from "../../store/store.ts";

/** Factor id → rating, for the factors that have one. */
type Ratings = Record<string, Rating>;

async function selfRatings(deps: ExportDeps, reviewId: string): Promise<Ratings> {
  return readDocument(deps, reviewDocumentName(reviewId, "self"), (doc) => {
    const ratings: Ratings = {};
    for (const [factorId, state] of readSelfAssessment(doc)) if (state.rating) ratings[factorId] = state.rating;
    return ratings;
  });
}

async function scorecardRow(deps: ExportDeps, review: NetworkReviewRecord, memberOf: Set<string>, ratings: Ratings): Promise<ScorecardReview> {
  const self = await selfRatings(deps, review.id);
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
 * network-level synthesis moderators write papers from) with its team rating per factor (one
 * query over the rows) and host self-assessment (from the live documents or the store), and
 * the team ratings tallied per factor. Factors are those of the benchmark's newest version.
 */
export async function buildScorecard(deps: ExportDeps, userId: string, benchmarkId: string): Promise<ScorecardResponse> {
  const benchmark = await deps.store.findBenchmark(benchmarkId);
  if (!benchmark) throw notFound("Benchmark not found");
  const [reviews, memberOf, teamRows] = await Promise.all([
    deps.store.listNetworkReviews(benchmark.id),
    deps.store.listMemberReviewIds(userId),
    deps.store.listNetworkTeamRatings(benchmark.id),
  ]);
  const teamRatings = new Map<string, Ratings>();
  for (const row of teamRows) {
    const ratings = teamRatings.get(row.reviewId) ?? {};
    ratings[row.factorId] = row.rating;
    teamRatings.set(row.reviewId, ratings);
  }
  const rows = await Promise.all(reviews.map((review) => scorecardRow(deps, review, memberOf, teamRatings.get(review.id) ?? {})));
  return {
    benchmark: { id: benchmark.id, name: benchmark.name, version: benchmark.version },
    reviews: rows,
    counts: tallyRatings(benchmark, rows),
  };
}
