import {
  REPORT_VERSION_ROUTES,
  currentReportResponseSchema,
  versionContentResponseSchema,
  versionListResponseSchema,
  versionResponseSchema,
  type VersionContentResponse,
  type VersionListResponse,
  type VersionSummary,
} from "@review/shared";
import { request } from "./http.ts";

/** The report's versions, newest first, and whether the user may name and restore them. */
export function listReportVersions(reviewId: string): Promise<VersionListResponse> {
  return request(REPORT_VERSION_ROUTES.list(reviewId), { schema: versionListResponseSchema });
}

/** One version with its whole document (base64 Yjs update). */
export function getReportVersion(reviewId: string, versionId: string): Promise<VersionContentResponse> {
  return request(REPORT_VERSION_ROUTES.one(reviewId, versionId), { schema: versionContentResponseSchema });
}

/** The live report now (base64 Yjs update), to compare a version with. */
export async function getCurrentReport(reviewId: string): Promise<string> {
  const { update } = await request(REPORT_VERSION_ROUTES.current(reviewId), { schema: currentReportResponseSchema });
  return update;
}

/** Keeps the report as it is now under a name (moderator and peers). */
export async function nameReportVersion(reviewId: string, label: string): Promise<VersionSummary> {
  const { version } = await request(REPORT_VERSION_ROUTES.list(reviewId), { method: "POST", body: { label }, schema: versionResponseSchema });
  return version;
}

/** Makes the live report equal to a version, as a new change everyone sees; answers the version recording it. */
export async function restoreReportVersion(reviewId: string, versionId: string): Promise<VersionSummary> {
  const { version } = await request(REPORT_VERSION_ROUTES.restore(reviewId, versionId), { method: "POST", schema: versionResponseSchema });
  return version;
}
