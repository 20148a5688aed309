import type { Session, SessionUser } from "../auth/sessions.ts";

/** Hono context variables set by the session middleware. */
export type AppEnv = {
  Variables: {
    user: SessionUser | null;
    session: Session | null;
  };
};
