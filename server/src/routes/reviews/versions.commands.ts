import { documentAccess, reviewDocumentName } from "@review/shared";
import { notFound } from "../../errors/apiError.ts";
import { getCurrent, getVersion, listVersions, nameVersion, restoreDocumentVersion, type VersionedDocument } from "../../versions/documentVersions.ts";
import type { VersionDeps } from "../../versions/recordVersion.ts";


/** The review's report as a versioned document; 404 for non-members (nothing is revealed). */
async function reportDocument(deps: VersionDeps, userId: string, reviewId: string): Promise<VersionedDocument> {
  const [review, role] = await Promise.all([deps.store.findReview(reviewId), deps.store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  return {
    docName: reviewDocumentName(reviewId, "report"),
    canWrite: documentAccess("report", role) === "write",
    locked: review.reportStatus === "final" ? { code: "report_final", reason: "report_final_no_restore" } : null,
    writersOnly: "team_keeps_versions",
  };
}

/** Every version of the report, newest first, for any member. */
export async function listReportVersions(deps: VersionDeps, userId: string, reviewId: string) {
  return listVersions(deps, await reportDocument(deps, userId, reviewId));
}

/** One version with its whole document (base64 Yjs update), for any member. */
export async function getReportVersion(deps: VersionDeps, userId: string, reviewId: string, versionId: string) {
  return getVersion(deps, await reportDocument(deps, userId, reviewId), versionId);
}

/** The live report as it is now, in the form of a version's content, for any member. */
export async function getCurrentReport(deps: VersionDeps, userId: string, reviewId: string) {
  return getCurrent(deps, await reportDocument(deps, userId, reviewId));
}

/** Names the report as it is now; writers only. */
export async function nameReportVersion(deps: VersionDeps, userId: string, reviewId: string, label: string) {
  return nameVersion(deps, await reportDocument(deps, userId, reviewId), userId, label);
}

/** Restores a version as a new change; writers only, never while the report is final. */
export async function restoreReportVersion(deps: VersionDeps, userId: string, reviewId: string, versionId: string) {
  return restoreDocumentVersion(deps, await reportDocument(deps, userId, reviewId), userId, versionId);
}
