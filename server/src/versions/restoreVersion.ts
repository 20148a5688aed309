import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import type { VersionRecord, VersionSummaryRecord } from "../store/versionRecords.ts";
import { versionDoc } from "./documentSnapshot.ts";
import { recordDocumentVersion, type VersionDeps } from "./recordVersion.ts";

/**
 * Makes `target`'s children copies of `source`'s, in the caller's transaction: every
 * current child is deleted and clones of the source's are inserted. History is kept
 * (this is one more change), and concurrent edits merge like any other.
 */
export function replaceFragmentContent(target: Y.XmlFragment, source: Y.XmlFragment): void {
  // Tiptap documents hold elements and text only; hooks are not part of the editor's model.
  const copies = source.toArray().flatMap((node) => (node instanceof Y.XmlHook ? [] : [node.clone()]));
  if (target.length > 0) target.delete(0, target.length);
  if (copies.length > 0) target.insert(0, copies);
}

/**
 * Restores a version as a new change to the live document: first keeps the current
 * content as an automatic version (when it is not the latest already), then replaces
 * the editor content through the document's room (logged durably, broadcast live), and
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
      replaceFragmentContent(doc.getXmlFragment(EDITOR_FRAGMENT), source.getXmlFragment(EDITOR_FRAGMENT)),
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
