import type { ScorecardResponse } from "@review/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { getScorecard } from "../../api/papers.ts";
import { useScorecardSignal } from "./useScorecardSignal.ts";

export type ScorecardState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; scorecard: ScorecardResponse };

/**
 * The network's score card (IMPART). Loaded on mount (`retry` loads it again), then fetched
 * again quietly whenever the server says it changed (`network:scorecard`, pushed live; also
 * after a reconnect that missed changes); a failed refresh keeps the card shown.
 */
export function useScorecard(): { state: ScorecardState; retry: () => void } {
  const [state, setState] = useState<ScorecardState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    getScorecard().then(
      (scorecard) => !cancelled && setState({ status: "loaded", scorecard }),
      (error: unknown) => !cancelled && setState({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const signal = useScorecardSignal();
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (signal === null) return;
    const first = seen.current === null;
    const moved = seen.current !== signal;
    seen.current = signal;
    // The first value arrives with the page's own load: only later moves mean news.
    if (first || !moved) return;
    let cancelled = false;
    getScorecard().then(
      (scorecard) => !cancelled && setState((current) => (current.status === "loading" ? current : { status: "loaded", scorecard })),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [signal]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, retry };
}
