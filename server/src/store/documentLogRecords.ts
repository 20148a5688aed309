/** A stored document: the latest snapshot (if any) and the log rows after it, in order. */
export type StoredDocument = {
  snapshot: Uint8Array | null;
  /** The log seq the snapshot covers (0 without one). */
  snapshotSeq: number;
  updates: { seq: number; data: Uint8Array }[];
};

/**
 * The document log: what rooms, their durable logs and the journal need of the Store, and all
 * they may use (per-domain interfaces keep a room from reaching users or reviews).
 */
export interface DocumentLogStore {
  /**
   * Appends updates to the document's log in one transaction; resolves with the seq of the last row once stored.
   * Rows of one document become visible in seq order, even across processes. An empty batch stores
   * nothing and resolves with the document's newest seq (0 for a new document).
   */
  appendUpdates(docName: string, updates: Uint8Array[]): Promise<number>;
  /**
   * What a process that has applied every row up to `afterSeq` is missing: the
   * snapshot when it covers rows beyond `afterSeq` (another process compacted them
   * away), and the rows after both, in order.
   */
  loadDocumentSince(docName: string, afterSeq: number): Promise<StoredDocument>;
  /**
   * Calls `listener` whenever any process appends to any document (PostgreSQL's
   * LISTEN/NOTIFY), and `onResubscribed` after a lost subscription is back (listeners
   * must then catch up). Null for stores that only one process can open (PGlite).
   */
  subscribeToAppends:
    | ((listener: (docName: string, seq: number) => void, onResubscribed: () => void, onAccessChange?: (payload: string) => void) => Promise<{ close(): Promise<void> }>)
    | null;
  /**
   * Tells every process subscribed with `onAccessChange` (this one included) about a change of
   * access, as an opaque payload (NOTIFY, at most a few hundred bytes). Null where only one
   * process can open the store.
   */
  announceAccessChange: ((payload: string) => Promise<void>) | null;
  /** The snapshot and the log tail after it. */
  loadDocument(docName: string): Promise<StoredDocument>;
  /**
   * Replaces the snapshot and deletes exactly the log rows with `seq <= upToSeq`,
   * in one transaction. A snapshot older than the stored one (lower `upToSeq`) is ignored.
   */
  compactDocument(docName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
}

/** Where a stored document stands, for caches of what is read from it. */
export interface DocumentVersionStore {
  /**
   * Per name, the newest log seq the store holds for the document (its snapshot's bound when the
   * log after it is empty; 0 for a document never stored). Seqs only grow, so an unchanged
   * version means an unchanged stored document. Edits still in a process's journal are not counted.
   */
  documentVersions(docNames: readonly string[]): Promise<Map<string, number>>;
}
