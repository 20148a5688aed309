import { z } from "zod";
import type { DocumentAccess } from "../collab/permissions.ts";

/**
 * Where a findings report stands in the review cycle (toolkit seed 003, "after the visit"):
 * the team drafts it, sends it to the host for comments, then finalises it.
 */
export const REPORT_STATUSES = ["draft", "host_review", "final"] as const;
export const reportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** English names of the statuses, for exports (the client translates its own). */
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: "Draft", host_review: "Host review", final: "Final" };

/**
 * The transitions a moderator may make. Reopening (final → draft) is allowed and recorded;
 * final → host_review is not: a reopened report goes through the draft first.
 */
export const REPORT_STATUS_TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  draft: ["host_review", "final"],
  host_review: ["draft", "final"],
  final: ["draft"],
};

export function canTransitionReport(from: ReportStatus, to: ReportStatus): boolean {
  return REPORT_STATUS_TRANSITIONS[from].includes(to);
}

/** A final report is read-only for every role; otherwise the role's own access applies. */
export function lockedReportAccess(access: DocumentAccess, status: ReportStatus): DocumentAccess {
  return status === "final" && access === "write" ? "read" : access;
}
