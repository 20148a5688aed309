import { SEARCH_ROUTE, searchResponseSchema, type SearchResponse } from "@review/shared";
import { request } from "./http.ts";

export function searchEverything(query: string): Promise<SearchResponse> {
  return request(`${SEARCH_ROUTE}?q=${encodeURIComponent(query)}`, { schema: searchResponseSchema });
}
