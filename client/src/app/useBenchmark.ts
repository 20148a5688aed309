import type { Benchmark } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { getBenchmark } from "../api/benchmarks.ts";

export type BenchmarkState = { status: "none" } | { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; benchmark: Benchmark };

/**
 * A benchmark with its modules and factors: the version a review keeps, or the
 * newest when `version` is omitted; `id` null means there is none to load.
 */
export function useBenchmark(id: string | null, version?: string): { state: BenchmarkState; retry: () => void } {
  const [state, setState] = useState<BenchmarkState>(id ? { status: "loading" } : { status: "none" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!id) {
      setState({ status: "none" });
      return;
    }
    let cancelled = false;
    setState((current) => (current.status === "loaded" && current.benchmark.id === id && (!version || current.benchmark.version === version) ? current : { status: "loading" }));
    getBenchmark(id, version).then(
      (benchmark) => !cancelled && setState({ status: "loaded", benchmark }),
      (error: unknown) => !cancelled && setState({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, version, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
