import type { ReviewDetail, ReviewStageId } from "@review/shared";
import { daysFrom } from "../../i18n/dates.ts";
import { PLANNED_VISIT_DAYS, visitDays } from "../../app/visitDates.ts";

/**
 * What the workspace can tell about a review's preparation from its own data.
 * Every check is derived, never ticked by hand: the checklist cannot drift from the review.
 */
export type ReadinessCheck =
  | { id: "team"; done: boolean; peers: number; hosts: number }
  | { id: "dates"; done: boolean; days: number | null; withinPlan: boolean }
  | { id: "modules"; done: boolean; themeModules: number }
  | { id: "context"; done: boolean; missing: ("country" | "theme")[] };


/** The review's set-up checks, in the order a team works through them. */
export function readinessChecks(review: Pick<ReviewDetail, "members" | "visitStart" | "visitEnd" | "modules" | "country" | "themeModuleId">): ReadinessCheck[] {
  const peers = review.members.filter((member) => member.role === "peer").length;
  const hosts = review.members.filter((member) => member.role === "host").length;
  const days = visitDays(review.visitStart, review.visitEnd);
  const missing = [review.country.trim() ? null : "country", review.themeModuleId ? null : "theme"].filter(
    (field): field is "country" | "theme" => field !== null,
  );
  return [
    { id: "team", done: peers > 0 && hosts > 0, peers, hosts },
    { id: "dates", done: days !== null, days, withinPlan: days !== null && days >= PLANNED_VISIT_DAYS.min && days <= PLANNED_VISIT_DAYS.max },
    { id: "modules", done: review.modules.length > 0, themeModules: review.modules.length },
    { id: "context", done: missing.length === 0, missing },
  ];
}

/** Where the review stands against its visit dates on `today` (YYYY-MM-DD). */
export type VisitPhase =
  | { stage: "before"; daysUntil: number }
  | { stage: "during"; day: number; days: number }
  | { stage: "after"; daysSince: number };

/** The stage of the visit by the calendar; null until both visit dates are set. */
export function visitPhase(visitStart: string | null, visitEnd: string | null, today: string): VisitPhase | null {
  const days = visitDays(visitStart, visitEnd);
  if (days === null || !visitStart || !visitEnd) return null;
  const untilStart = daysFrom(today, visitStart);
  if (untilStart > 0) return { stage: "before", daysUntil: untilStart };
  const sinceEnd = daysFrom(visitEnd, today);
  if (sinceEnd > 0) return { stage: "after", daysSince: sinceEnd };
  return { stage: "during", day: 1 - untilStart, days };
}

/** The stage to highlight: the calendar's when the dates are set, else "before" (nothing has happened yet). */
export function currentStage(phase: VisitPhase | null): ReviewStageId {
  return phase?.stage ?? "before";
}

