import type { Rating } from "@review/shared";
import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import type { RatingStore, TeamRatingRecord, VoteRecord } from "./ratingRecords.ts";

type TeamRatingRow = { review_id: string; project_id: string; factor_id: string; rating: Rating; rationale: string; cites: string[]; rated_by: string | null; rated_at: Date };
type VoteRow = { review_id: string; factor_id: string; user_id: string; rating: Rating };

// Inserts nothing when the project is gone (removed meanwhile), rather than failing on the foreign key.
const UPSERT_TEAM_RATING = `INSERT INTO team_ratings (review_id, factor_id, rating, rationale, cites, rated_by, rated_at, project_id)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM review_projects WHERE review_id = $1 AND id = $8)
  ON CONFLICT (review_id, project_id, factor_id) DO UPDATE
  SET rating = EXCLUDED.rating, rationale = EXCLUDED.rationale, cites = EXCLUDED.cites, rated_by = EXCLUDED.rated_by, rated_at = EXCLUDED.rated_at
  RETURNING factor_id`;

function teamRatingParams(record: Omit<TeamRatingRecord, "projectId">): unknown[] {
  return [record.reviewId, record.factorId, record.rating, record.rationale, record.cites, record.ratedBy, record.ratedAt];
}

/** Votes and team ratings of reviews' factors. */
export function createSqlRatings(db: SqlClient): RatingStore {
  return {
    async listTeamRatings(reviewId) {
      const { rows } = await db.query<TeamRatingRow>(
        "SELECT review_id, project_id, factor_id, rating, rationale, cites, rated_by, rated_at FROM team_ratings WHERE review_id = $1 ORDER BY project_id, factor_id",
        [reviewId],
      );
      return rows.map(toTeamRating);
    },
    async listVotes(reviewId) {
      const { rows } = await db.query<VoteRow>(
        "SELECT review_id, factor_id, user_id, rating FROM factor_votes WHERE review_id = $1 ORDER BY factor_id, user_id",
        [reviewId],
      );
      return rows.map(toVote);
    },
    async listNetworkProjectTeamRatings(benchmarkId) {
      const { rows } = await db.query<Pick<TeamRatingRow, "review_id" | "project_id" | "factor_id" | "rating">>(
        `SELECT t.review_id, t.project_id, t.factor_id, t.rating FROM team_ratings t JOIN reviews r ON r.id = t.review_id WHERE r.benchmark_id = $1`,
        [benchmarkId],
      );
      return rows.map((row) => ({ reviewId: row.review_id, projectId: row.project_id, factorId: row.factor_id, rating: row.rating }));
    },
    async listNetworkSelfRatings(benchmarkId) {
      const { rows } = await db.query<Pick<TeamRatingRow, "review_id" | "factor_id" | "rating">>(
        `SELECT s.review_id, s.factor_id, s.rating FROM self_ratings s JOIN reviews r ON r.id = s.review_id WHERE r.benchmark_id = $1`,
        [benchmarkId],
      );
      return rows.map((row) => ({ reviewId: row.review_id, factorId: row.factor_id, rating: row.rating }));
    },
    async replaceSelfRatings(reviewId, ratings) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ factor_id: string; rating: Rating }>("SELECT factor_id, rating FROM self_ratings WHERE review_id = $1 FOR UPDATE", [reviewId]);
        // A host typing a note stores the same ratings again and again: nothing to write then.
        if (rows.length === ratings.size && rows.every((row) => ratings.get(row.factor_id) === row.rating)) return false;
        await tx.query("DELETE FROM self_ratings WHERE review_id = $1", [reviewId]);
        for (const [factorId, rating] of ratings) {
          await tx.query("INSERT INTO self_ratings (review_id, factor_id, rating) VALUES ($1, $2, $3)", [reviewId, factorId, rating]);
        }
        return true;
      });
    },
    async saveTeamRating(record) {
      const { rows } = await db.query(UPSERT_TEAM_RATING, [...teamRatingParams(record), record.projectId]);
      return rows.length > 0;
    },
    async deleteTeamRating(reviewId, projectId, factorId) {
      const { rows } = await db.query<{ factor_id: string }>(
        "DELETE FROM team_ratings WHERE review_id = $1 AND project_id = $2 AND factor_id = $3 RETURNING factor_id",
        [reviewId, projectId, factorId],
      );
      return rows.length > 0;
    },
    async saveVote(vote) {
      if (vote.rating === null) {
        await db.query("DELETE FROM factor_votes WHERE review_id = $1 AND factor_id = $2 AND user_id = $3", [vote.reviewId, vote.factorId, vote.userId]);
        return;
      }
      await db.query(
        `INSERT INTO factor_votes (review_id, factor_id, user_id, rating) VALUES ($1, $2, $3, $4)
         ON CONFLICT (review_id, factor_id, user_id) DO UPDATE SET rating = EXCLUDED.rating, voted_at = now()`,
        [vote.reviewId, vote.factorId, vote.userId, vote.rating],
      );
    },
    async importLegacyRatings(input) {
      await db.transaction(async (tx) => {
        for (const record of input.teamRatings) await insertKeeping(tx, record);
        for (const vote of input.votes) {
          // Votes of accounts that no longer exist have nobody to belong to.
          await tx.query(
            `INSERT INTO factor_votes (review_id, factor_id, user_id, rating)
             SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM users WHERE id = $3)
             ON CONFLICT (review_id, factor_id, user_id) DO NOTHING`,
            [vote.reviewId, vote.factorId, vote.userId, vote.rating],
          );
        }
      });
    },
    async listReviewIds() {
      const { rows } = await db.query<{ id: string }>("SELECT id FROM reviews ORDER BY created_at, id");
      return rows.map((row) => row.id);
    },
    async hasDataMigration(name) {
      const { rows } = await db.query("SELECT 1 FROM data_migrations WHERE name = $1", [name]);
      return rows.length > 0;
    },
    async recordDataMigration(name) {
      await db.query("INSERT INTO data_migrations (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", [name]);
    },
  };
}

/** Legacy boards knew one project: their ratings are the first project's. */
async function insertKeeping(tx: SqlExecutor, record: Omit<TeamRatingRecord, "projectId">): Promise<void> {
  await tx.query(
    `INSERT INTO team_ratings (review_id, project_id, factor_id, rating, rationale, cites, rated_by, rated_at)
     SELECT $1, $1, $2, $3, $4, $5, (SELECT id FROM users WHERE id = $6), $7
     ON CONFLICT (review_id, project_id, factor_id) DO NOTHING`,
    teamRatingParams(record),
  );
}

function toTeamRating(row: TeamRatingRow): TeamRatingRecord {
  return {
    reviewId: row.review_id,
    projectId: row.project_id,
    factorId: row.factor_id,
    rating: row.rating,
    rationale: row.rationale,
    cites: row.cites,
    ratedBy: row.rated_by,
    ratedAt: row.rated_at,
  };
}

function toVote(row: VoteRow): VoteRecord {
  return { reviewId: row.review_id, factorId: row.factor_id, userId: row.user_id, rating: row.rating };
}
