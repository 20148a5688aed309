import { z } from "zod";

/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDateSchema = z.iso.date({ message: "Expected a date as YYYY-MM-DD" });

/** The longest study visit the workspace accepts; the method plans 3-5 days. */
export const MAX_VISIT_DAYS = 14;

/** Days from start to end, both included. */
export function visitLengthInDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Adds the visit-date rules to an object schema with optional `visitStart` / `visitEnd`. */
export function checkVisitDates(value: { visitStart?: string | null; visitEnd?: string | null }, ctx: z.RefinementCtx): void {
  const { visitStart, visitEnd } = value;
  if (!visitStart || !visitEnd) return;
  const days = visitLengthInDays(visitStart, visitEnd);
  if (days < 1) ctx.addIssue({ code: "custom", path: ["visitEnd"], message: "The visit cannot end before it starts" });
  else if (days > MAX_VISIT_DAYS) {
    ctx.addIssue({ code: "custom", path: ["visitEnd"], message: `A study visit lasts at most ${MAX_VISIT_DAYS} days` });
  }
}
