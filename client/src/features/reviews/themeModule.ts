import { findThemeModule, themeModules, type Benchmark } from "@review/shared";
import type { T } from "../../i18n/I18nProvider.tsx";
import type { BenchmarkState } from "../../app/useBenchmark.ts";

/** The name of a review's theme module, once its benchmark is loaded; null for none (or not yet known). */
export function themeModuleName(benchmark: BenchmarkState, themeModuleId: string | null): string | null {
  return benchmark.status === "loaded" ? (findThemeModule(benchmark.benchmark, themeModuleId)?.name ?? null) : null;
}

/** The options of a theme select: "No theme chosen", then the benchmark's thematic modules by name. */
export function themeOptions(t: T, benchmark: Benchmark | null): { value: string; label: string }[] {
  return [{ value: "", label: t("setup.theme.none") }, ...(benchmark ? themeModules(benchmark) : []).map((module) => ({ value: module.id, label: module.name }))];
}
