import type * as Y from "yjs";
import { z } from "zod";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { EVIDENCE_LIMITS, cardIdSchema } from "../schema/evidenceCard.ts";

/**
 * The ratings document (`review:<id>:ratings`), written by the server alone: every member
 * reads it, nobody may write it over the socket. It mirrors the relational rows that the
 * rating and vote commands write (the rows are the truth; the server rewrites this mirror
 * after each command and whenever someone connects), so that everyone sees votes and team
 * ratings live.
 *
 *   root Y.Map `teamRatings`: factorId → { rating, rationale, cites, ratedBy, ratedAt }
 *   root Y.Map `votes`:       factorId → { <userId>: rating }
 *
 * Values are plain JSON, replaced whole by the server. Readers still validate them.
 */
export const TEAM_RATINGS_ROOT = "teamRatings";
export const VOTES_ROOT = "votes";

export const teamRatingEntrySchema = z.object({
  rating: ratingSchema,
  rationale: z.string().max(EVIDENCE_LIMITS.rationaleMax),
  cites: z.array(cardIdSchema).max(500),
  ratedBy: z.string().max(100).nullable(),
  ratedAt: z.string().max(40).nullable(),
});
export type TeamRatingEntry = z.infer<typeof teamRatingEntrySchema>;

const votesEntrySchema = z.record(z.string().max(100), ratingSchema);

/** Votes and team ratings of one review, per factor. */
export type RatingsState = {
  teamRatings: ReadonlyMap<string, TeamRatingEntry>;
  /** factorId → (userId → vote). */
  votes: ReadonlyMap<string, Readonly<Record<string, Rating>>>;
};

export const EMPTY_RATINGS: RatingsState = { teamRatings: new Map(), votes: new Map() };

/** The document's ratings, validated; malformed entries are skipped. */
export function readRatings(doc: Y.Doc): RatingsState {
  const teamRatings = new Map<string, TeamRatingEntry>();
  doc.getMap<unknown>(TEAM_RATINGS_ROOT).forEach((value, factorId) => {
    const parsed = teamRatingEntrySchema.safeParse(value);
    if (parsed.success) teamRatings.set(factorId, { ...parsed.data, cites: [...new Set(parsed.data.cites)] });
  });
  const votes = new Map<string, Record<string, Rating>>();
  doc.getMap<unknown>(VOTES_ROOT).forEach((value, factorId) => {
    const parsed = votesEntrySchema.safeParse(value);
    if (parsed.success && Object.keys(parsed.data).length > 0) votes.set(factorId, parsed.data);
  });
  return { teamRatings, votes };
}

/**
 * Makes the document hold exactly `state`, changing only the entries that differ (call it
 * inside the server's transaction). Applied twice with the same state, it changes nothing.
 */
export function writeRatings(doc: Y.Doc, state: RatingsState): void {
  syncMap(doc.getMap<unknown>(TEAM_RATINGS_ROOT), state.teamRatings);
  syncMap(doc.getMap<unknown>(VOTES_ROOT), state.votes);
}

/** Makes `map` hold exactly `wanted`, touching only the entries that differ. */
export function syncMap(map: Y.Map<unknown>, wanted: ReadonlyMap<string, unknown>): void {
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const [key, value] of wanted) {
    if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
  }
}
