import { z } from "zod";

/** What happens in a session of the visit programme. */
export const SESSION_KINDS = ["interview", "workshop", "site_visit", "document_review"] as const;
export const sessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof sessionKindSchema>;

const idSchema = z.string().regex(/^[a-z0-9]{16}$/);
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const line = (max: number) => z.string().max(max).refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text), "control characters");

/**
 * A person met in a session. `label` is what every member sees: the name, or for a person who
 * asked to be pseudonymised a label such as "Participant 3". The real name of a pseudonymised
 * person is never in the document (every member reads it): it sits on the server, for moderators.
 */
export const programmePersonSchema = z.strictObject({
  id: idSchema,
  label: line(120).min(1),
  pseudonymised: z.boolean(),
});
export type ProgrammePerson = z.infer<typeof programmePersonSchema>;

export const programmeDaySchema = z.strictObject({
  id: idSchema,
  /** ISO date `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type ProgrammeDay = z.infer<typeof programmeDaySchema>;

export const programmeSessionSchema = z.strictObject({
  id: idSchema,
  dayId: idSchema,
  kind: sessionKindSchema,
  /** `HH:MM`, 24 h. */
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  title: line(200),
  place: line(200),
  factorIds: z.array(z.string().min(1).max(100)).max(200),
  people: z.array(programmePersonSchema).max(100),
});
export type ProgrammeSession = z.infer<typeof programmeSessionSchema>;

/** A day with its sessions, ordered by start time (ties by title, then id: every replica agrees). */
export type ProgrammeDayView = ProgrammeDay & { sessions: ProgrammeSession[] };
