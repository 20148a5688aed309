import type { ScorecardResponse } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { getScorecard } from "../../api/papers.ts";

export type ScorecardState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; scorecard: ScorecardResponse };

/** The network's score card (IMPART), loaded once per mount; `retry` loads it again. */
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
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, retry };
}
