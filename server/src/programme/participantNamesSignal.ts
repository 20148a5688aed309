import { reviewDocumentName } from "@review/shared";
import { PROGRAMME_NAMES_SIGNAL, namesSignalRoot, readNamesSignal } from "@review/shared/programme";
import type { RoomRegistry } from "../collab/roomRegistry.ts";

/**
 * Tells the review's open programme tabs that real names changed, by bumping a counter in the
 * programme document (no name goes in it): moderators' tabs fetch the names again. Never
 * throws: a lost bump only leaves another moderator's tab stale until it is shown again.
 */
export async function signalParticipantNames(rooms: RoomRegistry, reviewId: string): Promise<void> {
  try {
    await rooms.applyServerChange(reviewDocumentName(reviewId, "programme"), (doc) => {
      namesSignalRoot(doc).set(PROGRAMME_NAMES_SIGNAL.changed, readNamesSignal(doc) + 1);
    });
  } catch (error) {
    console.warn("[programme] the participant names signal failed:", error);
  }
}
