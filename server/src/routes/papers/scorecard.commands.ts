import { tallyRatings, type Rating, type ScorecardResponse, type ScorecardReview } from "@review/shared";
import { notFound } from "../../errors/apiError.ts";
import type { BenchmarkStore, PaperStore, RatingStore, RoundStore } from "../../store/store.ts";

/** Review id → (factor id → rating), for the factors that have one. */
type RatingsByReview = Map<string, Record<string, Rating>>;

function byReview(rows: readonly { reviewId: string; factorId: string; rating: Rating }[]): RatingsByReview {
  const result: RatingsByReview = new Map();
  for (const row of rows) {
    const ratings = result.get(row.reviewId) ?? {};
    ratings[row.factorId] = row.rating;
    result.set(row.reviewId, ratings);
  }
  return result;
}

/**
 * The network's score card for one benchmark: every review on it (whoever asks; it is the
 * network-level synthesis moderators write papers from) with its team rating and host
 * self-assessment per factor, each read in one query over the rows (team ratings from their
 * command, self ratings as the server stores them from the self-assessment documents), and
 * the team ratings tallied per factor. Factors are those of the benchmark's newest version.
 */
export async function buildScorecard(deps: { store: BenchmarkStore & PaperStore & RatingStore & RoundStore }, userId: string, benchmarkId: string): Promise<ScorecardResponse> {
  const benchmark = await deps.store.findBenchmark(benchmarkId);
  if (!benchmark) throw notFound("benchmark_not_found");
  const [reviews, memberOf, teamRows, selfRows, links] = await Promise.all([
    deps.store.listNetworkReviews(benchmark.id),
    deps.store.listMemberReviewIds(userId),
    deps.store.listNetworkTeamRatings(benchmark.id),
    deps.store.listNetworkSelfRatings(benchmark.id),
    deps.store.listRoundLinks(benchmark.id),
  ]);
  const team = byReview(teamRows);
  const self = byReview(selfRows);
  const rows: ScorecardReview[] = reviews.map((review) => ({
    id: review.id,
    title: review.title,
    hostProject: review.hostProject,
    country: review.country,
    themeModuleId: review.themeModuleId,
    modules: review.modules,
    benchmarkVersion: review.benchmarkVersion,
    isMember: memberOf.has(review.id),
    followsReviewId: links.get(review.id) ?? null,
    ratings: team.get(review.id) ?? {},
    selfRatings: self.get(review.id) ?? {},
  }));
  return {
    benchmark: { id: benchmark.id, name: benchmark.name, version: benchmark.version },
    reviews: rows,
    counts: tallyRatings(benchmark, rows),
  };
}
