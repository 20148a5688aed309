import type { MiddlewareHandler } from "hono";
import { refusal } from "../errors/apiError.ts";

/**
 * Refuses a URL carrying U+0000 (`%00`) in its path or query with 400: route parameters
 * reach the database as text, where PostgreSQL rejects the character (a 500 otherwise).
 * Bodies are checked by the shared schemas (`userText`).
 */
export function refuseNulInUrl(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/.test(c.req.url) || c.req.url.includes("\u0000")) {
      throw refusal("invalid_input", "address_has_nul");
    }
    await next();
  };
}
