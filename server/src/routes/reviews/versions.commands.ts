import { documentAccess, reviewDocumentName, type VersionSummary } from "@review/shared";
import { refusal, notFound, forbidden } from "../../errors/apiError.ts";
import type { ReviewRecord } from "../../store/store.ts";
import type { VersionRecord, VersionSummaryRecord } from "../../store/versionRecords.ts";
import { snapshotDocument } from "../../versions/documentSnapshot.ts";
import { recordDocumentVersion, type VersionDeps } from "../../versions/recordVersion.ts";
import { restoreVersion } from "../../versions/restoreVersion.ts";

type Access = { review: ReviewRecord; canWrite: boolean };

/** The review and whether the user may write its report; 404 for non-members (nothing is revealed). */
async function reportAccess(deps: VersionDeps, userId: string, reviewId: string): Promise<Access> {
  const [review, role] = await Promise.all([deps.store.findReview(reviewId), deps.store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  return { review, canWrite: documentAccess("report", role) === "write" };
}

function requireWriter(access: Access): void {
  if (!access.canWrite) throw forbidden("team_keeps_versions");
}

async function findReportVersion(deps: VersionDeps, reviewId: string, versionId: string): Promise<VersionRecord> {
  const version = await deps.store.findVersion(reviewDocumentName(reviewId, "report"), versionId);
  if (!version) throw notFound("version_not_found");
  return version;
}

export function toVersionSummary(record: VersionSummaryRecord): VersionSummary {
  return {
    id: record.id,
    kind: record.kind,
    label: record.label,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy && record.createdByName !== null ? { id: record.createdBy, name: record.createdByName } : null,
    contributors: record.contributors.map(({ id, name, color }) => ({ id, name, color })),
    restoredFrom: record.restoredFrom,
  };
}

/** Every version of the report, newest first, for any member. */
export async function listReportVersions(deps: VersionDeps, userId: string, reviewId: string) {
  const access = await reportAccess(deps, userId, reviewId);
  const versions = await deps.store.listVersions(reviewDocumentName(reviewId, "report"));
  return { versions: versions.map(toVersionSummary), canWrite: access.canWrite };
}

/** One version with its whole document (base64 Yjs update), for any member. */
export async function getReportVersion(deps: VersionDeps, userId: string, reviewId: string, versionId: string) {
  await reportAccess(deps, userId, reviewId);
  const version = await findReportVersion(deps, reviewId, versionId);
  return { version: toVersionSummary(version), update: Buffer.from(version.data).toString("base64") };
}

/** The live report as it is now, in the form of a version's content, for any member. */
export async function getCurrentReport(deps: VersionDeps, userId: string, reviewId: string) {
  await reportAccess(deps, userId, reviewId);
  const snapshot = await snapshotDocument(deps, reviewDocumentName(reviewId, "report"));
  return { update: Buffer.from(snapshot.data).toString("base64") };
}

/** Names the report as it is now; writers only. */
export async function nameReportVersion(deps: VersionDeps, userId: string, reviewId: string, label: string) {
  requireWriter(await reportAccess(deps, userId, reviewId));
  const version = await recordDocumentVersion(deps, reviewDocumentName(reviewId, "report"), { kind: "named", label, createdBy: userId });
  if (!version) throw new Error("a named version is always recorded");
  return { version: toVersionSummary(version) };
}

/** Restores a version as a new change; writers only, never while the report is final. */
export async function restoreReportVersion(deps: VersionDeps, userId: string, reviewId: string, versionId: string) {
  const access = await reportAccess(deps, userId, reviewId);
  requireWriter(access);
  const version = await findReportVersion(deps, reviewId, versionId);
  if (access.review.reportStatus === "final") {
    throw refusal("report_final", "report_final_no_restore");
  }
  return { version: toVersionSummary(await restoreVersion(deps, version, userId)) };
}
