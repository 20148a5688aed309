import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";

export type LoadState<T> = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; data: T };

/**
 * Loads data for a view through the query cache under `key`: "loading", then "loaded" or
 * "failed". Views asking for the same key share one request and its answer. `reload` starts
 * again (the retry button; `quietly` for a refresh behind loaded data); `update` changes the
 * cached data in place (after a create or a delete).
 */
export function useLoad<T>(key: QueryKey, fetch: () => Promise<T>) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: fetch });
  const state = useMemo<LoadState<T>>(() => {
    if (query.isSuccess) return { status: "loaded", data: query.data };
    if (query.isError) return { status: "failed", error: query.error };
    return { status: "loading" };
  }, [query.isSuccess, query.isError, query.data, query.error]);

  const reload = useCallback(
    (options: { quietly?: boolean } = {}) => {
      // Quietly: keep showing what is loaded until the new answer replaces it.
      if (options.quietly) void client.refetchQueries({ queryKey: key, exact: true });
      else void client.resetQueries({ queryKey: key, exact: true });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key's content, not its identity
    [client, JSON.stringify(key)],
  );

  const update = useCallback(
    (change: (data: T) => T) => client.setQueryData<T>(key, (current) => (current === undefined ? current : change(current))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key's content, not its identity
    [client, JSON.stringify(key)],
  );

  return { state, reload, update };
}
