import type { Rating } from "../benchmark/ratingScale.ts";

export type RatingComparison = "same" | "host-higher" | "host-lower" | "one-missing";

const RANK: Record<Rating, number> = { not: 0, partly: 1, wholly: 2 };

/**
 * How the host's own rating of a factor stands against the team's: "one-missing" when
 * either (or both) is not given, so there is nothing to compare.
 */
export function compareWithTeam(selfRating: Rating | null, teamRating: Rating | null): RatingComparison {
  if (selfRating === null || teamRating === null) return "one-missing";
  if (selfRating === teamRating) return "same";
  return RANK[selfRating] > RANK[teamRating] ? "host-higher" : "host-lower";
}

/** Whether the two ratings differ in a way worth highlighting (both given, not equal). */
export function ratingsDiffer(selfRating: Rating | null, teamRating: Rating | null): boolean {
  const comparison = compareWithTeam(selfRating, teamRating);
  return comparison === "host-higher" || comparison === "host-lower";
}
