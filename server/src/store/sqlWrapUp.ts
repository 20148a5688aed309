import type { Rating } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { WrapUpStore } from "./wrapUpRecords.ts";

type ProvisionalRow = { factor_id: string; day: number; rating: Rating | null; note: string; recorded_by: string | null; recorded_at: Date };
type FeedbackRow = { text: string; given_on: string; present: string; recorded_by: string | null; recorded_at: Date };

export function createSqlWrapUp(db: SqlClient): WrapUpStore {
  return {
    async listProvisionalRatings(reviewId) {
      const { rows } = await db.query<ProvisionalRow>(
        "SELECT factor_id, day, rating, note, recorded_by, recorded_at FROM provisional_ratings WHERE review_id = $1 ORDER BY factor_id, day",
        [reviewId],
      );
      return rows.map((row) => ({
        factorId: row.factor_id,
        day: Number(row.day),
        rating: row.rating,
        note: row.note,
        recordedBy: row.recorded_by,
        recordedAt: new Date(row.recorded_at).toISOString(),
      }));
    },
    async saveProvisionalRating(reviewId, entry) {
      await db.query(
        `INSERT INTO provisional_ratings (review_id, factor_id, day, rating, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (review_id, factor_id, day) DO UPDATE
         SET rating = EXCLUDED.rating, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [reviewId, entry.factorId, entry.day, entry.rating, entry.note, entry.recordedBy],
      );
    },
    async findVisitFeedback(reviewId) {
      const { rows } = await db.query<FeedbackRow>(
        "SELECT text, to_char(given_on, 'YYYY-MM-DD') AS given_on, present, recorded_by, recorded_at FROM visit_feedback WHERE review_id = $1",
        [reviewId],
      );
      const row = rows[0];
      if (!row) return null;
      return { text: row.text, givenOn: row.given_on, present: row.present, recordedBy: row.recorded_by, recordedAt: new Date(row.recorded_at).toISOString() };
    },
    async saveVisitFeedback(reviewId, feedback) {
      await db.query(
        `INSERT INTO visit_feedback (review_id, text, given_on, present, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (review_id) DO UPDATE
         SET text = EXCLUDED.text, given_on = EXCLUDED.given_on, present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [reviewId, feedback.text, feedback.givenOn, feedback.present, feedback.recordedBy],
      );
    },
  };
}
