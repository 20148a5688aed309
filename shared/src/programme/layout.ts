import type * as Y from "yjs";

/**
 * The programme document's layout (`review:<id>:programme`, docs/architecture.md "Documents"):
 *
 *   root Y.Map `days`:     dayId → Y.Map { id, date }
 *   root Y.Map `sessions`: sessionId → Y.Map { id, dayId, kind, start, title, place, factorIds, people }
 *   root Y.Map `participantNames`: `changed` → a counter the server bumps after a real name changed
 *
 * One Y.Map per day and per session, one key per field, so that two people editing different
 * fields of the same session both keep their change. `factorIds` and `people` are plain arrays
 * (replaced whole). Order is derived (date, start time), never stored: "reorder by time" is an edit
 * of the start. Every reader treats the document as untrusted and skips entries that do not parse.
 */
export const PROGRAMME_DAYS = "days";
export const PROGRAMME_SESSIONS = "sessions";

export function daysRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRAMME_DAYS);
}

export function sessionsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRAMME_SESSIONS);
}

/** Whether the document holds anything yet (for the "synced and empty" state of the client). */
export function programmeHasContent(doc: Y.Doc): boolean {
  return daysRoot(doc).size > 0 || sessionsRoot(doc).size > 0;
}

/**
 * The moderators' cue to fetch the real names again (they never enter this document, which every
 * member reads): the server bumps `changed` after a name is set or forgotten. A peer could bump
 * it too; that only makes moderators ask again.
 */
export const PROGRAMME_NAMES_SIGNAL = { root: "participantNames", changed: "changed" } as const;

export function namesSignalRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRAMME_NAMES_SIGNAL.root);
}

/** The counter of the names signal (0 before any bump or when it is not a number). */
export function readNamesSignal(doc: Y.Doc): number {
  const value = namesSignalRoot(doc).get(PROGRAMME_NAMES_SIGNAL.changed);
  return typeof value === "number" ? value : 0;
}
