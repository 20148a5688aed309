import type * as Y from "yjs";
import { SCORECARD_DOCUMENT_NAME, SCORECARD_SIGNAL } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";

/** Changes within this window reach open score cards as one bump (a team rating several factors at once). */
export const SCORECARD_SIGNAL_DELAY_MS = 250;

const pending = new WeakMap<RoomRegistry, Promise<void>>();

function bump(doc: Y.Doc): void {
  const root = doc.getMap<unknown>(SCORECARD_SIGNAL.root);
  const changed = root.get(SCORECARD_SIGNAL.changed);
  root.set(SCORECARD_SIGNAL.changed, (typeof changed === "number" ? changed : 0) + 1);
}

/**
 * Tells every open score card that what it shows may have changed (team or self ratings, a
 * round link, a review's setup), by bumping the counter of `network:scorecard`; open cards
 * fetch themselves again. Calls within SCORECARD_SIGNAL_DELAY_MS share one bump. Never throws:
 * a lost bump only delays a card until the next one.
 */
export function signalScorecardChange(rooms: RoomRegistry, delayMs = SCORECARD_SIGNAL_DELAY_MS): Promise<void> {
  const waiting = pending.get(rooms);
  if (waiting) return waiting;
  const next = new Promise<void>((resolve) => setTimeout(resolve, delayMs).unref())
    .then(() => {
      pending.delete(rooms);
      return rooms.applyServerChange(SCORECARD_DOCUMENT_NAME, bump);
    })
    .catch((error: unknown) => console.warn("score card signal failed:", error));
  pending.set(rooms, next);
  return next;
}

/** Resolves once a bump still waiting has been written (before the rooms close). */
export function scorecardSignalSettled(rooms: RoomRegistry): Promise<void> {
  return pending.get(rooms) ?? Promise.resolve();
}
