import { ACCOUNT_ROUTES } from "./account.ts";
import { COMMENT_ROUTES } from "./comments.ts";
import { CONFIG_ROUTE } from "./config.ts";
import { REPORT_EXPORT_ROUTE } from "./exports.ts";
import { IMAGE_ROUTES } from "./images.ts";
import { NETWORK_ROUTES } from "./network.ts";
import { PROGRAMME_ROUTES } from "./programme.ts";
import { PROJECT_ROUTES } from "./projects.ts";
import { RATING_ROUTES } from "./ratings.ts";
import type { ScopedPattern } from "./route.ts";
import {
  API_ROUTES,
  BENCHMARK_ROUTES,
  NOTIFICATION_ROUTES,
  PAPER_RECOMMENDATION_ROUTES,
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  RECOMMENDATION_ROUTES,
  REPORT_VERSION_ROUTES,
  REVIEW_ROUND_ROUTES,
} from "./routes.ts";
import { SEARCH_ROUTE } from "./search.ts";
import { WRAP_UP_ROUTES } from "./wrapUp.ts";

/** An entry of a route table: a path without parameters, or a builder carrying its pattern(s). */
export type RouteEntry = string | (((...args: never[]) => string) & { readonly pattern: string | ScopedPattern });

/** Every route table of the API, so that tests can hold the server's routes and the builders to them. */
export const ROUTE_TABLES: Readonly<Record<string, Readonly<Record<string, RouteEntry>>>> = {
  API_ROUTES,
  PAPER_ROUTES,
  REPORT_VERSION_ROUTES,
  PAPER_VERSION_ROUTES,
  NOTIFICATION_ROUTES,
  BENCHMARK_ROUTES,
  RECOMMENDATION_ROUTES,
  PAPER_RECOMMENDATION_ROUTES,
  REVIEW_ROUND_ROUTES,
  COMMENT_ROUTES,
  ACCOUNT_ROUTES,
  NETWORK_ROUTES,
  PROJECT_ROUTES,
  IMAGE_ROUTES,
  PROGRAMME_ROUTES,
  RATING_ROUTES,
  WRAP_UP_ROUTES,
  single: { CONFIG_ROUTE, SEARCH_ROUTE, REPORT_EXPORT_ROUTE },
};

/** The Hono patterns of every route table (a path without parameters is its own pattern). */
export function routePatterns(): Set<string> {
  const patterns = new Set<string>();
  for (const table of Object.values(ROUTE_TABLES)) {
    for (const entry of Object.values(table)) {
      if (typeof entry === "string") patterns.add(entry);
      else if (typeof entry.pattern === "string") patterns.add(entry.pattern);
      else for (const scoped of Object.values(entry.pattern)) patterns.add(scoped);
    }
  }
  return patterns;
}
