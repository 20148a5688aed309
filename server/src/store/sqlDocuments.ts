import { LOCK_CLASS } from "./advisoryLocks.ts";
import { oneRow, type SqlClient, type SqlExecutor } from "./sqlClient.ts";
import type { Store, StoredDocument } from "./store.ts";

/** Rows per INSERT statement: far below PostgreSQL's 65535 parameters per statement. */
const MAX_ROWS_PER_INSERT = 1000;

type DocumentStore = Pick<Store, "appendUpdates" | "loadDocument" | "loadDocumentSince" | "compactDocument" | "documentVersions">;

/** The channel on which PostgreSQL announces appends: payload `<seq> <document name>`. */
export const APPENDS_CHANNEL = "doc_appends";

/** The Yjs update log and snapshots. */
export function createSqlDocuments(db: SqlClient, options: { notifyAppends: boolean }): DocumentStore {
  const loadSince = async (docName: string, afterSeq: number): Promise<StoredDocument> => {
    // One statement reads one snapshot of the database, so a compaction committed
    // meanwhile cannot leave us with the old snapshot but without its deleted rows.
    const { rows } = await db.query<{ seq: number | null; data: Uint8Array; up_to_seq: number | null }>(
      `WITH snap AS (SELECT data, up_to_seq FROM doc_snapshots WHERE doc_name = $1 AND up_to_seq > $2)
       SELECT NULL::bigint AS seq, data, up_to_seq FROM snap
       UNION ALL
       SELECT seq, data, NULL FROM doc_updates
        WHERE doc_name = $1 AND seq > GREATEST($2, COALESCE((SELECT up_to_seq FROM snap), 0))
       ORDER BY seq NULLS FIRST`,
      [docName, afterSeq],
    );
    const document: StoredDocument = { snapshot: null, snapshotSeq: 0, updates: [] };
    for (const row of rows) {
      if (row.seq === null) {
        document.snapshot = row.data;
        document.snapshotSeq = row.up_to_seq ?? 0;
      } else document.updates.push({ seq: row.seq, data: row.data });
    }
    return document;
  };
  const insert = (executor: SqlExecutor, docName: string, updates: Uint8Array[]) =>
    insertBatch(executor, docName, updates, options.notifyAppends);

  return {
    async appendUpdates(docName, updates) {
      if (updates.length === 0) return latestSeq(db, docName);
      if (updates.length <= MAX_ROWS_PER_INSERT) {
        // One statement is its own transaction: one round trip on the hot path.
        return insert(db, docName, updates);
      }
      return db.transaction(async (tx) => {
        let last = 0;
        for (let start = 0; start < updates.length; start += MAX_ROWS_PER_INSERT) {
          last = await insert(tx, docName, updates.slice(start, start + MAX_ROWS_PER_INSERT));
        }
        return last;
      });
    },

    loadDocument: (docName) => loadSince(docName, -1),
    async documentVersions(docNames) {
      const versions = new Map<string, number>();
      if (docNames.length === 0) return versions;
      // One index probe per name (the newest log row, the snapshot's bound), not a scan of the log.
      const { rows } = await db.query<{ doc_name: string; version: number | string }>(
        `SELECT n.doc_name, GREATEST(
           COALESCE((SELECT s.up_to_seq FROM doc_snapshots s WHERE s.doc_name = n.doc_name), 0),
           COALESCE((SELECT u.seq FROM doc_updates u WHERE u.doc_name = n.doc_name ORDER BY u.seq DESC LIMIT 1), 0)) AS version
         FROM unnest($1::text[]) AS n(doc_name)`,
        [[...docNames]],
      );
      for (const row of rows) versions.set(row.doc_name, Number(row.version));
      return versions;
    },
    loadDocumentSince: loadSince,

    async compactDocument(docName, snapshot, upToSeq) {
      await db.transaction(async (tx) => {
        // A late compaction must not put back an older snapshot whose rows are gone.
        await tx.query(
          `INSERT INTO doc_snapshots (doc_name, data, up_to_seq, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (doc_name) DO UPDATE
             SET data = EXCLUDED.data, up_to_seq = EXCLUDED.up_to_seq, updated_at = EXCLUDED.updated_at
             WHERE doc_snapshots.up_to_seq <= EXCLUDED.up_to_seq`,
          [docName, snapshot, upToSeq],
        );
        await tx.query("DELETE FROM doc_updates WHERE doc_name = $1 AND seq <= $2", [docName, upToSeq]);
      });
    },
  };
}

/**
 * One multi-row INSERT; resolves with the seq of its last row.
 *
 * The per-document advisory lock is held until the statement commits, so rows of one
 * document become visible in `seq` order even when several processes append to it:
 * a reader that has seen seq N has seen every earlier row of that document. ORDER BY
 * makes the identity follow the batch order (PostgreSQL evaluates the volatile
 * identity default after the sort).
 */
async function insertBatch(db: SqlExecutor, docName: string, updates: Uint8Array[], notify: boolean): Promise<number> {
  const values = updates.map((_, i) => `($${i + 2}::bytea, ${i})`).join(", ");
  const { rows } = await db.query<{ last: number }>(
    `WITH doc_lock AS (SELECT pg_advisory_xact_lock(${LOCK_CLASS.document}, hashtext($1))),
          inserted AS (
            INSERT INTO doc_updates (doc_name, data)
            SELECT $1, batch.data FROM doc_lock, (VALUES ${values}) AS batch (data, ord)
            ORDER BY batch.ord
            RETURNING seq)
     SELECT last${notify ? `, pg_notify('${APPENDS_CHANNEL}', last || ' ' || $1)` : ""}
     FROM (SELECT max(seq) AS last FROM inserted) AS batch_end`,
    [docName, ...updates],
  );
  return oneRow(rows).last;
}

/** The newest seq of the document, in its log or under its snapshot; 0 for a new document. */
async function latestSeq(db: SqlExecutor, docName: string): Promise<number> {
  const { rows } = await db.query<{ last: number }>(
    `SELECT GREATEST(
       (SELECT max(seq) FROM doc_updates WHERE doc_name = $1),
       (SELECT up_to_seq FROM doc_snapshots WHERE doc_name = $1),
       0) AS last`,
    [docName],
  );
  return oneRow(rows).last;
}
