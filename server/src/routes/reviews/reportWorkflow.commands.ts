import {
  CLOSE_CODES,
  canTransitionReport,
  reviewDocumentName,
  type ReportStatus,
  type ReportStatusChange,
  type ReviewDetail,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, refusal, notFound } from "../../errors/apiError.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, NotificationStore, PaperStore, RatingStore, ReviewStore, UserStore, VersionStore } from "../../store/store.ts";
import { notifyReportStatus } from "../../notifications/notify.ts";
import { recordReportVersion } from "../../versions/recordVersion.ts";
import { getReviewDetail, requireModerator } from "./reviews.commands.ts";

type WorkflowDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & NotificationStore & PaperStore & RatingStore & ReviewStore & UserStore & VersionStore; rooms: RoomRegistry };

const STATUS_CHANGED_REASON = "The report's status changed";

/**
 * Moves the findings report to `to` (moderators only) and records who did it. Every open
 * connection to the report is closed with 4409 so that it reconnects with the access the
 * new status grants (read-only for everyone while final) and re-fetches the review; then the
 * report is snapshotted as a version labelled with the new status.
 */
export async function changeReportStatus(deps: WorkflowDeps, actorId: string, reviewId: string, to: ReportStatus): Promise<ReviewDetail> {
  const review = await requireModerator(deps.store, actorId, reviewId);
  const from = review.reportStatus;
  if (!canTransitionReport(from, to)) {
    throw new ApiError("invalid_transition", from === to ? `The report is already ${to}` : `A ${from} report cannot become ${to}`, from === to ? "status_unchanged" : "status_transition_refused");
  }
  const changed = await deps.store.changeReportStatus({ reviewId, from, to, actorId, at: new Date() });
  if (!changed) throw refusal("invalid_transition", "status_changed_meanwhile");
  const docName = reviewDocumentName(reviewId, "report");
  // Upgrades still between their permission check and the room are closed when they join (see RoomRegistry.accessChangeCount).
  deps.rooms.closeDocumentConnections(docName, CLOSE_CODES.permissionsChanged, STATUS_CHANGED_REASON);
  await notifyReportStatus(deps, actorId, reviewId, to);
  try {
    await recordReportVersion(deps, reviewId, { kind: "status", label: to, createdBy: actorId });
  } catch (error) {
    // The status is committed; a missing snapshot must not turn it into an error for the moderator.
    console.error(`[workflow] recording the ${to} version of review ${reviewId} failed`, error);
  }
  return getReviewDetail(deps.store, actorId, reviewId);
}

/** The report's status changes, newest first, for any member of the review. */
export async function listReportStatusChanges(store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & NotificationStore & PaperStore & RatingStore & ReviewStore & UserStore & VersionStore, userId: string, reviewId: string): Promise<ReportStatusChange[]> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  const changes = await store.listReportStatusChanges(reviewId);
  return changes.map((change) => ({ at: change.at.toISOString(), by: change.actorName, from: change.from, to: change.to }));
}
