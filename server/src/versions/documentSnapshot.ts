import { createHash } from "node:crypto";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { readDocument, type ExportDeps } from "../export/loadReport.ts";

/** A whole editor document at one moment, as a version stores it. */
export type DocumentSnapshot = {
  /** `Y.encodeStateAsUpdate` of the document. */
  data: Uint8Array;
  /** SHA-256 of the editor content's XML: equal when nothing visible changed (typing then undoing included). */
  fingerprint: string;
  empty: boolean;
};

/** The editor content's fingerprint (attributes and marks included: the XML names them). */
export function contentFingerprint(doc: Y.Doc): string {
  return createHash("sha256").update(doc.getXmlFragment(EDITOR_FRAGMENT).toString()).digest("hex");
}

/** Snapshots a document: the live copy when loaded, else what the store holds. */
export function snapshotDocument(deps: ExportDeps, docName: string): Promise<DocumentSnapshot> {
  return readDocument(deps, docName, (doc) => ({
    data: Y.encodeStateAsUpdate(doc),
    fingerprint: contentFingerprint(doc),
    empty: doc.getXmlFragment(EDITOR_FRAGMENT).length === 0,
  }));
}

/** A fresh Y.Doc holding a stored version; the caller destroys it. */
export function versionDoc(data: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, data);
  return doc;
}
