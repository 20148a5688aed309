import type * as Y from "yjs";
import { provisionalRatingSchema, visitFeedbackSchema, type ProvisionalRating, type VisitFeedback } from "../api/wrapUp.ts";
import { syncMap } from "./layout.ts";

/**
 * The daily wrap-up in the ratings document (written by the server alone, mirrored from its
 * rows after every wrap-up command so that everyone sees it live):
 *
 *   root Y.Map `provisionalRatings`: `<factorId>@<day>` → ProvisionalRating
 *   root Y.Map `visitFeedback`:      `feedback` → VisitFeedback (absent until recorded)
 */
export const PROVISIONAL_RATINGS_ROOT = "provisionalRatings";
export const VISIT_FEEDBACK_ROOT = "visitFeedback";
const FEEDBACK_KEY = "feedback";

export type WrapUpState = { provisional: readonly ProvisionalRating[]; feedback: VisitFeedback | null };

/** The mirrored wrap-up, validated; malformed entries are skipped. */
export function readWrapUp(doc: Y.Doc): WrapUpState {
  const provisional: ProvisionalRating[] = [];
  doc.getMap<unknown>(PROVISIONAL_RATINGS_ROOT).forEach((value) => {
    const parsed = provisionalRatingSchema.safeParse(value);
    if (parsed.success) provisional.push(parsed.data);
  });
  const feedback = visitFeedbackSchema.safeParse(doc.getMap<unknown>(VISIT_FEEDBACK_ROOT).get(FEEDBACK_KEY));
  return { provisional, feedback: feedback.success ? feedback.data : null };
}

/** Makes the document hold exactly `state` (inside the server's transaction). */
export function writeWrapUp(doc: Y.Doc, state: WrapUpState): void {
  syncMap(doc.getMap<unknown>(PROVISIONAL_RATINGS_ROOT), new Map(state.provisional.map((entry) => [`${entry.factorId}@${entry.day}`, entry])));
  syncMap(doc.getMap<unknown>(VISIT_FEEDBACK_ROOT), new Map(state.feedback ? [[FEEDBACK_KEY, state.feedback]] : []));
}
