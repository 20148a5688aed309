import { parseDocumentName } from "@review/shared";
import type { RoomHooks } from "../collab/roomHooks.ts";
import { syncRatingsDocument } from "./ratingsDocument.ts";

type RatingsDeps = Parameters<typeof syncRatingsDocument>[0];

/** The ratings document mirrors rows: a copy about to be loaded is brought up to date before anyone reads it. */
export function ratingsDocumentOnOpen(deps: RatingsDeps): RoomHooks {
  return {
    async beforeOpen(docName, loaded) {
      const ref = parseDocumentName(docName);
      if (ref?.scope === "review" && ref.kind === "ratings" && !loaded) await syncRatingsDocument(deps, ref.reviewId);
    },
  };
}
