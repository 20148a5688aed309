import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useCallback } from "react";
import type { VersionListResponse } from "@review/shared";
import type { VersionApi } from "../../api/versions.ts";
import { queryKeys } from "../../app/queryKeys.ts";

export type Loadable<V> = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; value: V };

/** What is loaded stays shown when a refresh fails. */
function loadable<V>(query: UseQueryResult<V>): Loadable<V> {
  if (query.data !== undefined) return { status: "loaded", value: query.data };
  if (query.isError) return { status: "failed", error: query.error };
  return { status: "loading" };
}

/** The document's versions; `reload` fetches them again without blanking what is shown. */
export function useVersionList(api: VersionApi): { list: Loadable<VersionListResponse>; reload: () => Promise<void> } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.versions.list(api.key), queryFn: () => api.list() });
  const reload = useCallback(() => client.refetchQueries({ queryKey: queryKeys.versions.list(api.key), exact: true }), [client, api.key]);
  return { list: loadable(query), reload };
}

/** The base64 Yjs update of a version, or of the live document for `"current"`; null loads nothing. */
export function useVersionUpdate(api: VersionApi, target: string | null): Loadable<string> | null {
  const current = target === "current";
  const query = useQuery({
    queryKey: queryKeys.versions.update(api.key, target ?? ""),
    queryFn: async () => (current ? api.current() : (await api.get(target!)).update),
    enabled: target !== null,
    // A version never changes; the live document is fetched afresh whenever it is compared with.
    staleTime: current ? 0 : Infinity,
    gcTime: current ? 0 : undefined,
  });
  if (!target) return null;
  return loadable(query);
}
