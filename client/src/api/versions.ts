import {
  PAPER_VERSION_ROUTES,
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

/** The version history of one document (a review's report or a policy paper): the same calls for both. */
export type VersionApi = {
  /** Names the document, for caches: versions never change. */
  key: string;
  /** The versions, newest first, and whether the user may name and restore them. */
  list(): Promise<VersionListResponse>;
  /** One version with its whole document (base64 Yjs update). */
  get(versionId: string): Promise<VersionContentResponse>;
  /** The live document now (base64 Yjs update), to compare a version with. */
  current(): Promise<string>;
  /** Keeps the document as it is now under a name (writers). */
  name(label: string): Promise<VersionSummary>;
  /** Makes the live document equal to a version, as a new change everyone sees; answers the version recording it. */
  restore(versionId: string): Promise<VersionSummary>;
};

type VersionRoutes = { list: string; one: (versionId: string) => string; current: string; restore: (versionId: string) => string };

function versionApi(key: string, routes: VersionRoutes): VersionApi {
  return {
    key,
    list: () => request(routes.list, { schema: versionListResponseSchema }),
    get: (versionId) => request(routes.one(versionId), { schema: versionContentResponseSchema }),
    current: async () => (await request(routes.current, { schema: currentReportResponseSchema })).update,
    name: async (label) => (await request(routes.list, { method: "POST", body: { label }, schema: versionResponseSchema })).version,
    restore: async (versionId) => (await request(routes.restore(versionId), { method: "POST", schema: versionResponseSchema })).version,
  };
}

export function reportVersions(reviewId: string): VersionApi {
  return versionApi(`review:${reviewId}`, {
    list: REPORT_VERSION_ROUTES.list(reviewId),
    one: (versionId) => REPORT_VERSION_ROUTES.one(reviewId, versionId),
    current: REPORT_VERSION_ROUTES.current(reviewId),
    restore: (versionId) => REPORT_VERSION_ROUTES.restore(reviewId, versionId),
  });
}

export function paperVersions(paperId: string): VersionApi {
  return versionApi(`paper:${paperId}`, {
    list: PAPER_VERSION_ROUTES.list(paperId),
    one: (versionId) => PAPER_VERSION_ROUTES.one(paperId, versionId),
    current: PAPER_VERSION_ROUTES.current(paperId),
    restore: (versionId) => PAPER_VERSION_ROUTES.restore(paperId, versionId),
  });
}
