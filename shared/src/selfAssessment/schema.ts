import { z } from "zod";
import { ratingSchema } from "../benchmark/ratingScale.ts";

export const SELF_LIMITS = { noteMax: 4000, evidenceTextMax: 1000, linkMax: 2000, evidenceMax: 100 } as const;

/** A link a host offers: absolute http(s) only (no `javascript:`, `data:` or relative links). */
export const offeredLinkSchema = z.string().trim().max(SELF_LIMITS.linkMax).pipe(z.url({ protocol: /^https?$/, message: "Use a web address starting with http:// or https://" }));

export const offeredEvidenceIdSchema = z.string().regex(/^[a-z0-9]{8,32}$/);

/** One piece of evidence the host offers for a factor. */
export const offeredEvidenceSchema = z.strictObject({
  id: offeredEvidenceIdSchema,
  text: z.string().trim().min(1).max(SELF_LIMITS.evidenceTextMax),
  link: offeredLinkSchema.optional(),
});
export type OfferedEvidence = z.infer<typeof offeredEvidenceSchema>;

/** What a writer supplies (the id is generated). An empty link means none. */
export const offeredEvidenceInputSchema = z.object({
  text: z.string().trim().min(1).max(SELF_LIMITS.evidenceTextMax),
  link: z.union([z.literal(""), offeredLinkSchema]).optional(),
});
export type OfferedEvidenceInput = z.input<typeof offeredEvidenceInputSchema>;

export const selfRatingSchema = ratingSchema.nullable();
export const selfNoteSchema = z.string().max(SELF_LIMITS.noteMax);
