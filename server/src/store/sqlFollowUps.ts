import { followUpStatusSchema, recommendationActorSchema, sourceKey, type RecommendationActor } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { FollowUpNoteRecord, FollowUpStore, RecommendationOwner, RecommendationRows } from "./followUpRecords.ts";

type AddresseeRow = { owner: string; recommendation_id: string; addressees: string[] };
type NoteRow = { id: string; owner: string; recommendation_id: string; status: string; note: string; created_by: string | null; by_name: string | null; created_at: Date };

function rowsFor(byOwner: Map<string, RecommendationRows>, owner: string): RecommendationRows {
  let rows = byOwner.get(owner);
  if (!rows) byOwner.set(owner, (rows = { addressees: new Map(), notes: [] }));
  return rows;
}

/** The owner columns of a row: exactly one of review_id and paper_id. */
const ownerColumns = (owner: RecommendationOwner): [string | null, string | null] => (owner.kind === "review" ? [owner.id, null] : [null, owner.id]);

/** Recommendation addressees and follow-up notes of reports and papers (migrations 019, 023). */
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
    async listRecommendationRows(owners) {
      const byOwner = new Map<string, RecommendationRows>();
      if (owners.length === 0) return byOwner;
      const keys = new Map(owners.map((owner) => [sourceKey(owner), owner]));
      const [addressees, notes] = await Promise.all([
        db.query<AddresseeRow>("SELECT owner, recommendation_id, addressees FROM recommendation_addressees WHERE owner = ANY($1)", [[...keys.keys()]]),
        db.query<NoteRow>(
          `SELECT f.id, f.owner, f.recommendation_id, f.status, f.note, f.created_by, u.name AS by_name, f.created_at
           FROM recommendation_follow_ups f LEFT JOIN users u ON u.id = f.created_by
           WHERE f.owner = ANY($1) ORDER BY f.created_at, f.id`,
          [[...keys.keys()]],
        ),
      ]);
      for (const row of addressees.rows) {
        const actors = row.addressees.flatMap((actor): RecommendationActor[] => {
          const parsed = recommendationActorSchema.safeParse(actor);
          return parsed.success ? [parsed.data] : [];
        });
        rowsFor(byOwner, row.owner).addressees.set(row.recommendation_id, actors);
      }
      for (const row of notes.rows) {
        const status = followUpStatusSchema.safeParse(row.status);
        const owner = keys.get(row.owner);
        if (!status.success || !owner) continue;
        const note: FollowUpNoteRecord = {
          id: row.id,
          owner,
          recommendationId: row.recommendation_id,
          status: status.data,
          note: row.note,
          createdBy: row.created_by,
          byName: row.by_name,
          createdAt: row.created_at,
        };
        rowsFor(byOwner, row.owner).notes.push(note);
      }
      return byOwner;
    },
    async setRecommendationAddressees({ owner, recommendationId, addressees, actorId, at }) {
      await db.query(
        `INSERT INTO recommendation_addressees (review_id, paper_id, recommendation_id, addressees, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (owner, recommendation_id) DO UPDATE
         SET addressees = EXCLUDED.addressees, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [...ownerColumns(owner), recommendationId, addressees, actorId, at],
      );
    },
    async addFollowUpNote(note) {
      await db.query(
        `INSERT INTO recommendation_follow_ups (id, review_id, paper_id, recommendation_id, status, note, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [note.id, ...ownerColumns(note.owner), note.recommendationId, note.status, note.note, note.createdBy, note.createdAt],
      );
    },
  };
}
