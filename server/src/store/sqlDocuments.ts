import { LOCK_CLASS } from "./advisoryLocks.ts";
import type { SqlClient } from "./sqlClient.ts";
import type { Store, StoredDocument } from "./store.ts";

/** Rows per INSERT statement: far below PostgreSQL's 65535 parameters per statement. */
const MAX_ROWS_PER_INSERT = 1000;

type DocumentStore = Pick<Store, "appendUpdates" | "loadDocument" | "compactDocument">;

/** The Yjs update log and snapshots. */
export function createSqlDocuments(db: SqlClient): DocumentStore {
  return {
    async appendUpdates(docName, updates) {
      if (updates.length === 0) return;
      if (updates.length <= MAX_ROWS_PER_INSERT) {
        // One statement is its own transaction: one round trip on the hot path.
        await db.query(appendSql(updates.length), [docName, ...updates]);
        return;
      }
      await db.transaction(async (tx) => {
        for (let start = 0; start < updates.length; start += MAX_ROWS_PER_INSERT) {
          const chunk = updates.slice(start, start + MAX_ROWS_PER_INSERT);
          await tx.query(appendSql(chunk.length), [docName, ...chunk]);
        }
      });
    },

    async loadDocument(docName) {
      // One statement reads one snapshot of the database, so a compaction committed
      // meanwhile cannot leave us with the old snapshot but without its deleted rows.
      const { rows } = await db.query<{ seq: number | null; data: Uint8Array }>(
        `WITH snap AS (SELECT data, up_to_seq FROM doc_snapshots WHERE doc_name = $1)
         SELECT NULL::bigint AS seq, data FROM snap
         UNION ALL
         SELECT seq, data FROM doc_updates
          WHERE doc_name = $1 AND seq > COALESCE((SELECT up_to_seq FROM snap), 0)
         ORDER BY seq NULLS FIRST`,
        [docName],
      );
      const document: StoredDocument = { snapshot: null, updates: [] };
      for (const row of rows) {
        if (row.seq === null) document.snapshot = row.data;
        else document.updates.push({ seq: row.seq, data: row.data });
      }
      return document;
    },

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
 * One multi-row INSERT for `count` updates (`$1` is the document name).
 *
 * The per-document advisory lock is held until the statement commits, so rows of one
 * document become visible in `seq` order even when several processes append to it:
 * a reader that has seen seq N has seen every earlier row of that document. ORDER BY
 * makes the identity follow the batch order (PostgreSQL evaluates the volatile
 * identity default after the sort).
 */
function appendSql(count: number): string {
  const values = Array.from({ length: count }, (_, i) => `($${i + 2}::bytea, ${i})`).join(", ");
  return `WITH doc_lock AS (SELECT pg_advisory_xact_lock(${LOCK_CLASS.document}, hashtext($1)))
          INSERT INTO doc_updates (doc_name, data)
          SELECT $1, batch.data FROM doc_lock, (VALUES ${values}) AS batch (data, ord)
          ORDER BY batch.ord`;
}
