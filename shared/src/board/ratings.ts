import * as Y from "yjs";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { teamRatingSchema, type TeamRating } from "../schema/evidenceCard.ts";
import type { BoardWriteOptions } from "./cards.ts";
import { BoardError } from "./errors.ts";
import { FACTOR_KEYS, ensureFactor, factorMap, voteMap } from "./layout.ts";
import { locateCards } from "./read.ts";

/**
 * Casts (or with `null` clears) one member's vote on a factor. Each member writes only
 * their own key, so concurrent votes of different members never conflict.
 */
export function castVote(doc: Y.Doc, factorId: string, userId: string, rating: Rating | null, options: BoardWriteOptions = {}): void {
  if (rating !== null && !ratingSchema.safeParse(rating).success) throw new BoardError("invalid_vote", `Not a rating: ${String(rating)}`);
  if (rating === null) {
    const votes = voteMap(factorMap(doc, factorId));
    if (!votes?.has(userId)) return;
    doc.transact(() => votes.delete(userId), options.origin ?? null);
    return;
  }
  const votes = voteMap(ensureFactor(doc, factorId))!;
  if (votes.get(userId) === rating) return;
  doc.transact(() => votes.set(userId, rating), options.origin ?? null);
}

/**
 * Records the team rating of a factor: rating, rationale and the cards it rests on, which
 * must be at least one and all shown on this factor now (BoardError "cite_required" /
 * "cite_unknown" / "invalid_rating"). `cites` is replaced by a new Y.Array in the same
 * transaction as `rating` and `rationale` rather than edited in place: when two moderators
 * record at once, each key resolves last-writer-wins by the same rule, so readers see one
 * writer's triple instead of one rating with the union of both cite lists.
 */
export function setTeamRating(
  doc: Y.Doc,
  factorId: string,
  input: TeamRating,
  meta: { by: string; at?: string },
  options: BoardWriteOptions = {},
): void {
  const parsed = teamRatingSchema.safeParse(input);
  if (!parsed.success) {
    const citeIssue = parsed.error.issues.find((issue) => issue.path[0] === "cites");
    if (citeIssue && input.cites?.length === 0) throw new BoardError("cite_required", "A team rating must cite at least one evidence card");
    throw new BoardError("invalid_rating", parsed.error.issues[0]?.message ?? "Invalid team rating");
  }
  const cites = [...new Set(parsed.data.cites)];
  const winners = locateCards(doc).winners;
  const unknown = cites.filter((id) => winners.get(id)?.factorId !== factorId);
  if (unknown.length > 0) throw new BoardError("cite_unknown", `Cited cards are not on this factor: ${unknown.join(", ")}`);
  const factor = ensureFactor(doc, factorId);
  doc.transact(() => {
    factor.set(FACTOR_KEYS.rating, parsed.data.rating);
    factor.set(FACTOR_KEYS.rationale, parsed.data.rationale);
    const citeArray = new Y.Array<unknown>();
    citeArray.push(cites);
    factor.set(FACTOR_KEYS.cites, citeArray);
    factor.set(FACTOR_KEYS.ratedBy, meta.by);
    factor.set(FACTOR_KEYS.ratedAt, meta.at ?? new Date().toISOString());
  }, options.origin ?? null);
}

/** Withdraws the team rating of a factor (rating, rationale and cites). */
export function clearTeamRating(doc: Y.Doc, factorId: string, options: BoardWriteOptions = {}): void {
  const factor = factorMap(doc, factorId);
  if (!factor) return;
  doc.transact(() => {
    factor.delete(FACTOR_KEYS.rating);
    factor.delete(FACTOR_KEYS.rationale);
    factor.set(FACTOR_KEYS.cites, new Y.Array<unknown>());
    factor.delete(FACTOR_KEYS.ratedBy);
    factor.delete(FACTOR_KEYS.ratedAt);
  }, options.origin ?? null);
}
