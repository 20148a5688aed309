import type { Benchmark } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import type { FactorInfo, RatingRow } from "./reportDocument.ts";

/**
 * The rating table of a review: one row per factor of the modules it covers (Core plus its
 * chosen themes, in benchmark order) with its team rating. Null, so that the
 * exports leave the table out, when there is no benchmark or no factor has been rated yet.
 *
 * This is the one place that turns board state into export content: more per-factor
 * columns (the host's self-assessment, the rationale) belong here.
 */
export function ratingTable(
  benchmark: Benchmark | null,
  reviewModules: readonly string[],
  factors: ReadonlyMap<string, FactorInfo>,
  board: ReadonlyMap<string, FactorState>,
): RatingRow[] | null {
  if (!benchmark) return null;
  const rows: RatingRow[] = [];
  for (const module of benchmark.modules) {
    if (module.kind !== "core" && !reviewModules.includes(module.id)) continue;
    for (const factor of module.factors) {
      const info = factors.get(factor.id);
      if (info) rows.push({ factor: info, rating: board.get(factor.id)?.rating ?? null });
    }
  }
  return rows.some((row) => row.rating !== null) ? rows : null;
}
