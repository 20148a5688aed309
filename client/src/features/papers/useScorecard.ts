import type { ScorecardResponse } from "@review/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { getScorecard } from "../../api/papers.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useScorecardSignal } from "./useScorecardSignal.ts";

export type ScorecardState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; scorecard: ScorecardResponse };

const SCORECARD_KEY = queryKeys.scorecard();

/**
 * The network's score card (IMPART), from the query cache: fetched again quietly whenever the
 * server says it changed (`network:scorecard`, pushed live; also after a reconnect that missed
 * changes); a failed refresh keeps the card shown. `retry` loads it again from scratch.
 */
export function useScorecard(): { state: ScorecardState; retry: () => void } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: SCORECARD_KEY, queryFn: () => getScorecard() });

  const signal = useScorecardSignal();
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (signal === null) return;
    const moved = seen.current !== null && seen.current !== signal;
    seen.current = signal;
    // The first value arrives with the page's own load: only later moves mean news.
    if (moved) void client.invalidateQueries({ queryKey: SCORECARD_KEY, exact: true });
  }, [client, signal]);

  const retry = useCallback(() => void client.resetQueries({ queryKey: SCORECARD_KEY, exact: true }), [client]);
  const { data, error, isError } = query;
  const state = useMemo<ScorecardState>(() => {
    // Loaded data stays shown when a refresh fails.
    if (data !== undefined) return { status: "loaded", scorecard: data };
    if (isError) return { status: "failed", error };
    return { status: "loading" };
  }, [data, error, isError]);
  return { state, retry };
}
