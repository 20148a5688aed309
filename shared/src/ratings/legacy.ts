import * as Y from "yjs";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { LEGACY_BOARD_ROOT, LEGACY_FACTOR_KEYS, legacyBoardRoot } from "../board/layout.ts";
import { teamRatingEntrySchema, type TeamRatingEntry } from "./layout.ts";

export type LegacyRatings = {
  teamRatings: Map<string, TeamRatingEntry>;
  votes: { factorId: string; userId: string; rating: Rating }[];
};

/**
 * The votes and team ratings a board document of the first layout holds (factor entries of
 * the root map `factors`), validated: what the server moves into relational rows once.
 */
export function readLegacyRatings(doc: Y.Doc): LegacyRatings {
  const result: LegacyRatings = { teamRatings: new Map(), votes: [] };
  if (!doc.share.has(LEGACY_BOARD_ROOT)) return result;
  legacyBoardRoot(doc).forEach((entry, factorId) => {
    if (!(entry instanceof Y.Map)) return;
    const votes = entry.get(LEGACY_FACTOR_KEYS.votes);
    if (votes instanceof Y.Map) {
      votes.forEach((value, userId) => {
        const rating = ratingSchema.safeParse(value);
        if (rating.success) result.votes.push({ factorId, userId, rating: rating.data });
      });
    }
    const cites = entry.get(LEGACY_FACTOR_KEYS.cites);
    const parsed = teamRatingEntrySchema.safeParse({
      rating: entry.get(LEGACY_FACTOR_KEYS.rating),
      rationale: entry.get(LEGACY_FACTOR_KEYS.rationale) ?? "",
      cites: cites instanceof Y.Array ? cites.toArray() : [],
      ratedBy: entry.get(LEGACY_FACTOR_KEYS.ratedBy) ?? null,
      ratedAt: entry.get(LEGACY_FACTOR_KEYS.ratedAt) ?? null,
    });
    if (parsed.success) result.teamRatings.set(factorId, parsed.data);
  });
  return result;
}
