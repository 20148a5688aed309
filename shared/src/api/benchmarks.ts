import { z } from "zod";
import { userText } from "../schema/text.ts";
import { benchmarkSchema, benchmarkSummarySchema, moduleSchema } from "../schema/benchmark.ts";

/**
 * Benchmark management (network moderators and administrators): import a whole benchmark as
 * JSON, export one, and add a module as a new version. Versions are immutable.
 */

/** Largest body accepted by the benchmark import and module routes (a realistic benchmark is ~40 KB). */
export const MAX_BENCHMARK_BODY_BYTES = 1024 * 1024;

/** `POST /api/benchmarks`: the body is a whole benchmark. */
export const importBenchmarkRequestSchema = benchmarkSchema;

const versionSchema = userText().trim().min(1).max(100);

/** `POST /api/benchmarks/:id/modules`: a new version of the benchmark = its newest version plus `module`. */
export const addModuleRequestSchema = z.strictObject({
  /** The label of the new version; must not exist yet. */
  version: versionSchema,
  /** The version the client looked at; when set and no longer the newest, the request is refused (409). */
  baseVersion: versionSchema.optional(),
  module: moduleSchema,
});
export type AddModuleRequest = z.infer<typeof addModuleRequestSchema>;

/** Answer of the import and add-module routes (201). */
export const benchmarkSummaryResponseSchema = z.object({ benchmark: benchmarkSummarySchema });

/** `GET /api/benchmarks/_access`: whether the signed-in user may import benchmarks and add modules. */
export const benchmarkAccessResponseSchema = z.object({ canManage: z.boolean() });
export type BenchmarkAccess = z.infer<typeof benchmarkAccessResponseSchema>;

/** The file name an exported benchmark downloads as: `<id>-<version>.json`. */
export function benchmarkExportFilename(id: string, version: string): string {
  return `${id}-${version.replace(/[^A-Za-z0-9._-]+/g, "_")}.json`;
}
