import { followUpStatusSchema, recommendationActorSchema, type RecommendationActor } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { FollowUpNoteRecord, FollowUpStore, RecommendationRows } from "./followUpRecords.ts";

type AddresseeRow = { review_id: string; recommendation_id: string; addressees: string[] };
type NoteRow = { id: string; review_id: string; recommendation_id: string; status: string; note: string; created_by: string | null; by_name: string | null; created_at: Date };

function rowsFor(byReview: Map<string, RecommendationRows>, reviewId: string): RecommendationRows {
  let rows = byReview.get(reviewId);
  if (!rows) byReview.set(reviewId, (rows = { addressees: new Map(), notes: [] }));
  return rows;
}

/** Recommendation addressees and follow-up notes (migration 019). */
export function createSqlFollowUps(db: SqlClient): FollowUpStore {
  return {
    async listRecommendationReviews(userId) {
      const { rows } = await db.query<{ id: string; title: string; host_project: string; country: string }>(
        `SELECT r.id, r.title, r.host_project, r.country FROM reviews r
         WHERE r.report_status = 'final' OR EXISTS (SELECT 1 FROM review_members m WHERE m.review_id = r.id AND m.user_id = $1)
         ORDER BY r.created_at, r.id`,
        [userId],
      );
      return rows.map((row) => ({ id: row.id, title: row.title, hostProject: row.host_project, country: row.country }));
    },
    async listRecommendationRows(reviewIds) {
      const byReview = new Map<string, RecommendationRows>();
      if (reviewIds.length === 0) return byReview;
      const ids = [...reviewIds];
      const [addressees, notes] = await Promise.all([
        db.query<AddresseeRow>("SELECT review_id, recommendation_id, addressees FROM recommendation_addressees WHERE review_id = ANY($1)", [ids]),
        db.query<NoteRow>(
          `SELECT f.id, f.review_id, f.recommendation_id, f.status, f.note, f.created_by, u.name AS by_name, f.created_at
           FROM recommendation_follow_ups f LEFT JOIN users u ON u.id = f.created_by
           WHERE f.review_id = ANY($1) ORDER BY f.created_at, f.id`,
          [ids],
        ),
      ]);
      for (const row of addressees.rows) {
        const actors = row.addressees.flatMap((actor): RecommendationActor[] => {
          const parsed = recommendationActorSchema.safeParse(actor);
          return parsed.success ? [parsed.data] : [];
        });
        rowsFor(byReview, row.review_id).addressees.set(row.recommendation_id, actors);
      }
      for (const row of notes.rows) {
        const status = followUpStatusSchema.safeParse(row.status);
        if (!status.success) continue;
        const note: FollowUpNoteRecord = {
          id: row.id,
          reviewId: row.review_id,
          recommendationId: row.recommendation_id,
          status: status.data,
          note: row.note,
          createdBy: row.created_by,
          byName: row.by_name,
          createdAt: row.created_at,
        };
        rowsFor(byReview, row.review_id).notes.push(note);
      }
      return byReview;
    },
    async setRecommendationAddressees({ reviewId, recommendationId, addressees, actorId, at }) {
      await db.query(
        `INSERT INTO recommendation_addressees (review_id, recommendation_id, addressees, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (review_id, recommendation_id) DO UPDATE
         SET addressees = EXCLUDED.addressees, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [reviewId, recommendationId, addressees, actorId, at],
      );
    },
    async addFollowUpNote(note) {
      await db.query(
        `INSERT INTO recommendation_follow_ups (id, review_id, recommendation_id, status, note, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [note.id, note.reviewId, note.recommendationId, note.status, note.note, note.createdBy, note.createdAt],
      );
    },
  };
}
