import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http/appEnv.ts";
import type { Sessions } from "./sessions.ts";

/** Resolves the session cookie into `c.var.user`, re-sending a renewed cookie and clearing a dead one. */
export function sessionMiddleware(sessions: Sessions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessions.cookieName) ?? null;
    if (!token) {
      c.set("user", null);
      c.set("session", null);
      return next();
    }
    const { session, user } = await sessions.validate(token);
    if (session?.fresh) c.header("Set-Cookie", sessions.cookie(session), { append: true });
    if (!session) c.header("Set-Cookie", sessions.blankCookie(), { append: true });
    c.set("user", user);
    c.set("session", session);
    return next();
  };
}
