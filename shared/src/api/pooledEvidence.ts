import { z } from "zod";
import { ratingSchema } from "../benchmark/ratingScale.ts";
import { sourceKindSchema, stanceSchema } from "../schema/evidenceCard.ts";
import { userText } from "../schema/text.ts";

/**
 * Pooled evidence (issue 13, item 4): for one critical factor, the evidence cards and the
 * linked report passages of every review on the benchmark that covers it, for network
 * moderators and administrators writing a cross-cutting section of a policy paper. Sources stay
 * as the teams wrote them (pseudonymised labels stay pseudonymised); authors' names are not sent.
 */
export const pooledEvidenceQuerySchema = z.strictObject({
  benchmark: userText().min(1).max(100).optional(),
  factor: userText().min(1).max(100),
});
export type PooledEvidenceQuery = z.infer<typeof pooledEvidenceQuerySchema>;

export const pooledCardSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: sourceKindSchema,
  sourceLabel: z.string(),
  stance: stanceSchema,
  visitDay: z.int().nullable(),
});
export type PooledCard = z.infer<typeof pooledCardSchema>;

export const pooledReviewSchema = z.object({
  review: z.object({ id: z.string(), title: z.string(), hostProject: z.string(), country: z.string() }),
  /** The first host project's team rating. */
  rating: ratingSchema.nullable(),
  /** Every host project of the review with its team rating, first first (one entry for most reviews). */
  projects: z.array(z.object({ name: z.string(), rating: ratingSchema.nullable() })),
  /** Report passages linked to the factor, in reading order, with the heading they sit under. */
  passages: z.array(z.object({ text: z.string(), section: z.string().nullable() })),
  cards: z.array(pooledCardSchema),
});
export type PooledReview = z.infer<typeof pooledReviewSchema>;

/** `GET /api/scorecard/evidence?factor=<id>[&benchmark=<id>]`: reviews with anything on the factor, in creation order. */
export const pooledEvidenceResponseSchema = z.object({ factorId: z.string(), reviews: z.array(pooledReviewSchema) });
export type PooledEvidenceResponse = z.infer<typeof pooledEvidenceResponseSchema>;

/** The text a policy paper quotes a pooled item with: the passage, then where it comes from. */
export function pooledCitation(text: string, reviewTitle: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}” (${reviewTitle})`;
}
