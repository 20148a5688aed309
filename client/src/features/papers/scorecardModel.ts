import { findThemeModule, reviewCoversModule, tallyRatings, themeModules, type Benchmark, type BenchmarkModule, type RatingTally, type ScorecardReview } from "@review/shared";

/** The score card's filters; null means "all". `theme` is a thematic module id (a review's theme). */
export type ScorecardFilters = { module: string | null; theme: string | null; country: string | null };

export const NO_FILTERS: ScorecardFilters = { module: null, theme: null, country: null };

/** What the matrix shows under the filters: reviews (columns), modules with their factors (rows), tallies. */
export type ScorecardView = {
  reviews: ScorecardReview[];
  modules: BenchmarkModule[];
  counts: Record<string, RatingTally>;
};

/**
 * Applies the filters: theme and country keep the reviews that match; a module keeps its
 * factors only and, for a thematic module, the reviews that cover it. Tallies are counted
 * again over the reviews that remain, with the same rule as the server.
 */
export function scorecardView(benchmark: Benchmark, reviews: readonly ScorecardReview[], filters: ScorecardFilters): ScorecardView {
  const module = filters.module ? benchmark.modules.find((candidate) => candidate.id === filters.module) ?? null : null;
  const kept = reviews.filter(
    (review) =>
      (filters.theme === null || review.themeModuleId === filters.theme) &&
      (filters.country === null || review.country === filters.country) &&
      (module === null || reviewCoversModule(review, module)),
  );
  const modules = module ? [module] : benchmark.modules.filter((candidate) => candidate.kind === "core" || kept.some((review) => reviewCoversModule(review, candidate)));
  return { reviews: kept, modules, counts: tallyRatings({ modules }, kept) };
}

/**
 * The theme filter's options: each theme module some review has, once, in the benchmark's order
 * and by its name; a module only an older benchmark version has comes last, by its id.
 */
export function themeFilterOptions(benchmark: Benchmark, reviews: readonly ScorecardReview[]): { value: string; label: string }[] {
  const used = new Set(reviews.map((review) => review.themeModuleId).filter((id): id is string => id !== null));
  const known = themeModules(benchmark).filter((module) => used.has(module.id));
  const unknown = [...used].filter((id) => !known.some((module) => module.id === id)).sort();
  return [...known.map((module) => ({ value: module.id, label: module.name })), ...unknown.map((id) => ({ value: id, label: id }))];
}

/** How the score card names a review's theme: its module's name, else its id; null for none. */
export function themeLabel(benchmark: Benchmark, themeModuleId: string | null): string | null {
  return themeModuleId === null ? null : (findThemeModule(benchmark, themeModuleId)?.name ?? themeModuleId);
}

/** The distinct non-empty values of a review field, sorted, for a filter's options. */
export function filterOptions(reviews: readonly ScorecardReview[], field: "country"): string[] {
  return [...new Set(reviews.map((review) => review[field]).filter((value) => value.trim() !== ""))].sort((a, b) => a.localeCompare(b));
}

/**
 * The most common team rating of a factor and how many reviews gave it; `tied` when another
 * rating was given as often (the summary must then not single one out).
 */
export function dominantRating(tally: RatingTally): { rating: "wholly" | "partly" | "not"; count: number; tied: boolean } | null {
  const order = ["not", "partly", "wholly"] as const;
  let best: { rating: (typeof order)[number]; count: number; tied: boolean } | null = null;
  for (const rating of order) {
    const count = tally[rating];
    if (count === 0) continue;
    if (!best || count > best.count) best = { rating, count, tied: false };
    else if (count === best.count) best.tied = true;
  }
  return best;
}

/** Reviews a factor applies to (the denominator of "partly in 2 of 3 reviews"). */
export function applicableCount(tally: RatingTally): number {
  return tally.wholly + tally.partly + tally.not + tally.unrated;
}
