import type { Benchmark } from "../schema/benchmark.ts";
import type { RatingTally, ScorecardReview } from "../api/papers.ts";

/** Whether a factor of `moduleId` is part of a review (the core module always is). */
export function reviewCoversModule(review: Pick<ScorecardReview, "modules">, module: { id: string; kind: "core" | "theme" }): boolean {
  return module.kind === "core" || review.modules.includes(module.id);
}

/**
 * Team ratings per factor over the reviews each factor applies to: how many matched it
 * wholly, partly, not, and how many have not rated it yet. Server and client use the same
 * count, so a filtered score card agrees with the unfiltered one on every shared row.
 */
export function tallyRatings(benchmark: Pick<Benchmark, "modules">, reviews: readonly Pick<ScorecardReview, "modules" | "ratings">[]): Record<string, RatingTally> {
  const counts: Record<string, RatingTally> = {};
  for (const module of benchmark.modules) {
    const covering = reviews.filter((review) => reviewCoversModule(review, module));
    for (const factor of module.factors) {
      const tally: RatingTally = { wholly: 0, partly: 0, not: 0, unrated: 0 };
      for (const review of covering) tally[review.ratings[factor.id] ?? "unrated"] += 1;
      counts[factor.id] = tally;
    }
  }
  return counts;
}
