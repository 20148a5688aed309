import type { User } from "@review/shared";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { fetchMe, logout } from "../api/auth.ts";
import { setUnauthenticatedHandler } from "../api/http.ts";

export type SessionState =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "signedOut"; expired: boolean }
  | { status: "signedIn"; user: User };

type SessionContextValue = {
  session: SessionState;
  /** After a successful sign-in or registration. */
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
  /** The server no longer accepts our session (a 401 or close code 4401). */
  expire: () => void;
  retry: () => void;
  /** Asks the server again who is signed in, without a spinner (the network role may have changed). */
  refresh: () => void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

/** Knows who is signed in: asks `/api/auth/me` once, then follows sign-in, sign-out and expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchMe().then(
      (user) => !cancelled && setSession(user ? { status: "signedIn", user } : { status: "signedOut", expired: false }),
      (error: unknown) => !cancelled && setSession({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const expire = useCallback(() => {
    setSession((current) => (current.status === "signedIn" ? { status: "signedOut", expired: true } : current));
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(expire);
    return () => setUnauthenticatedHandler(null);
  }, [expire]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      signedIn: (user) => setSession({ status: "signedIn", user }),
      signOut: async () => {
        // Sign out locally even if the server is unreachable; the cookie is HttpOnly.
        await logout().catch(() => undefined);
        setSession({ status: "signedOut", expired: false });
      },
      expire,
      retry: () => {
        setSession({ status: "loading" });
        setAttempt((n) => n + 1);
      },
      refresh: () => {
        fetchMe().then(
          (user) => setSession(user ? { status: "signedIn", user } : { status: "signedOut", expired: true }),
          () => {},
        );
      },
    }),
    [session, expire],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession needs a <SessionProvider>");
  return value;
}

/** The signed-in user; only for pages rendered behind the sign-in gate. */
export function useCurrentUser(): User {
  const { session } = useSession();
  if (session.status !== "signedIn") throw new Error("useCurrentUser outside a signed-in page");
  return session.user;
}
