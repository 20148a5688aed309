/**
 * The visit programme document (`review:<id>:programme`): days, sessions, people met and the
 * critical factors each session serves. Imported as `@review/shared/programme` so that code which
 * does not need Yjs never bundles it. Real names of pseudonymised people are not here: see
 * `api/programme.ts` (moderators only, server-side).
 */
export { PROGRAMME_DAYS, PROGRAMME_NAMES_SIGNAL, PROGRAMME_SESSIONS, daysRoot, namesSignalRoot, programmeHasContent, readNamesSignal, sessionsRoot } from "./layout.ts";
export { coverage, programmeSessions, readDay, readProgramme, readSession } from "./read.ts";
export { addDay, addSession, deleteDay, deleteSession, newProgrammeId, nextParticipantNumber, setDayDate, updateSession } from "./write.ts";
export { SESSION_KINDS, programmeDaySchema, programmePersonSchema, programmeSessionSchema, sessionKindSchema } from "./schema.ts";
export type { ProgrammeDay, ProgrammeDayView, ProgrammePerson, ProgrammeSession, SessionKind } from "./schema.ts";
