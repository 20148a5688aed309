import * as Y from "yjs";
import { daysRoot, sessionsRoot } from "./layout.ts";
import { programmeDaySchema, programmeSessionSchema, type ProgrammeDay, type ProgrammeDayView, type ProgrammeSession } from "./schema.ts";

function plain(value: unknown): unknown {
  return value instanceof Y.Map ? value.toJSON() : null;
}

export function readDay(doc: Y.Doc, dayId: string): ProgrammeDay | null {
  const parsed = programmeDaySchema.safeParse(plain(daysRoot(doc).get(dayId)));
  return parsed.success && parsed.data.id === dayId ? parsed.data : null;
}

export function readSession(doc: Y.Doc, sessionId: string): ProgrammeSession | null {
  const parsed = programmeSessionSchema.safeParse(plain(sessionsRoot(doc).get(sessionId)));
  return parsed.success && parsed.data.id === sessionId ? parsed.data : null;
}

const byStart = (a: ProgrammeSession, b: ProgrammeSession) =>
  a.start.localeCompare(b.start) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * The whole programme: days by date, each with its sessions by start time. A session whose day
 * is gone (deleted concurrently) is not shown; entries that do not parse are skipped.
 */
export function readProgramme(doc: Y.Doc): ProgrammeDayView[] {
  const days = [...daysRoot(doc).keys()].map((id) => readDay(doc, id)).filter((day): day is ProgrammeDay => day !== null);
  days.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const sessions = [...sessionsRoot(doc).keys()].map((id) => readSession(doc, id)).filter((s): s is ProgrammeSession => s !== null);
  return days.map((day) => ({ ...day, sessions: sessions.filter((s) => s.dayId === day.id).sort(byStart) }));
}

/** Every session in programme order (for selects: a card's session). */
export function programmeSessions(doc: Y.Doc): ProgrammeSession[] {
  return readProgramme(doc).flatMap((day) => day.sessions);
}

/** Coverage: per factor id, the sessions serving it (factors no session serves map to []). */
export function coverage(doc: Y.Doc, factorIds: readonly string[]): Map<string, ProgrammeSession[]> {
  const sessions = programmeSessions(doc);
  return new Map(factorIds.map((factorId) => [factorId, sessions.filter((s) => s.factorIds.includes(factorId))]));
}
