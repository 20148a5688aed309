import { benchmarkLanguage, type Benchmark, type BenchmarkSummary } from "../schema/benchmark.ts";

/** The list entry for a benchmark (`GET /api/benchmarks`). */
export function summarizeBenchmark(benchmark: Benchmark): BenchmarkSummary {
  return {
    id: benchmark.id,
    name: benchmark.name,
    version: benchmark.version,
    language: benchmarkLanguage(benchmark),
    moduleCount: benchmark.modules.length,
    factorCount: benchmark.modules.reduce((count, module) => count + module.factors.length, 0),
  };
}
