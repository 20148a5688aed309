import { useCallback, useEffect, useState } from "react";
import type { VersionListResponse } from "@review/shared";
import type { VersionApi } from "../../api/versions.ts";

export type Loadable<V> = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; value: V };

/** The document's versions; `reload` fetches them again without blanking what is shown. */
export function useVersionList(api: VersionApi): { list: Loadable<VersionListResponse>; reload: () => Promise<void> } {
  const [list, setList] = useState<Loadable<VersionListResponse>>({ status: "loading" });
  const reload = useCallback(async () => {
    try {
      setList({ status: "loaded", value: await api.list() });
    } catch (error) {
      setList((current) => (current.status === "loaded" ? current : { status: "failed", error }));
    }
  }, [api]);
  useEffect(() => {
    setList({ status: "loading" });
    void reload();
  }, [reload]);
  return { list, reload };
}

/** Versions never change: their documents are fetched once per page load. */
const versionUpdates = new Map<string, Promise<string>>();

function fetchUpdate(api: VersionApi, target: string): Promise<string> {
  if (target === "current") return api.current();
  const key = `${api.key}/${target}`;
  let pending = versionUpdates.get(key);
  if (!pending) {
    pending = api.get(target).then((answer) => answer.update);
    pending.catch(() => versionUpdates.delete(key));
    versionUpdates.set(key, pending);
  }
  return pending;
}

/** The base64 Yjs update of a version, or of the live document for `"current"`; null loads nothing. */
export function useVersionUpdate(api: VersionApi, target: string | null): Loadable<string> | null {
  const [state, setState] = useState<{ target: string; value: Loadable<string> } | null>(null);
  useEffect(() => {
    if (!target) return;
    let cancelled = false;
    setState({ target, value: { status: "loading" } });
    fetchUpdate(api, target).then(
      (update) => !cancelled && setState({ target, value: { status: "loaded", value: update } }),
      (error: unknown) => !cancelled && setState({ target, value: { status: "failed", error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, target]);
  if (!target) return null;
  return state?.target === target ? state.value : { status: "loading" };
}
