import { Lucia, TimeSpan } from "lucia";
import type { LocaleCode, NetworkRole } from "@review/shared";
import type { Store } from "../store/store.ts";
import { createSessionAdapter } from "./sessionAdapter.ts";

export const SESSION_COOKIE_NAME = "review_session";

/** lucia as our session engine: 30-day sliding expiry, HttpOnly + SameSite=Lax cookie, Secure over https. */
export function createLucia(store: Store, options: { secureCookies: boolean }) {
  return new Lucia(createSessionAdapter(store), {
    sessionExpiresIn: new TimeSpan(30, "d"),
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      attributes: { secure: options.secureCookies, sameSite: "lax", path: "/" },
    },
    getUserAttributes: (attributes) => attributes,
  });
}

export type AppLucia = ReturnType<typeof createLucia>;

declare module "lucia" {
  interface Register {
    Lucia: AppLucia;
    DatabaseUserAttributes: { email: string; name: string; color: string; isAdmin: boolean; networkRole: NetworkRole; locale: LocaleCode };
  }
}
