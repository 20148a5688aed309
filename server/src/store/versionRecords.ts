/** What a stored version of a collaborative document is; `restore` marks a restore's result. */
export type VersionKind = "auto" | "named" | "status" | "restore";

/** A version without its (possibly large) document data. */
export type VersionSummaryRecord = {
  id: string;
  docName: string;
  kind: VersionKind;
  label: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
  /** Users who wrote since the previous version, in the order they first wrote; deleted accounts are left out. */
  contributors: { id: string; name: string; color: string }[];
  /** For kind `restore`: the version whose content was restored (null once that is gone). */
  restoredFrom: string | null;
};

export type VersionRecord = VersionSummaryRecord & {
  /** `Y.encodeStateAsUpdate` of the whole document when the version was taken. */
  data: Uint8Array;
  fingerprint: string;
};

export type NewVersion = {
  id: string;
  docName: string;
  kind: VersionKind;
  label: string | null;
  createdBy: string | null;
  data: Uint8Array;
  fingerprint: string;
  restoredFrom: string | null;
  /**
   * Store nothing (and resolve with null) when the latest version has this fingerprint too,
   * or, when the document has no version yet, when `empty` says there is nothing to keep.
   */
  onlyIfChanged: boolean;
  /** Whether the document has no content at all. */
  empty: boolean;
};

/** The version history of collaborative documents. */
export interface VersionStore {
  /** Remembers that `userId` wrote to the document since its latest version (idempotent). */
  noteDocumentWriter(docName: string, userId: string): Promise<void>;
  /**
   * Stores a version whose contributors are the noted writers, and forgets those writers,
   * in one transaction serialised per document. Null when `onlyIfChanged` and the latest
   * version has the same fingerprint (the writers then stay noted).
   */
  insertVersion(input: NewVersion): Promise<VersionSummaryRecord | null>;
  /** The document's versions, newest first. */
  listVersions(docName: string): Promise<VersionSummaryRecord[]>;
  /** One version of the document, or null (also when the id belongs to another document). */
  findVersion(docName: string, id: string): Promise<VersionRecord | null>;
}
