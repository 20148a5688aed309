import { z } from "zod";
import { ratingSchema } from "../benchmark/ratingScale.ts";
import { sourceKindSchema, stanceSchema } from "../schema/evidenceCard.ts";

/**
 * Coded excerpts of a review (`GET /api/reviews/:id/report/export?format=json|csv`): every
 * passage of the findings report linked to a critical factor and every evidence card on the
 * factor's board, grouped by factor as a qualitative-analysis code report groups by code.
 * Sources stay as the team wrote them (pseudonymised labels stay pseudonymised); authors'
 * names are not included.
 */
export const codedExcerptSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("report"),
    text: z.string(),
    /** The heading the passage sits under, or null before the first heading. */
    section: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("evidence"),
    text: z.string(),
    source: sourceKindSchema,
    sourceLabel: z.string(),
    stance: stanceSchema,
    /** 1-based numbers of the factor's tests the evidence bears on. */
    tests: z.array(z.int().min(1)),
    visitDay: z.int().nullable(),
  }),
]);
export type CodedExcerpt = z.infer<typeof codedExcerptSchema>;

export const excerptCodeSchema = z.object({
  factorId: z.string(),
  /** "Core 2", "Module 1.3"; the id itself for a factor the review's benchmark does not know. */
  code: z.string(),
  name: z.string(),
  module: z.string(),
  rating: ratingSchema.nullable(),
  excerpts: z.array(codedExcerptSchema),
});
export type ExcerptCode = z.infer<typeof excerptCodeSchema>;

export const codedExcerptsSchema = z.object({
  review: z.object({ id: z.string(), title: z.string(), hostProject: z.string() }),
  benchmark: z.object({ name: z.string(), version: z.string() }).nullable(),
  exportedAt: z.iso.datetime(),
  codes: z.array(excerptCodeSchema),
});
export type CodedExcerpts = z.infer<typeof codedExcerptsSchema>;
