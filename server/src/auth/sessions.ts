import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import type { LocaleCode, NetworkRole } from "@review/shared";
import { serialize } from "hono/utils/cookie";
import type { SessionStore, UserRecord } from "../store/store.ts";
import { randomToken } from "./tokens.ts";

export const SESSION_COOKIE_NAME = "review_session";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session lives 30 days from its last renewal. */
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Renewed (and its cookie re-sent) once less than half of its life is left. */
const RENEW_WITHIN_MS = SESSION_LIFETIME_MS / 2;

/** The signed-in user as every route sees it. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  color: string;
  isAdmin: boolean;
  networkRole: NetworkRole;
  locale: LocaleCode;
};

/**
 * A session as the server holds it during a request. `id` is the token the cookie carries; the
 * database only ever sees its hash. `fresh` means the cookie must be (re)sent.
 */
export type Session = { id: string; userId: string; expiresAt: Date; fresh: boolean };

export type SessionValidation = { session: Session; user: SessionUser } | { session: null; user: null };

/** Sessions are stored by the SHA-256 of their token, so a leaked table grants no session. */
export function hashSessionToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function toSessionUser(user: UserRecord): SessionUser {
  return { id: user.id, email: user.email, name: user.name, color: user.color, isAdmin: user.isAdmin, networkRole: user.networkRole, locale: user.locale };
}

/**
 * Our session engine (the scheme lucia v3 used, which its author now recommends writing
 * oneself): 200-bit random tokens, stored hashed, 30-day sliding expiry, an HttpOnly
 * SameSite=Lax cookie, Secure over https.
 */
export class Sessions {
  readonly cookieName = SESSION_COOKIE_NAME;

  constructor(
    private readonly store: SessionStore,
    private readonly options: { secureCookies: boolean; now?: () => number },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async create(userId: string): Promise<Session> {
    const id = randomToken(25);
    const expiresAt = new Date(this.now() + SESSION_LIFETIME_MS);
    await this.store.createSession({ idHash: hashSessionToken(id), userId, expiresAt });
    return { id, userId, expiresAt, fresh: true };
  }

  /** The session and user behind `token`; an expired session is deleted, one past half its life renewed. */
  async validate(token: string): Promise<SessionValidation> {
    const idHash = hashSessionToken(token);
    const found = await this.store.findSession(idHash);
    if (!found) return { session: null, user: null };
    const now = this.now();
    if (found.session.expiresAt.getTime() <= now) {
      await this.store.deleteSession(idHash);
      return { session: null, user: null };
    }
    const session: Session = { id: token, userId: found.session.userId, expiresAt: found.session.expiresAt, fresh: false };
    if (found.session.expiresAt.getTime() - now < RENEW_WITHIN_MS) {
      session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
      session.fresh = true;
      await this.store.updateSessionExpiry(idHash, session.expiresAt);
    }
    return { session, user: toSessionUser(found.user) };
  }

  async invalidate(token: string): Promise<void> {
    await this.store.deleteSession(hashSessionToken(token));
  }

  /** The Set-Cookie value that stores `session` in the browser. */
  cookie(session: Session): string {
    return serialize(this.cookieName, session.id, { ...this.cookieAttributes(), maxAge: Math.floor(SESSION_LIFETIME_MS / 1000) });
  }

  /** The Set-Cookie value that removes the session cookie. */
  blankCookie(): string {
    return serialize(this.cookieName, "", { ...this.cookieAttributes(), maxAge: 0 });
  }

  private cookieAttributes() {
    return { httpOnly: true, secure: this.options.secureCookies, sameSite: "Lax", path: "/" } as const;
  }
}
