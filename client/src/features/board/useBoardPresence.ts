import { useEffect, useState } from "react";
import { awarenessUserSchema } from "@review/shared";
import type { CollabSession } from "../../collab/collabSession.ts";
import type { PresentUser } from "../../collab/presence.ts";

/** Awareness field saying where on the board a client is: a factor id, or null for the overview. */
const FIELD = "board";

/** Where each present user is on the board, by factor id ("" for the overview); yourself excluded. */
export type BoardWhereabouts = ReadonlyMap<string, PresentUser[]>;

export function boardWhereabouts(states: ReadonlyMap<number, unknown>, selfId: string): BoardWhereabouts {
  const places = new Map<string, PresentUser[]>();
  const seen = new Set<string>();
  for (const state of states.values()) {
    if (typeof state !== "object" || state === null) continue;
    const user = awarenessUserSchema.safeParse((state as { user?: unknown }).user);
    if (!user.success || user.data.id === selfId || seen.has(user.data.id)) continue;
    const place = (state as Record<string, unknown>)[FIELD];
    const factorId = typeof place === "object" && place !== null ? (place as { factorId?: unknown }).factorId : undefined;
    seen.add(user.data.id);
    const key = typeof factorId === "string" ? factorId : "";
    const list = places.get(key) ?? [];
    list.push({ ...user.data, isSelf: false });
    places.set(key, list);
  }
  return places;
}

/** Publishes which factor this client looks at, and reads where everyone else is. */
export function useBoardPresence(session: CollabSession | null, factorId: string | null): BoardWhereabouts {
  const [places, setPlaces] = useState<BoardWhereabouts>(new Map());

  useEffect(() => {
    session?.provider.awareness.setLocalStateField(FIELD, { factorId });
  }, [session, factorId]);

  useEffect(() => {
    if (!session) return;
    const awareness = session.provider.awareness;
    const refresh = () => setPlaces(boardWhereabouts(awareness.getStates(), session.user.id));
    refresh();
    awareness.on("change", refresh);
    return () => awareness.off("change", refresh);
  }, [session]);

  return places;
}
