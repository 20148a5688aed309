import { PAPER_RECOMMENDATIONS_SIGNAL, paperDocumentName } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";

/**
 * Tells the paper's open pages that a recommendation's addressees or follow-up changed (see
 * PAPER_RECOMMENDATIONS_SIGNAL). Never throws: a lost bump only leaves a page stale until reopened.
 */
export async function signalPaperRecommendations(rooms: RoomRegistry, paperId: string): Promise<void> {
  try {
    await rooms.applyServerChange(paperDocumentName(paperId), (doc) => {
      const root = doc.getMap<unknown>(PAPER_RECOMMENDATIONS_SIGNAL.root);
      const changed = root.get(PAPER_RECOMMENDATIONS_SIGNAL.changed);
      root.set(PAPER_RECOMMENDATIONS_SIGNAL.changed, (typeof changed === "number" ? changed : 0) + 1);
    });
  } catch (error) {
    console.warn("[recommendations] the paper's signal failed:", error);
  }
}
