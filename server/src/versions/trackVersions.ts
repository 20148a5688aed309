import { TurnQueue } from "../turnQueue.ts";
import { recordDocumentVersion, type VersionDeps } from "./recordVersion.ts";
import { hasVersions, noteWriter } from "./noteWriters.ts";

/**
 * How long a document must stay without connections before its editing session counts as
 * ended: a reload, a dropped connection or a look at the history page (where a writer
 * may name the version) is not the end of a session.
 */
export const SESSION_END_GRACE_MS = 10_000;

/** End-of-session versions recorded at the same time (see TurnQueue). */
const CONCURRENT_RECORDINGS = 2;

/**
 * Keeps the version history of every versioned document the registry serves: notes who
 * writes, and records an automatic version when an editing session ends (nobody has been
 * connected for `graceMs`) and the content changed since the latest version. Returns the
 * function that stops it.
 */
export function trackVersions(deps: VersionDeps, graceMs = SESSION_END_GRACE_MS): () => void {
  const pending = new Map<string, NodeJS.Timeout>();
  const recordings = new TurnQueue(CONCURRENT_RECORDINGS, "versions");

  const sessionEnded = (docName: string) => {
    pending.delete(docName);
    recordings.push(async () => {
      // Someone may have come back while the recording waited its turn.
      if (pending.has(docName) || deps.rooms.connectionsTo(docName) > 0) return;
      await recordDocumentVersion(deps, docName, { kind: "auto", label: null, createdBy: null }).catch((error: unknown) =>
        console.error(`[versions] recording the session's version of ${docName} failed`, error),
      );
    });
  };

  const stopObserving = deps.rooms.use({
    afterWrite(docName, identity) {
      if (hasVersions(docName)) noteWriter(deps, docName, identity.user.id);
    },
    onEmpty(docName) {
      if (!hasVersions(docName)) return;
      clearTimeout(pending.get(docName));
      const timer = setTimeout(() => sessionEnded(docName), graceMs);
      timer.unref();
      pending.set(docName, timer);
    },
  });

  return () => {
    stopObserving();
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
  };
}
