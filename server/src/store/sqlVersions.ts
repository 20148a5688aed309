import { LOCK_CLASS } from "./advisoryLocks.ts";
import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import type { VersionKind, VersionStore, VersionSummaryRecord } from "./versionRecords.ts";

type VersionRow = {
  id: string;
  doc_name: string;
  kind: VersionKind;
  label: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  contributors: { id: string; name: string; color: string }[] | null;
  restored_from: string | null;
};

/**
 * The summary columns of `doc_versions v`: contributor ids resolved to names in the
 * order they were stored (accounts deleted since then drop out).
 */
const SUMMARY_COLUMNS = `v.id, v.doc_name, v.kind, v.label, v.created_by, creator.name AS created_by_name, v.created_at, v.restored_from,
  (SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'color', u.color) ORDER BY c.ord)
     FROM jsonb_array_elements_text(v.contributors) WITH ORDINALITY AS c(user_id, ord)
     JOIN users u ON u.id = c.user_id) AS contributors`;
const FROM = "FROM doc_versions v LEFT JOIN users creator ON creator.id = v.created_by";

/** Versions of collaborative documents and the writers since each document's latest one. */
export function createSqlVersions(db: SqlClient): VersionStore {
  return {
    async noteDocumentWriter(docName, userId) {
      await db.query(
        "INSERT INTO doc_writers (doc_name, user_id) SELECT $1, id FROM users WHERE id = $2 ON CONFLICT DO NOTHING",
        [docName, userId],
      );
    },

    async insertVersion(input) {
      return db.transaction(async (tx) => {
        // The document's append lock also orders versions: two processes recording one at
        // once cannot both see the same "latest" fingerprint or take the same writers.
        await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.document}, hashtext($1))`, [input.docName]);
        if (input.onlyIfChanged) {
          const { rows } = await tx.query<{ fingerprint: string }>(
            "SELECT fingerprint FROM doc_versions WHERE doc_name = $1 ORDER BY created_at DESC, id DESC LIMIT 1",
            [input.docName],
          );
          const unchanged = rows[0] ? rows[0].fingerprint === input.fingerprint : input.empty;
          if (unchanged) return null;
        }
        const { rows: writers } = await tx.query<{ user_id: string }>(
          `WITH taken AS (DELETE FROM doc_writers WHERE doc_name = $1 RETURNING user_id, since)
           SELECT user_id FROM taken ORDER BY since, user_id`,
          [input.docName],
        );
        await tx.query(
          `INSERT INTO doc_versions (id, doc_name, kind, label, created_by, data, contributors, fingerprint, restored_from)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
          [
            input.id,
            input.docName,
            input.kind,
            input.label,
            input.createdBy,
            input.data,
            JSON.stringify(writers.map((row) => row.user_id)),
            input.fingerprint,
            input.restoredFrom,
          ],
        );
        return findSummary(tx, input.docName, input.id);
      });
    },

    async listVersions(docName) {
      const { rows } = await db.query<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE v.doc_name = $1 ORDER BY v.created_at DESC, v.id DESC`,
        [docName],
      );
      return rows.map(toSummary);
    },

    async findVersion(docName, id) {
      const { rows } = await db.query<VersionRow & { data: Uint8Array; fingerprint: string }>(
        `SELECT ${SUMMARY_COLUMNS}, v.data, v.fingerprint ${FROM} WHERE v.doc_name = $1 AND v.id = $2`,
        [docName, id],
      );
      const row = rows[0];
      return row ? { ...toSummary(row), data: row.data, fingerprint: row.fingerprint } : null;
    },
  };
}

async function findSummary(db: SqlExecutor, docName: string, id: string): Promise<VersionSummaryRecord> {
  const { rows } = await db.query<VersionRow>(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE v.doc_name = $1 AND v.id = $2`, [docName, id]);
  if (!rows[0]) throw new Error(`version ${id} vanished inside its own transaction`);
  return toSummary(rows[0]);
}

function toSummary(row: VersionRow): VersionSummaryRecord {
  return {
    id: row.id,
    docName: row.doc_name,
    kind: row.kind,
    label: row.label,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    contributors: row.contributors ?? [],
    restoredFrom: row.restored_from,
  };
}
