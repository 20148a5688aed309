import type { Benchmark } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { Store } from "./store.ts";

type BenchmarkStore = Pick<Store, "saveBenchmark" | "listBenchmarks" | "findBenchmark" | "listBenchmarkVersions">;

/** Benchmarks as immutable JSON documents keyed by (id, version). */
export function createSqlBenchmarks(db: SqlClient): BenchmarkStore {
  return {
    async saveBenchmark(benchmark, createdBy) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO benchmarks (id, version, name, data, created_by) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (id, version) DO NOTHING RETURNING id`,
        [benchmark.id, benchmark.version, benchmark.name, JSON.stringify(benchmark), createdBy],
      );
      return rows.length > 0;
    },
    async listBenchmarks() {
      const { rows } = await db.query<{ data: Benchmark }>(
        `SELECT DISTINCT ON (id) data FROM benchmarks ORDER BY id, created_at DESC, version DESC`,
      );
      return rows.map((row) => row.data);
    },
    async findBenchmark(id, version) {
      const { rows } = await db.query<{ data: Benchmark }>(
        version === undefined
          ? "SELECT data FROM benchmarks WHERE id = $1 ORDER BY created_at DESC, version DESC LIMIT 1"
          : "SELECT data FROM benchmarks WHERE id = $1 AND version = $2",
        version === undefined ? [id] : [id, version],
      );
      return rows[0]?.data ?? null;
    },
    async listBenchmarkVersions(id) {
      const { rows } = await db.query<{ data: Benchmark }>(
        "SELECT data FROM benchmarks WHERE id = $1 ORDER BY created_at DESC, version DESC",
        [id],
      );
      return rows.map((row) => row.data);
    },
  };
}
