import { lockedReportAccess, type DocumentAccess, type ReportStatus, type ReviewDocumentKind } from "@review/shared";

/**
 * A final report is read-only for every role, moderators included: their updates are
 * dropped like any reader's. Other documents of the review are not affected (the host
 * records decisions on recommendations in the self document after final).
 */
export function applyReportLock(kind: ReviewDocumentKind, access: DocumentAccess, review: { reportStatus: ReportStatus }): DocumentAccess {
  return kind === "report" ? lockedReportAccess(access, review.reportStatus) : access;
}
