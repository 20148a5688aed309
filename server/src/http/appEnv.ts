import type { Session, User } from "lucia";

/** Hono context variables set by the session middleware. */
export type AppEnv = {
  Variables: {
    user: User | null;
    session: Session | null;
  };
};
