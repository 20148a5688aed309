import { Hono } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { ACCOUNT_ROUTES, API_ROUTES, CLOSE_CODES, loginRequestSchema, registerRequestSchema, resetPasswordRequestSchema } from "@review/shared";
import { hashPassword } from "../../auth/passwords.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { AttemptLimiter } from "../../auth/rateLimit.ts";
import type { Sessions } from "../../auth/sessions.ts";
import { ApiError, refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { resetPassword } from "../network/accounts.commands.ts";
import { registerAccount, verifyCredentials } from "./auth.commands.ts";
import { toPublicUser } from "./toPublicUser.ts";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export function authRoutes(deps: { store: Store; sessions: Sessions; rooms: RoomRegistry; registration: "open" | "invite"; publicOrigin: () => string }) {
  // An email is locked per address, not everywhere: an attacker elsewhere cannot lock its owner out.
  const perEmailAtIp = new AttemptLimiter(10, FIFTEEN_MINUTES);
  const perIp = new AttemptLimiter(100, FIFTEEN_MINUTES);
  // Refused registrations (taken email, unusable invitation) per address: probing costs time.
  const registrationRefusals = new AttemptLimiter(10, FIFTEEN_MINUTES);
  const routes = new Hono<AppEnv>();

  const startSession = async (userId: string) => {
    return deps.sessions.cookie(await deps.sessions.create(userId));
  };

  routes.post(API_ROUTES.register, validateJson(registerRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const ip = remoteAddress(c);
    if (registrationRefusals.isOver(ip)) throw tooManyAttempts("registration");
    const { user, reviewId } = await registerAccount(deps.store, input, deps.registration, c.req.header("Accept-Language")).catch((error: unknown) => {
      if (error instanceof ApiError) registrationRefusals.hit(ip);
      throw error;
    });
    c.header("Set-Cookie", await startSession(user.id), { append: true });
    return c.json({ user: toPublicUser(user), reviewId }, 201);
  });

  routes.post(API_ROUTES.login, validateJson(loginRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const ip = remoteAddress(c);
    const emailAtIp = `${ip}\n${input.email}`;
    if (!perIp.hit(ip) || !perEmailAtIp.hit(emailAtIp)) throw tooManyAttempts("sign-in");
    const user = await verifyCredentials(deps.store, input);
    perEmailAtIp.reset(emailAtIp);
    c.header("Set-Cookie", await startSession(user.id), { append: true });
    return c.json({ user: toPublicUser(user) });
  });

  routes.post(API_ROUTES.logout, async (c) => {
    const session = c.get("session");
    if (session) {
      await deps.sessions.invalidate(session.id);
      deps.rooms.closeSessionConnections(session.id, CLOSE_CODES.unauthenticated, "Signed out");
    }
    c.header("Set-Cookie", deps.sessions.blankCookie(), { append: true });
    return c.body(null, 204);
  });

  routes.post(ACCOUNT_ROUTES.resetPassword, validateJson(resetPasswordRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const ip = remoteAddress(c);
    if (!perIp.hit(ip)) throw tooManyAttempts("sign-in");
    await resetPassword(deps, input.token, await hashPassword(input.newPassword));
    return c.body(null, 204);
  });

  routes.get(API_ROUTES.me, (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return c.json({ user: toPublicUser(user) });
  });

  return routes;
}

function tooManyAttempts(what: "sign-in" | "registration"): ApiError {
  return refusal("rate_limited", what === "sign-in" ? "too_many_sign_ins" : "too_many_registrations");
}

function remoteAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
