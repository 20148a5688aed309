import type { Benchmark, BenchmarkModule } from "../schema/benchmark.ts";

/** The thematic modules of a benchmark, in its order: what a review's theme is chosen from. */
export function themeModules(benchmark: Pick<Benchmark, "modules">): BenchmarkModule[] {
  return benchmark.modules.filter((module) => module.kind === "theme");
}

/** The thematic module with this id, or null (unknown id, the core module, or no id). */
export function findThemeModule(benchmark: Pick<Benchmark, "modules">, id: string | null | undefined): BenchmarkModule | null {
  if (!id) return null;
  return themeModules(benchmark).find((module) => module.id === id) ?? null;
}
