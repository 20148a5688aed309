import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http/appEnv.ts";
import type { AppLucia } from "./lucia.ts";

/** Resolves the session cookie into `c.var.user`, renewing or clearing the cookie as lucia says. */
export function sessionMiddleware(lucia: AppLucia): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const sessionId = getCookie(c, lucia.sessionCookieName) ?? null;
    if (!sessionId) {
      c.set("user", null);
      c.set("session", null);
      return next();
    }
    const { session, user } = await lucia.validateSession(sessionId);
    if (session?.fresh) c.header("Set-Cookie", lucia.createSessionCookie(session.id).serialize(), { append: true });
    if (!session) c.header("Set-Cookie", lucia.createBlankSessionCookie().serialize(), { append: true });
    c.set("user", user);
    c.set("session", session);
    return next();
  };
}
