import { parseDocumentName, reviewDocumentName } from "@review/shared";
import { readRecommendationDecisions } from "@review/shared/self";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { Store } from "../store/store.ts";
import { notifyRecommendationDecision } from "./notify.ts";

type WatchDeps = { store: Store; rooms: RoomRegistry };

/** How long writes to a self-assessment gather before its decisions are looked at. */
export const DECISION_WATCH_DELAY_MS = 1000;
/** A decision counts as new when it was made this recently (by the clock of who made it). */
const FRESH_MS = 2 * 60_000;

/**
 * Host decisions on recommendations are written over the socket into `review:<id>:self`, so no
 * command sees them: this watches writes there and notifies the review team of each decision
 * the writer made just now (decided by them, dated within FRESH_MS), once per process.
 */
export function watchRecommendationDecisions(deps: WatchDeps, delayMs = DECISION_WATCH_DELAY_MS): () => void {
  const pending = new Map<string, { timer: NodeJS.Timeout; writers: Set<string> }>();
  const notified = new Set<string>();

  const check = async (reviewId: string, writers: Set<string>) => {
    pending.delete(reviewId);
    const doc = await deps.rooms.loadedDoc(reviewDocumentName(reviewId, "self"));
    if (!doc) return;
    const now = Date.now();
    for (const [recommendationId, decision] of readRecommendationDecisions(doc)) {
      const key = `${reviewId}:${recommendationId}:${decision.decidedAt}`;
      const age = now - Date.parse(decision.decidedAt);
      if (notified.has(key) || !writers.has(decision.decidedBy) || age > FRESH_MS || age < -FRESH_MS) continue;
      notified.add(key);
      await notifyRecommendationDecision(deps, decision.decidedBy, reviewId, recommendationId, decision.decision);
    }
  };

  const stopObserving = deps.rooms.use({
    afterWrite(docName, identity) {
      const ref = parseDocumentName(docName);
      if (ref?.scope !== "review" || ref.kind !== "self") return;
      const entry = pending.get(ref.reviewId);
      if (entry) {
        entry.writers.add(identity.user.id);
        return;
      }
      const writers = new Set([identity.user.id]);
      const timer = setTimeout(() => void check(ref.reviewId, writers).catch((error: unknown) => console.error("[notifications] checking decisions failed", error)), delayMs);
      timer.unref();
      pending.set(ref.reviewId, { timer, writers });
    },
  });
  return () => {
    stopObserving();
    for (const { timer } of pending.values()) clearTimeout(timer);
    pending.clear();
  };
}
