import type * as Y from "yjs";

/**
 * The programme document's layout (`review:<id>:programme`, docs/architecture.md "Documents"):
 *
 *   root Y.Map `days`:     dayId → Y.Map { id, date }
 *   root Y.Map `sessions`: sessionId → Y.Map { id, dayId, kind, start, title, place, factorIds, people }
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
