import type { ScorecardResponse } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { getScorecard } from "../../api/papers.ts";

export type ScorecardState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; scorecard: ScorecardResponse };

/** Teams rate during their visits: the card is fetched again this often while the page is visible. */
const REFRESH_MS = 30_000;

/**
 * The network's score card (IMPART). Loaded on mount (`retry` loads it again), then refreshed
 * quietly every 30 s and whenever the page becomes visible again; a failed refresh keeps the
 * card shown.
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

  useEffect(() => {
    let cancelled = false;
    const refresh = () => {
      if (document.visibilityState !== "visible") return;
      getScorecard().then(
        (scorecard) => !cancelled && setState((current) => (current.status === "loading" ? current : { status: "loaded", scorecard })),
        () => {},
      );
    };
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, []);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, retry };
}
