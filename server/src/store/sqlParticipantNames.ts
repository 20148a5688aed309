import type { ParticipantNameStore } from "./participantNameRecords.ts";
import type { SqlClient } from "./sqlClient.ts";

export function createSqlParticipantNames(db: SqlClient): ParticipantNameStore {
  return {
    async listParticipantNames(reviewId) {
      const { rows } = await db.query<{ person_id: string; name: string }>(
        "SELECT person_id, name FROM programme_participants WHERE review_id = $1 ORDER BY person_id",
        [reviewId],
      );
      return rows.map((row) => ({ personId: row.person_id, name: row.name }));
    },
    async setParticipantName(reviewId, personId, name, updatedBy) {
      await db.query(
        `INSERT INTO programme_participants (review_id, person_id, name, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (review_id, person_id) DO UPDATE SET name = EXCLUDED.name, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [reviewId, personId, name, updatedBy],
      );
    },
    async deleteParticipantName(reviewId, personId) {
      await db.query("DELETE FROM programme_participants WHERE review_id = $1 AND person_id = $2", [reviewId, personId]);
    },
    async forgetParticipantNamesExcept(reviewId, keep, setBefore) {
      const { rows } = await db.query<{ person_id: string }>(
        "DELETE FROM programme_participants WHERE review_id = $1 AND NOT (person_id = ANY($2::text[])) AND updated_at < $3 RETURNING person_id",
        [reviewId, [...keep], setBefore],
      );
      return rows.length;
    },
  };
}
