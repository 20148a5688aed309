import type { SqlClient } from "./sqlClient.ts";
import type { RoundStore } from "./roundRecords.ts";

export function createSqlRounds(db: SqlClient): RoundStore {
  return {
    async setReviewFollows(reviewId, followsReviewId) {
      await db.query("UPDATE reviews SET follows_review_id = $2 WHERE id = $1", [reviewId, followsReviewId]);
    },
    async listRoundLinks(benchmarkId) {
      const { rows } = await db.query<{ id: string; follows_review_id: string }>(
        "SELECT id, follows_review_id FROM reviews WHERE benchmark_id = $1 AND follows_review_id IS NOT NULL",
        [benchmarkId],
      );
      return new Map(rows.map((row) => [row.id, row.follows_review_id]));
    },
  };
}
