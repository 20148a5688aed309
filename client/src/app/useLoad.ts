import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";

export type LoadState<T> = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; data: T };

/**
 * Loads data for a view: "loading", then "loaded" or "failed". `reload` starts again (the
 * retry button; `quietly` for a refresh behind loaded data); `update` changes loaded data
 * in place (after a create or a delete). An
 * answer that arrives after the inputs changed or the view left is dropped.
 */
export function useLoad<T>(fetch: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;
  const generation = useRef(0);

  // The caller names the inputs of `fetch` in `deps`; the latest `fetch` is read through the ref.
  const reload = useCallback((options: { quietly?: boolean } = {}) => {
    const mine = ++generation.current;
    // Quietly: keep showing what is loaded until the new answer replaces it (a refresh, not a first load).
    setState((current) => (options.quietly && current.status === "loaded" ? current : { status: "loading" }));
    fetchRef.current().then(
      (data) => mine === generation.current && setState({ status: "loaded", data }),
      (error: unknown) => mine === generation.current && setState({ status: "failed", error }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps are the inputs of `fetch`
  }, deps);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  const update = useCallback((change: (data: T) => T) => {
    setState((current) => (current.status === "loaded" ? { status: "loaded", data: change(current.data) } : current));
  }, []);

  return { state, reload, update };
}
