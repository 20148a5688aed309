import type { Benchmark, BenchmarkModule, Factor } from "@review/shared";

/**
 * A factor with its module. `moduleNumber` is the module's place among the benchmark's theme
 * modules (1 for the first, as the toolkit numbers them: "Module 1"), 0 for the core.
 */
export type ScopedFactor = Factor & { module: BenchmarkModule; moduleNumber: number };

/** The part of a benchmark one review covers: the core module plus the review's theme modules. */
export type BenchmarkScope = {
  modules: BenchmarkModule[];
  /** Every covered factor in benchmark order (module by module). */
  factors: ScopedFactor[];
  byId: ReadonlyMap<string, ScopedFactor>;
};

/**
 * Narrows a benchmark to the modules a review covers, in the benchmark's order. Theme
 * module ids the benchmark does not know are ignored (a module may have been dropped
 * from a newer version; the review keeps its own version, so this is only a guard).
 */
export function scopeBenchmark(benchmark: Benchmark, themeModuleIds: readonly string[]): BenchmarkScope {
  const chosen = new Set(themeModuleIds);
  const modules = benchmark.modules.filter((module) => module.kind === "core" || chosen.has(module.id));
  const themes = benchmark.modules.filter((module) => module.kind !== "core");
  const factors = modules.flatMap((module) => module.factors.map((factor) => ({ ...factor, module, moduleNumber: themes.indexOf(module) + 1 })));
  return { modules, factors, byId: new Map(factors.map((factor) => [factor.id, factor])) };
}

/** The factors before and after `factorId` in the scope, for previous / next links. */
export function neighbours(scope: BenchmarkScope, factorId: string): { previous: ScopedFactor | null; next: ScopedFactor | null } {
  const index = scope.factors.findIndex((factor) => factor.id === factorId);
  if (index < 0) return { previous: null, next: null };
  return { previous: scope.factors[index - 1] ?? null, next: scope.factors[index + 1] ?? null };
}
