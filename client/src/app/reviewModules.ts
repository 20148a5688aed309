import { findThemeModule, themeModules, type Benchmark, type BenchmarkModule } from "@review/shared";
import type { T } from "../i18n/I18nProvider.tsx";
import type { BenchmarkState } from "./useBenchmark.ts";

/** The modules a review is assessed against, in the benchmark's order: Core, then its chosen thematic modules. */
export function reviewModules(benchmark: Benchmark, themeModuleIds: readonly string[]): BenchmarkModule[] {
  return benchmark.modules.filter((module) => module.kind === "core" || themeModuleIds.includes(module.id));
}

/** The critical factors a review covers: Core's plus its chosen thematic modules'. */
export function factorCount(benchmark: Benchmark, themeModuleIds: readonly string[]): number {
  return reviewModules(benchmark, themeModuleIds).reduce((count, module) => count + module.factors.length, 0);
}

/** Theme module ids in the benchmark's order, whatever the order they were picked in; unknown ids are dropped. */
export function orderedThemeModules(benchmark: Benchmark, selected: readonly string[]): string[] {
  return benchmark.modules.filter((module) => module.kind === "theme" && selected.includes(module.id)).map((module) => module.id);
}

/** The name of a review's theme module, once its benchmark is loaded; null for none (or not yet known). */
export function themeModuleName(benchmark: BenchmarkState, themeModuleId: string | null): string | null {
  return benchmark.status === "loaded" ? (findThemeModule(benchmark.benchmark, themeModuleId)?.name ?? null) : null;
}

/** The options of a theme select: "No theme chosen", then the benchmark's thematic modules by name. */
export function themeOptions(t: T, benchmark: Benchmark | null): { value: string; label: string }[] {
  return [{ value: "", label: t("setup.theme.none") }, ...(benchmark ? themeModules(benchmark) : []).map((module) => ({ value: module.id, label: module.name }))];
}
