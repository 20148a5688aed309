import * as Y from "yjs";
import { newCardId } from "../board/cards.ts";
import { daysRoot, sessionsRoot } from "./layout.ts";
import { readSession } from "./read.ts";
import { programmeDaySchema, programmeSessionSchema, type ProgrammeDay, type ProgrammeSession } from "./schema.ts";

/** A random id for a day, session or person: the board's card ids (16 characters of base32, 80 bits). */
export const newProgrammeId: () => string = newCardId;

function toMap(record: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) map.set(key, value);
  return map;
}

export function addDay(doc: Y.Doc, day: ProgrammeDay): void {
  const valid = programmeDaySchema.parse(day);
  doc.transact(() => daysRoot(doc).set(valid.id, toMap(valid)));
}

/** Deletes a day and its sessions (cards that pointed at them stay valid: they show no session). */
export function deleteDay(doc: Y.Doc, dayId: string): void {
  doc.transact(() => {
    daysRoot(doc).delete(dayId);
    const sessions = sessionsRoot(doc);
    for (const [id, value] of sessions.entries()) {
      if (value instanceof Y.Map && value.get("dayId") === dayId) sessions.delete(id);
    }
  });
}

export function setDayDate(doc: Y.Doc, dayId: string, date: string): void {
  const day = daysRoot(doc).get(dayId);
  const valid = programmeDaySchema.shape.date.parse(date);
  if (day instanceof Y.Map) doc.transact(() => day.set("date", valid));
}

export function addSession(doc: Y.Doc, session: ProgrammeSession): void {
  const valid = programmeSessionSchema.parse(session);
  doc.transact(() => sessionsRoot(doc).set(valid.id, toMap(valid)));
}

/** Sets only the fields given, each its own key: concurrent edits of other fields survive. */
export function updateSession(doc: Y.Doc, sessionId: string, patch: Partial<Omit<ProgrammeSession, "id">>): void {
  const map = sessionsRoot(doc).get(sessionId);
  const current = readSession(doc, sessionId);
  if (!(map instanceof Y.Map) || !current) return;
  const valid = programmeSessionSchema.parse({ ...current, ...patch, id: sessionId });
  doc.transact(() => {
    for (const key of Object.keys(patch) as (keyof typeof patch)[]) map.set(key, valid[key]);
  });
}

export function deleteSession(doc: Y.Doc, sessionId: string): void {
  doc.transact(() => sessionsRoot(doc).delete(sessionId));
}

/** The next free "Participant N" number in the whole programme (labels stay unique per review). */
export function nextParticipantNumber(sessions: readonly Pick<ProgrammeSession, "people">[], pattern: RegExp = /(\d+)$/): number {
  let max = 0;
  for (const person of sessions.flatMap((s) => s.people)) {
    if (!person.pseudonymised) continue;
    const match = pattern.exec(person.label);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}
