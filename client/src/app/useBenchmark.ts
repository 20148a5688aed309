import type { Benchmark } from "@review/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { getBenchmark } from "../api/benchmarks.ts";
import { queryKeys } from "./queryKeys.ts";

export type BenchmarkState = { status: "none" } | { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; benchmark: Benchmark };

/**
 * A benchmark with its modules and factors: the version a review keeps, or the
 * newest when `version` is omitted; `id` null means there is none to load. Every view of
 * one version shares one request and one cached answer.
 */
export function useBenchmark(id: string | null, version?: string): { state: BenchmarkState; retry: () => void } {
  const client = useQueryClient();
  const queryKey = useMemo(() => queryKeys.benchmarks.one(id, version ?? null), [id, version]);
  const query = useQuery({
    queryKey,
    queryFn: () => getBenchmark(id!, version),
    enabled: id !== null,
    // A named version never changes; "the newest" is asked again whenever a view opens (a
    // manager may just have added a module), views opening together sharing the request.
    staleTime: version ? Infinity : 0,
  });
  // Back to "loading" (the spinner), then the answer.
  const retry = useCallback(() => void client.resetQueries({ queryKey, exact: true }), [client, queryKey]);
  const { isSuccess, isError, data, error } = query;
  const state = useMemo<BenchmarkState>(() => {
    if (!id) return { status: "none" };
    if (isSuccess) return { status: "loaded", benchmark: data };
    if (isError) return { status: "failed", error };
    return { status: "loading" };
  }, [id, isSuccess, isError, data, error]);
  return { state, retry };
}
