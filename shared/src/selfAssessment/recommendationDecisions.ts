import type * as Y from "yjs";
import { z } from "zod";

/**
 * The host's decisions on the report's recommendations, in the self document
 * (`review:<id>:self`, written by hosts and the moderator):
 *
 *   root Y.Map `recommendationDecisions`: recommendationId → plain object
 *     { decision: take_forward | consider | decline, note (≤ 2000), decidedBy (user id), decidedAt (ISO) }
 *
 * A decision is one plain value, so two people deciding at once resolve to one whole
 * decision (last writer wins) rather than a mix of both. Readers treat the document as
 * untrusted and return null for anything that does not parse.
 */
export const RECOMMENDATION_DECISIONS_ROOT = "recommendationDecisions";

export const RECOMMENDATION_DECISIONS = ["take_forward", "consider", "decline"] as const;
export const recommendationDecisionKindSchema = z.enum(RECOMMENDATION_DECISIONS);
export type RecommendationDecisionKind = z.infer<typeof recommendationDecisionKindSchema>;

export const RECOMMENDATION_NOTE_MAX = 2000;

/** Recommendation ids as the editor mints them (see the client's recommendation extension). */
export const recommendationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { message: "Invalid recommendation id" });

export const recommendationDecisionSchema = z.object({
  decision: recommendationDecisionKindSchema,
  note: z.string().max(RECOMMENDATION_NOTE_MAX),
  decidedBy: z.string().min(1).max(100),
  decidedAt: z.iso.datetime(),
});
export type RecommendationDecision = z.infer<typeof recommendationDecisionSchema>;

export function recommendationDecisionsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(RECOMMENDATION_DECISIONS_ROOT);
}

/** The decision on one recommendation, or null when there is none or it is not a valid decision. */
export function readRecommendationDecision(doc: Y.Doc, recommendationId: string): RecommendationDecision | null {
  const parsed = recommendationDecisionSchema.safeParse(recommendationDecisionsRoot(doc).get(recommendationId));
  return parsed.success ? parsed.data : null;
}

/** Every valid decision by recommendation id; junk entries are left out. */
export function readRecommendationDecisions(doc: Y.Doc): Map<string, RecommendationDecision> {
  const decisions = new Map<string, RecommendationDecision>();
  recommendationDecisionsRoot(doc).forEach((value, key) => {
    if (!recommendationIdSchema.safeParse(key).success) return;
    const parsed = recommendationDecisionSchema.safeParse(value);
    if (parsed.success) decisions.set(key, parsed.data);
  });
  return decisions;
}

export class RecommendationDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RecommendationDecisionError";
  }
}

/**
 * Records (or with `decision: null` withdraws) the decision on one recommendation.
 * Throws RecommendationDecisionError on an invalid id, decision or a note over 2000 characters.
 */
export function writeRecommendationDecision(
  doc: Y.Doc,
  recommendationId: string,
  input: { decision: RecommendationDecisionKind; note: string } | null,
  meta: { by: string; at?: string },
  options: { origin?: unknown } = {},
): RecommendationDecision | null {
  if (!recommendationIdSchema.safeParse(recommendationId).success) throw new RecommendationDecisionError("Invalid recommendation id");
  const root = recommendationDecisionsRoot(doc);
  if (input === null) {
    doc.transact(() => root.delete(recommendationId), options.origin ?? null);
    return null;
  }
  const parsed = recommendationDecisionSchema.safeParse({
    decision: input.decision,
    note: input.note.trim(),
    decidedBy: meta.by,
    decidedAt: meta.at ?? new Date().toISOString(),
  });
  if (!parsed.success) throw new RecommendationDecisionError(parsed.error.issues[0]?.message ?? "Invalid decision");
  doc.transact(() => root.set(recommendationId, parsed.data), options.origin ?? null);
  return parsed.data;
}
