import {
  BENCHMARK_ROUTES,
  benchmarkAccessResponseSchema,
  benchmarkSchema,
  benchmarkSummaryResponseSchema,
  benchmarkSummarySchema,
  type Benchmark,
  type BenchmarkAccess,
  type BenchmarkSummary,
} from "@review/shared";
import { z } from "zod";
import { request } from "./http.ts";

const benchmarkListSchema = z.array(benchmarkSummarySchema);

/** The benchmarks of this network, newest version of each. */
export async function listBenchmarks(): Promise<BenchmarkSummary[]> {
  return request(BENCHMARK_ROUTES.list, { schema: benchmarkListSchema });
}

// A benchmark version never changes once stored, so one answer per version serves the whole visit.
const cache = new Map<string, Promise<Benchmark>>();

/**
 * One benchmark with its modules and factors: `version` as a review keeps it,
 * or the newest when omitted. Answers are cached; a failed call is not.
 */
export function getBenchmark(id: string, version?: string): Promise<Benchmark> {
  const key = `${id}@${version ?? ""}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const path = version ? `${BENCHMARK_ROUTES.one(id)}?version=${encodeURIComponent(version)}` : BENCHMARK_ROUTES.one(id);
  const pending = request(path, { schema: benchmarkSchema });
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/** Whether the signed-in user may import benchmarks and add modules (administrators and network moderators). */
export async function getBenchmarkAccess(): Promise<BenchmarkAccess> {
  return request(BENCHMARK_ROUTES.access, { schema: benchmarkAccessResponseSchema });
}

/** The URL that downloads a benchmark version as JSON (`<id>-<version>.json`). */
export function benchmarkExportUrl(id: string, version?: string): string {
  return BENCHMARK_ROUTES.export(id, version);
}

/**
 * Imports a benchmark: `value` is the parsed file, sent as is so that the server's
 * validation (with the path of the first error) is the one that speaks.
 */
export async function importBenchmark(value: unknown): Promise<BenchmarkSummary> {
  const { benchmark } = await request(BENCHMARK_ROUTES.import, { method: "POST", body: value, schema: benchmarkSummaryResponseSchema });
  return benchmark;
}

/** Creates a new version of a benchmark: its newest version (`baseVersion`) plus `module`. */
export async function addBenchmarkModule(id: string, input: { version: string; baseVersion?: string; module: unknown }): Promise<BenchmarkSummary> {
  const { benchmark } = await request(BENCHMARK_ROUTES.modules(id), { method: "POST", body: input, schema: benchmarkSummaryResponseSchema });
  // The newest version changed: forget the cached "newest" answer.
  cache.delete(`${id}@`);
  return benchmark;
}

/** Every version of one benchmark, newest first (not cached: adding a module makes a new one). */
export async function listBenchmarkVersions(id: string): Promise<BenchmarkSummary[]> {
  return request(BENCHMARK_ROUTES.versions(id), { schema: benchmarkListSchema });
}
