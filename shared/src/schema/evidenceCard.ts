import { z } from "zod";
import { ratingSchema } from "../benchmark/ratingScale.ts";

/**
 * Evidence cards: what peers gather per critical factor during a study visit (DESIGN.md,
 * "Evidence card"). Cards live in the review's board document; this schema is checked when
 * a card enters the server over HTTP and every time a card is read from the document,
 * because any writer of the board (or a buggy client) can put anything there.
 */

/** Where a piece of evidence comes from; the heatmap counts cards per kind. */
export const sourceKindSchema = z.enum(["interview", "document", "observation", "workshop", "statistic", "self-assessment"]);
export type SourceKind = z.infer<typeof sourceKindSchema>;
export const SOURCE_KINDS = sourceKindSchema.options;

/** How a card bears on its factor: the three columns of a factor's board. */
export const stanceSchema = z.enum(["supports", "partly", "contradicts"]);
export type Stance = z.infer<typeof stanceSchema>;
export const STANCES = stanceSchema.options;

export const EVIDENCE_LIMITS = {
  textMax: 4000,
  sourceLabelMax: 200,
  rationaleMax: 4000,
  /** A visit lasts a few days; the toolkit plans three to five. Two weeks is the ceiling. */
  visitDayMax: 14,
  /** No factor has more tests than this; guards against a junk array of a million indexes. */
  testsMax: 50,
  idMax: 64,
} as const;

export const cardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Invalid card id" });

/** Text with at least one non-blank character, kept as written (no trimming on read). */
const textSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: "Must not be blank" });

export const evidenceCardSchema = z.strictObject({
  id: cardIdSchema,
  text: textSchema(EVIDENCE_LIMITS.textMax),
  source: sourceKindSchema,
  /** Who or what the evidence came from ("Job coach, interview 3"); may be pseudonymised, may be empty. */
  sourceLabel: z.string().max(EVIDENCE_LIMITS.sourceLabelMax),
  /** Indexes into the factor's `tests` list (0-based) that this evidence bears on. */
  tests: z.array(z.int().min(0).max(EVIDENCE_LIMITS.testsMax - 1)).max(EVIDENCE_LIMITS.testsMax),
  stance: stanceSchema,
  /** User id of the member who wrote the card. */
  author: z.string().min(1).max(100),
  createdAt: z.iso.datetime({ offset: true }),
  /** Day of the study visit the evidence was gathered on (1-based), or null for before/after it. */
  visitDay: z.int().min(1).max(EVIDENCE_LIMITS.visitDayMax).nullable(),
  /**
   * The visit programme's session the evidence came from (`review:<id>:programme`), or null. A
   * session deleted later leaves the card valid: readers show "session removed" or nothing.
   */
  sessionId: z.string().regex(/^[a-z0-9]{16}$/).nullable().optional(),
});
export type EvidenceCard = z.infer<typeof evidenceCardSchema>;

/** The fields a member fills in; id, author and time are set by whoever creates the card. */
export const evidenceCardInputSchema = evidenceCardSchema.omit({ id: true, author: true, createdAt: true });
export type EvidenceCardInput = z.infer<typeof evidenceCardInputSchema>;

/** The fields of a card that can be changed after it was written. */
export const evidenceCardPatchSchema = evidenceCardInputSchema.partial();
export type EvidenceCardPatch = z.infer<typeof evidenceCardPatchSchema>;

/** One member's vote on a factor: the shared rating scale, nothing else. */
export const voteSchema = ratingSchema;

/**
 * The team rating the moderator records for a factor. A rating must rest on evidence:
 * it cites at least one card, and says why.
 */
export const teamRatingSchema = z.strictObject({
  rating: ratingSchema,
  rationale: textSchema(EVIDENCE_LIMITS.rationaleMax),
  cites: z.array(cardIdSchema).min(1, { message: "Cite at least one evidence card" }).max(500),
});
export type TeamRating = z.infer<typeof teamRatingSchema>;
