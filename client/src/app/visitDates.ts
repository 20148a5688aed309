import { MAX_VISIT_DAYS, visitLengthInDays } from "@review/shared";

/** The method plans a study visit of three to five days. */
export const PLANNED_VISIT_DAYS = { min: 3, max: 5 } as const;

/** Days of the visit, both ends included, when both dates are set and in order; else null. */
export function visitDays(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const days = visitLengthInDays(start, end);
  return days >= 1 ? days : null;
}

/** What is wrong with a pair of visit dates typed into a form, if anything (the server checks the same). */
export function visitDatesIssue(start: string, end: string): "endBeforeStart" | "tooLong" | null {
  if (!start || !end) return null;
  const days = visitLengthInDays(start, end);
  if (days < 1) return "endBeforeStart";
  if (days > MAX_VISIT_DAYS) return "tooLong";
  return null;
}
