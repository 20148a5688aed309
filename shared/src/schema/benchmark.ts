import { z } from "zod";
import { userText } from "./text.ts";

/**
 * Schemas for a benchmark: a versioned set of modules (one Core module plus thematic ones),
 * each a list of critical factors. Objects are strict because benchmarks can be imported as
 * JSON: an unknown field is more likely a typo than data we should silently drop.
 */

/** Non-empty text; surrounding whitespace is trimmed on parse. */
const textSchema = userText().trim().min(1);

/** Lower-case slug such as "core-1" or "assessment-validation". */
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a lower-case slug (a-z, 0-9, single dashes)" });

export const factorSchema = z.strictObject({
  /** Stable across versions of a benchmark, e.g. "core-1", "m1-2". */
  id: slugSchema,
  /** The number as printed in the source, e.g. "1" (numbering restarts in each module). */
  number: z.string().regex(/^\d+(?:\.\d+)*$/, { message: "Expected a number such as 1 or 1.2" }),
  name: textSchema,
  /** One-sentence definition of the critical factor. */
  definition: textSchema,
  /** "Tests for critical factor": statements that indicate whether the factor is present. */
  tests: z.array(textSchema).min(1),
  /** "Examples of evidence" a project could use to show that it fulfils the factor. */
  evidence: z.array(textSchema),
});
export type Factor = z.infer<typeof factorSchema>;

export const moduleKindSchema = z.enum(["core", "theme"]);
export type ModuleKind = z.infer<typeof moduleKindSchema>;

export const moduleSchema = z
  .strictObject({
    id: slugSchema,
    name: textSchema,
    kind: moduleKindSchema,
    description: textSchema.optional(),
    factors: z.array(factorSchema).min(1),
  })
  .superRefine((module, ctx) => {
    const seen = new Set<string>();
    module.factors.forEach((factor, index) => {
      if (seen.has(factor.number)) {
        ctx.addIssue({
          code: "custom",
          message: `Duplicate factor number "${factor.number}" in module "${module.id}"`,
          path: ["factors", index, "number"],
        });
      }
      seen.add(factor.number);
    });
  });
export type BenchmarkModule = z.infer<typeof moduleSchema>;

/**
 * The language a benchmark's text is written in, as a BCP 47 tag ("en", "de", "pt-BR"). Any
 * language, not only the interface's: a benchmark is content, and the network may hold one in French.
 */
export const benchmarkLanguageSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'Expected a language tag such as "en" or "de-AT"' });

/** Benchmarks stored before languages existed are English. */
export const DEFAULT_BENCHMARK_LANGUAGE = "en";

export const benchmarkSchema = z
  .strictObject({
    id: slugSchema,
    name: textSchema,
    /** Free-form version label, e.g. "2012.1". */
    version: textSchema,
    /** The language of its text; absent means English (`benchmarkLanguage`). */
    language: benchmarkLanguageSchema.optional(),
    description: textSchema.optional(),
    modules: z.array(moduleSchema).min(1),
  })
  .superRefine((benchmark, ctx) => {
    const moduleIds = new Set<string>();
    const factorIds = new Set<string>();
    benchmark.modules.forEach((module, moduleIndex) => {
      if (moduleIds.has(module.id)) {
        ctx.addIssue({ code: "custom", message: `Duplicate module id "${module.id}"`, path: ["modules", moduleIndex, "id"] });
      }
      moduleIds.add(module.id);
      module.factors.forEach((factor, factorIndex) => {
        if (factorIds.has(factor.id)) {
          ctx.addIssue({
            code: "custom",
            message: `Duplicate factor id "${factor.id}"`,
            path: ["modules", moduleIndex, "factors", factorIndex, "id"],
          });
        }
        factorIds.add(factor.id);
      });
    });
    const coreCount = benchmark.modules.filter((module) => module.kind === "core").length;
    if (coreCount !== 1) {
      ctx.addIssue({ code: "custom", message: `Expected exactly one core module, found ${coreCount}`, path: ["modules"] });
    }
  });
export type Benchmark = z.infer<typeof benchmarkSchema>;

export function benchmarkLanguage(benchmark: Pick<Benchmark, "language">): string {
  return benchmark.language ?? DEFAULT_BENCHMARK_LANGUAGE;
}

/** What `GET /api/benchmarks` lists for each benchmark. */
export const benchmarkSummarySchema = z.strictObject({
  id: slugSchema,
  name: textSchema,
  version: textSchema,
  language: benchmarkLanguageSchema,
  moduleCount: z.number().int().nonnegative(),
  factorCount: z.number().int().nonnegative(),
});
export type BenchmarkSummary = z.infer<typeof benchmarkSummarySchema>;
