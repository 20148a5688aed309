import { EDITOR_FRAGMENT } from "@review/shared";
import type { VersionRecord, VersionSummaryRecord } from "../store/versionRecords.ts";
import { versionDoc } from "./documentSnapshot.ts";
import { mergeContent } from "./mergeContent.ts";
import { recordDocumentVersion, type VersionDeps } from "./recordVersion.ts";

/**
 * Restores a version as a new change to the live document: first keeps the current
 * content as an automatic version (when it is not the latest already), then merges the
 * version's content into the live one through the document's room (logged durably, broadcast
 * live), keeping what both share so that comments on text still there stay anchored, and
 * records the result as a `restore` version. Resolves with that version.
 */
export async function restoreVersion(
  deps: VersionDeps,
  version: VersionRecord,
  userId: string,
): Promise<VersionSummaryRecord> {
  await recordDocumentVersion(deps, version.docName, { kind: "auto", label: null, createdBy: null });
  const source = versionDoc(version.data);
  try {
    await deps.rooms.applyServerChange(version.docName, (doc) =>
      mergeContent(doc.getXmlFragment(EDITOR_FRAGMENT), source.getXmlFragment(EDITOR_FRAGMENT)),
    );
  } finally {
    source.destroy();
  }
  const restored = await recordDocumentVersion(deps, version.docName, {
    kind: "restore",
    // A name carries over ("Restored “Sent to the host”"); other versions are named by their date in the UI.
    label: version.kind === "named" ? version.label : null,
    createdBy: userId,
    restoredFrom: version.id,
  });
  if (!restored) throw new Error("a restore version is always recorded");
  return restored;
}
