import { benchmarkSchema, IMPART_BENCHMARK } from "@review/shared";
import type { Store } from "../../store/store.ts";

/** The benchmark a review uses when its creator names none. */
export const DEFAULT_BENCHMARK_ID = IMPART_BENCHMARK.id;

/** Stores the benchmarks we ship, once per version; runs at every start. */
export async function installBuiltInBenchmarks(store: Store): Promise<void> {
  await store.saveBenchmark(benchmarkSchema.parse(IMPART_BENCHMARK), null);
}
