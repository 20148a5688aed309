import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AwarenessUser } from "@review/shared";
import type { CollabSession, CollabSnapshot } from "./collabSession.ts";
import { acquireSession } from "./sharedSessions.ts";

/**
 * Opens `documentName` for `user` while the calling component is mounted: one
 * Y.Doc, provider and IndexedDB copy, shared with other components holding the same
 * document and released on unmount or when the document or user changes (destroyed with
 * its last holder). Returns null until the session exists (the first effect).
 * `diagnose` explains repeated connection failures (see CollabSessionOptions).
 */
export function useCollabSession(
  documentName: string,
  user: AwarenessUser,
  diagnose?: () => Promise<number | null>,
): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const userRef = useRef(user);
  userRef.current = user;
  const diagnoseRef = useRef(diagnose);
  diagnoseRef.current = diagnose;

  useEffect(() => {
    const lease = acquireSession(documentName, userRef.current, () => diagnoseRef.current?.() ?? Promise.resolve(null));
    setSession(lease.session);
    return () => {
      lease.release();
      setSession(null);
    };
  }, [documentName, user.id, user.role]);

  // Name or colour changed (e.g. profile edit): update presence without reconnecting.
  const { id, name, color, role } = user;
  useEffect(() => {
    session?.provider.awareness.setLocalStateField("user", { id, name, color, role } satisfies AwarenessUser);
  }, [session, id, name, color, role]);

  return session;
}

const EMPTY_SNAPSHOT: CollabSnapshot | null = null;
const noSubscription = () => () => {};

/** The session's connection state and present users, re-rendering on change. */
export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot | null {
  return useSyncExternalStore(session ? session.subscribe : noSubscription, session ? session.getSnapshot : () => EMPTY_SNAPSHOT);
}
