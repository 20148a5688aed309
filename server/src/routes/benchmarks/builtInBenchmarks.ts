import { benchmarkSchema, IMPART_BENCHMARK } from "@review/shared";
import type { BenchmarkStore } from "../../store/store.ts";

/** The benchmark a review uses when its creator names none. */
export const DEFAULT_BENCHMARK_ID = IMPART_BENCHMARK.id;

/** Stores the benchmarks we ship, once per version; runs at every start. */
export async function installBuiltInBenchmarks(store: BenchmarkStore): Promise<void> {
  await store.saveBenchmark(benchmarkSchema.parse(IMPART_BENCHMARK), null);
}
