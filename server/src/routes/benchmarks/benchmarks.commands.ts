import {
  benchmarkLanguage,
  benchmarkSchema,
  mayManageBenchmarks,
  summarizeBenchmark,
  type AddModuleRequest,
  type Benchmark,
  type BenchmarkSummary,
  type LocaleCode,
} from "@review/shared";
import type { z } from "zod";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import { ApiError, refusal, notFound } from "../../errors/apiError.ts";
import { zodErrorMap } from "../../http/inputLocale.ts";
import { describeZodError } from "../../http/validate.ts";
import type { BenchmarkStore } from "../../store/store.ts";

/** The signed-in user as the benchmark commands need them. */
export type BenchmarkActor = NetworkActor;

/**
 * Administrators and network moderators manage benchmarks: a new version is what every new
 * review of the network then uses, so moderating one review is not enough.
 */
export function canManageBenchmarks(actor: BenchmarkActor): boolean {
  return mayManageBenchmarks(actor.networkRole);
}

export function requireBenchmarkManager(actor: BenchmarkActor): void {
  requireNetworkRole(actor, mayManageBenchmarks, "network_manages_benchmarks");
}

const versionTaken = (id: string, version: string) =>
  refusal("conflict", "benchmark_version_exists", { id, version });

/**
 * Stores an imported benchmark (already validated) as one new version, its language made
 * explicit (English when the file names none); 409 when that version exists.
 */
export async function importBenchmark(store: BenchmarkStore, actor: BenchmarkActor, imported: Benchmark): Promise<BenchmarkSummary> {
  requireBenchmarkManager(actor);
  const benchmark: Benchmark = { ...imported, language: benchmarkLanguage(imported) };
  // One INSERT: either the whole benchmark is stored or nothing is.
  if (!(await store.saveBenchmark(benchmark, actor.id))) throw versionTaken(benchmark.id, benchmark.version);
  return summarizeBenchmark(benchmark);
}

/**
 * Creates a new version of a benchmark: its newest version plus `module`. Reviews on older
 * versions keep theirs. The combined benchmark is validated as a whole (unique ids, one core
 * module); errors about the new module are reported under `module.`.
 */
export async function addBenchmarkModule(
  store: BenchmarkStore,
  actor: BenchmarkActor,
  benchmarkId: string,
  request: AddModuleRequest,
  locale: LocaleCode = "en",
): Promise<BenchmarkSummary> {
  requireBenchmarkManager(actor);
  const newest = await store.findBenchmark(benchmarkId);
  if (!newest) throw notFound("benchmark_not_found");
  if (request.baseVersion !== undefined && request.baseVersion !== newest.version) {
    throw refusal("conflict", "benchmark_newer_version", { id: benchmarkId, newest: newest.version, base: request.baseVersion });
  }
  if (await store.findBenchmark(benchmarkId, request.version)) throw versionTaken(benchmarkId, request.version);
  const candidate = { ...newest, version: request.version, modules: [...newest.modules, request.module] };
  const parsed = benchmarkSchema.safeParse(candidate, { error: zodErrorMap(locale) });
  if (!parsed.success) throw new ApiError("invalid_input", describeZodError(moduleRelative(parsed.error, newest.modules.length)));
  if (!(await store.saveBenchmark(parsed.data, actor.id))) throw versionTaken(benchmarkId, request.version);
  return summarizeBenchmark(parsed.data);
}

/** Rewrites `modules.<index>.…` issue paths of the added module to `module.…`, as the client sent it. */
function moduleRelative(error: z.ZodError, index: number): z.ZodError {
  const first = error.issues[0];
  if (first && first.path[0] === "modules" && first.path[1] === index) {
    return { ...error, issues: [{ ...first, path: ["module", ...first.path.slice(2)] }] } as z.ZodError;
  }
  return error;
}

/** The benchmark JSON to download; it re-imports identically. Keys follow the schema's order. */
export async function exportBenchmark(store: BenchmarkStore, benchmarkId: string, version?: string): Promise<Benchmark> {
  const benchmark = await store.findBenchmark(benchmarkId, version);
  if (!benchmark) throw notFound("benchmark_not_found");
  return benchmarkSchema.parse(benchmark);
}
