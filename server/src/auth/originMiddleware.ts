import type { MiddlewareHandler } from "hono";
import { refusal } from "../errors/apiError.ts";
import { isAllowedOrigin } from "./origin.ts";

/** Refuses non-GET requests and WebSocket upgrades that do not come from our own origin. */
export function originMiddleware(publicOrigin: () => string): MiddlewareHandler {
  return async (c, next) => {
    const isUpgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
    const isSafe = c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS";
    if (isSafe && !isUpgrade) return next();
    const allowed = isAllowedOrigin(
      { origin: c.req.header("origin"), secFetchSite: c.req.header("sec-fetch-site") },
      publicOrigin(),
    );
    if (!allowed) throw refusal("forbidden_origin", "origin_refused");
    return next();
  };
}
