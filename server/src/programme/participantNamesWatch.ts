import { parseDocumentName, reviewDocumentName } from "@review/shared";
import { programmeSessions } from "@review/shared/programme";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { ParticipantNameStore } from "../store/store.ts";
import { signalParticipantNames } from "./participantNamesSignal.ts";

type WatchDeps = { store: ParticipantNameStore; rooms: RoomRegistry };

/** How long writes to a programme gather before the names it no longer holds are forgotten. */
export const PARTICIPANT_NAMES_WATCH_DELAY_MS = 500;

/**
 * Peers plan the programme too, but only moderators may touch real names: when anyone's write
 * removes a session, a day or a person over the socket, this forgets the real names of the
 * people the programme no longer holds, so a name never outlives its person. A name stored
 * after the batch's last write is kept: its person may still be on the way over the socket.
 */
export function watchParticipantNames(deps: WatchDeps, delayMs = PARTICIPANT_NAMES_WATCH_DELAY_MS): () => void {
  const pending = new Map<string, { timer: NodeJS.Timeout; lastWrite: Date }>();

  const check = async (reviewId: string) => {
    const since = pending.get(reviewId)?.lastWrite ?? new Date();
    pending.delete(reviewId);
    const doc = await deps.rooms.loadedDoc(reviewDocumentName(reviewId, "programme"));
    if (!doc) return;
    const people = programmeSessions(doc).flatMap((session) => session.people.map((person) => person.id));
    if ((await deps.store.forgetParticipantNamesExcept(reviewId, people, since)) > 0) await signalParticipantNames(deps.rooms, reviewId);
  };

  const stopObserving = deps.rooms.use({
    afterWrite(docName) {
      const ref = parseDocumentName(docName);
      if (ref?.scope !== "review" || ref.kind !== "programme") return;
      const entry = pending.get(ref.reviewId);
      if (entry) {
        entry.lastWrite = new Date();
        return;
      }
      const timer = setTimeout(
        () => void check(ref.reviewId).catch((error: unknown) => console.error("[programme] forgetting removed participants' names failed", error)),
        delayMs,
      );
      timer.unref();
      pending.set(ref.reviewId, { timer, lastWrite: new Date() });
    },
  });
  return () => {
    stopObserving();
    for (const { timer } of pending.values()) clearTimeout(timer);
    pending.clear();
  };
}
