import type { Benchmark } from "@review/shared";

/** Benchmark versions (immutable once stored). */
export interface BenchmarkStore {
  /** Stores a benchmark version; false when that (id, version) already exists (versions are immutable). */
  saveBenchmark(benchmark: Benchmark, createdBy: string | null): Promise<boolean>;
  /** The newest version of every benchmark. */
  listBenchmarks(): Promise<Benchmark[]>;
  /** One version, or the newest when `version` is omitted. */
  findBenchmark(id: string, version?: string): Promise<Benchmark | null>;
  /** Every version of one benchmark, newest first (empty when there is no such benchmark). */
  listBenchmarkVersions(id: string): Promise<Benchmark[]>;
}
