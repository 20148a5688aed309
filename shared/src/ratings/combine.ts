import { emptyFactorState, type FactorState } from "../board/read.ts";
import type { RatingsState } from "./layout.ts";

/**
 * The board's factors with their votes and team ratings: every factor that has cards, a vote
 * or a team rating gets a state. `board` comes from `readBoard` (cards only).
 */
export function withRatings(board: ReadonlyMap<string, FactorState>, ratings: RatingsState): Map<string, FactorState> {
  const combined = new Map<string, FactorState>();
  const factorIds = new Set<string>([...board.keys(), ...ratings.teamRatings.keys(), ...ratings.votes.keys()]);
  for (const factorId of factorIds) {
    const base = board.get(factorId) ?? emptyFactorState(factorId);
    const team = ratings.teamRatings.get(factorId);
    combined.set(factorId, {
      ...base,
      votes: { ...(ratings.votes.get(factorId) ?? {}) },
      rating: team?.rating ?? null,
      rationale: team?.rationale ?? "",
      cites: team ? [...team.cites] : [],
      ratedBy: team?.ratedBy ?? null,
      ratedAt: team?.ratedAt ?? null,
    });
  }
  return combined;
}
