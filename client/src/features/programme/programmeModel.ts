import { nextParticipantNumber, type ProgrammeDay, type ProgrammePerson, type ProgrammeSession } from "@review/shared/programme";

type VisitDates = { visitStart: string | null; visitEnd: string | null };

/** `YYYY-MM-DD` moved by `days` (calendar arithmetic in UTC: no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The `min`/`max` of a day's date input: the visit's dates when the review has them. */
export function visitBounds(review: VisitDates): { min?: string; max?: string } {
  return { ...(review.visitStart ? { min: review.visitStart } : {}), ...(review.visitEnd ? { max: review.visitEnd } : {}) };
}

export type DayDateProblem = "outsideVisit" | "taken";

/**
 * Why `date` cannot be a day of the programme, or null: it must lie inside the visit (when the
 * review has visit dates) and no other day may have it (`dayId` is the day being changed).
 */
export function dayDateProblem(date: string, review: VisitDates, days: readonly ProgrammeDay[], dayId: string | null): DayDateProblem | null {
  if ((review.visitStart && date < review.visitStart) || (review.visitEnd && date > review.visitEnd)) return "outsideVisit";
  if (days.some((day) => day.id !== dayId && day.date === date)) return "taken";
  return null;
}

/** The date proposed for a new day: the first visit date without a day, else the day after the last day, else `today`. */
export function nextDayDate(days: readonly ProgrammeDay[], review: VisitDates, today: string): string {
  const taken = new Set(days.map((day) => day.date));
  if (review.visitStart && review.visitEnd) {
    for (let date = review.visitStart; date <= review.visitEnd; date = addDays(date, 1)) if (!taken.has(date)) return date;
  }
  const last = [...taken].sort().at(-1);
  if (last) return addDays(last, 1);
  return review.visitStart ?? today;
}

/** The start proposed for a new session of a day: an hour after its last session, else 09:00 (never past 23:00). */
export function nextStart(sessions: readonly Pick<ProgrammeSession, "start">[]): string {
  const last = sessions.map((session) => session.start).sort().at(-1);
  if (!last) return "09:00";
  const hour = Math.min(Number(last.slice(0, 2)) + 1, 23);
  return `${String(hour).padStart(2, "0")}:${last.slice(3)}`;
}

export type SessionFields = Omit<ProgrammeSession, "id">;

/**
 * The fields of `draft` that differ from `original`: only these are written, each its own key,
 * so that what a co-editor changed meanwhile in other fields of the session survives.
 */
export function sessionPatch(original: SessionFields, draft: SessionFields): Partial<SessionFields> {
  const patch: Partial<SessionFields> = {};
  for (const key of Object.keys(draft) as (keyof SessionFields)[]) {
    if (JSON.stringify(original[key]) !== JSON.stringify(draft[key])) Object.assign(patch, { [key]: draft[key] });
  }
  return patch;
}

/** The number of a newly pseudonymised person ("Participant N"): free in the whole programme and in the draft. */
export function nextParticipant(sessions: readonly ProgrammeSession[], draftPeople: readonly ProgrammePerson[]): number {
  return nextParticipantNumber([...sessions, { people: [...draftPeople] }]);
}
