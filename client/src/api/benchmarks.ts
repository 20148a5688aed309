import { BENCHMARK_ROUTES, benchmarkSchema, benchmarkSummarySchema, type Benchmark, type BenchmarkSummary } from "@review/shared";
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
