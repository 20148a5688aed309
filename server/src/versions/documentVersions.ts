import type { ErrorReason, VersionSummary } from "@review/shared";
import { forbidden, notFound, refusal } from "../errors/apiError.ts";
import type { VersionRecord, VersionSummaryRecord } from "../store/versionRecords.ts";
import { snapshotDocument } from "./documentSnapshot.ts";
import { recordDocumentVersion, type VersionDeps } from "./recordVersion.ts";
import { restoreVersion } from "./restoreVersion.ts";

/**
 * What the caller may do with one versioned document (a report or a paper), decided by its
 * owner's rules before any version is touched: readers list, view and compare; writers name
 * and restore, unless the document is locked (a final report, a published paper).
 */
export type VersionedDocument = {
  docName: string;
  canWrite: boolean;
  /** Why writers cannot write it now, or null. */
  locked: { code: "report_final" | "paper_published"; reason: ErrorReason } | null;
  /** The refusal a reader meets when they try to name or restore. */
  writersOnly: ErrorReason;
};

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

async function findVersion(deps: VersionDeps, target: VersionedDocument, versionId: string): Promise<VersionRecord> {
  const version = await deps.store.findVersion(target.docName, versionId);
  if (!version) throw notFound("version_not_found");
  return version;
}

function requireWriter(target: VersionedDocument): void {
  if (!target.canWrite) throw forbidden(target.writersOnly);
}

/** Every version, newest first. */
export async function listVersions(deps: VersionDeps, target: VersionedDocument) {
  const versions = await deps.store.listVersions(target.docName);
  return { versions: versions.map(toVersionSummary), canWrite: target.canWrite };
}

/** One version with its whole document (base64 Yjs update). */
export async function getVersion(deps: VersionDeps, target: VersionedDocument, versionId: string) {
  const version = await findVersion(deps, target, versionId);
  return { version: toVersionSummary(version), update: Buffer.from(version.data).toString("base64") };
}

/** The live document as it is now, in the form of a version's content. */
export async function getCurrent(deps: VersionDeps, target: VersionedDocument) {
  const snapshot = await snapshotDocument(deps, target.docName);
  return { update: Buffer.from(snapshot.data).toString("base64") };
}

/** Names the document as it is now; writers only. */
export async function nameVersion(deps: VersionDeps, target: VersionedDocument, userId: string, label: string) {
  requireWriter(target);
  const version = await recordDocumentVersion(deps, target.docName, { kind: "named", label, createdBy: userId });
  if (!version) throw new Error("a named version is always recorded");
  return { version: toVersionSummary(version) };
}

/** Restores a version as a new change; writers only, never while the document is locked. */
export async function restoreDocumentVersion(deps: VersionDeps, target: VersionedDocument, userId: string, versionId: string) {
  requireWriter(target);
  const version = await findVersion(deps, target, versionId);
  if (target.locked) throw refusal(target.locked.code, target.locked.reason);
  return { version: toVersionSummary(await restoreVersion(deps, version, userId)) };
}
