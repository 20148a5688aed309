import { useCallback } from "react";
import { navigate, useLocation } from "../../app/navigation.tsx";
import type { ScorecardFilters } from "./scorecardModel.ts";

/** The score card's view as URL parameters: `sc-module`, `sc-theme` (a module id), `sc-country`, `sc-self=1`. */
const PARAMS = { module: "sc-module", theme: "sc-theme", country: "sc-country" } as const;
const SELF_PARAM = "sc-self";
const MAX_LENGTH = 200;

export type ScorecardViewState = { filters: ScorecardFilters; showSelf: boolean };

const read = (search: URLSearchParams, name: string): string | null => {
  const value = search.get(name);
  return value && value.length <= MAX_LENGTH ? value : null;
};

export function viewFromSearch(search: URLSearchParams): ScorecardViewState {
  return {
    filters: { module: read(search, PARAMS.module), theme: read(search, PARAMS.theme), country: read(search, PARAMS.country) },
    showSelf: search.get(SELF_PARAM) === "1",
  };
}

/** `search` with the view written in (other parameters kept, empty filters left out). */
export function searchWithView(search: URLSearchParams, view: ScorecardViewState): string {
  const next = new URLSearchParams(search);
  for (const [field, name] of Object.entries(PARAMS) as [keyof ScorecardFilters, string][]) {
    const value = view.filters[field];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  if (view.showSelf) next.set(SELF_PARAM, "1");
  else next.delete(SELF_PARAM);
  const text = next.toString();
  return text ? `?${text}` : "";
}

/**
 * The score card's filters and self-assessment toggle, kept in the URL: a link or a reload shows
 * the same view, and Back undoes a change of filter.
 */
export function useScorecardView(): ScorecardViewState & { setFilters: (filters: ScorecardFilters) => void; setShowSelf: (show: boolean) => void } {
  const { pathname, search } = useLocation();
  const view = viewFromSearch(search);
  const key = search.toString();
  const write = useCallback(
    (next: ScorecardViewState) => navigate(`${pathname}${searchWithView(new URLSearchParams(key), next)}`),
    [pathname, key],
  );
  return {
    ...view,
    setFilters: (filters) => write({ ...viewFromSearch(new URLSearchParams(key)), filters }),
    setShowSelf: (showSelf) => write({ ...viewFromSearch(new URLSearchParams(key)), showSelf }),
  };
}
