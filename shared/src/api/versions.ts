import { z } from "zod";
import { userText } from "../schema/text.ts";

/**
 * How a version of the findings report came about: at the end of an editing session
 * (`auto`), named by a writer (`named`), at a report status change (`status`, labelled
 * with the new status), or as the result of restoring an older version (`restore`).
 */
export const versionKindSchema = z.enum(["auto", "named", "status", "restore"]);
export type VersionKind = z.infer<typeof versionKindSchema>;

export const versionIdSchema = z.string().regex(/^[a-z0-9]{16}$/, { message: "Invalid version id" });

export const VERSION_LABEL_MAX = 120;

const versionPersonSchema = z.object({ id: z.string(), name: z.string() });

export const versionSummarySchema = z.object({
  id: versionIdSchema,
  kind: versionKindSchema,
  label: z.string().nullable(),
  createdAt: z.string(),
  /** Who asked for it; null for automatic versions and deleted accounts. */
  createdBy: versionPersonSchema.nullable(),
  /** Who wrote to the report since the previous version, in the order they first wrote. */
  contributors: z.array(versionPersonSchema.extend({ color: z.string() })),
  /** For kind `restore`: the version whose content was restored (null once unknown). */
  restoredFrom: versionIdSchema.nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** `GET /api/reviews/:id/report/versions`: newest first; `canWrite` = may name and restore. */
export const versionListResponseSchema = z.object({
  versions: z.array(versionSummarySchema),
  canWrite: z.boolean(),
});
export type VersionListResponse = z.infer<typeof versionListResponseSchema>;

/** `GET /api/reviews/:id/report/versions/:versionId`: the version and its whole document. */
export const versionContentResponseSchema = z.object({
  version: versionSummarySchema,
  /** Base64 of `Y.encodeStateAsUpdate` of the report document when the version was taken. */
  update: z.base64(),
});
export type VersionContentResponse = z.infer<typeof versionContentResponseSchema>;

/** `GET /api/reviews/:id/report/current`: the live report now, in the same form, for any member. */
export const currentReportResponseSchema = z.object({ update: z.base64() });
export type CurrentReportResponse = z.infer<typeof currentReportResponseSchema>;

/** `POST /api/reviews/:id/report/versions` (writers of the report). */
export const createVersionRequestSchema = z.strictObject({
  label: userText().trim().min(1, { message: "Give the version a name" }).max(VERSION_LABEL_MAX),
});
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;

/** Answer to naming a version and to restoring one (then: the version recording the restore). */
export const versionResponseSchema = z.object({ version: versionSummarySchema });
export type VersionResponse = z.infer<typeof versionResponseSchema>;
