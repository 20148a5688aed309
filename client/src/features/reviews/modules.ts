import type { Benchmark, BenchmarkModule } from "@review/shared";

/** The modules a review is assessed against, in the benchmark's order: Core, then its chosen thematic modules. */
export function reviewModules(benchmark: Benchmark, themeModules: readonly string[]): BenchmarkModule[] {
  return benchmark.modules.filter((module) => module.kind === "core" || themeModules.includes(module.id));
}

/** The critical factors a review covers: Core's plus its chosen thematic modules'. */
export function factorCount(benchmark: Benchmark, themeModules: readonly string[]): number {
  return reviewModules(benchmark, themeModules).reduce((count, module) => count + module.factors.length, 0);
}

/** Theme module ids in the benchmark's order, whatever the order they were picked in; unknown ids are dropped. */
export function orderedThemeModules(benchmark: Benchmark, selected: readonly string[]): string[] {
  return benchmark.modules.filter((module) => module.kind === "theme" && selected.includes(module.id)).map((module) => module.id);
}
