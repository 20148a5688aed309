import type { SqlClient, SqlExecutor } from "./sqlClient.ts";
import type { HostProjectRecord, ProjectStore } from "./projectRecords.ts";

type ProjectRow = { review_id: string; id: string; name: string; position: number };

const toProject = (row: ProjectRow): HostProjectRecord => ({ reviewId: row.review_id, id: row.id, name: row.name, position: row.position });

/** Project changes of one review run one after the other: each first locks the review's row. */
export async function lockReview(tx: SqlExecutor, reviewId: string): Promise<boolean> {
  const { rows } = await tx.query("SELECT 1 FROM reviews WHERE id = $1 FOR UPDATE", [reviewId]);
  return rows.length > 0;
}

/** Whether another project of the review (not `except`) has this name, case and surrounding blanks ignored; under `lockReview`. */
export async function projectNameTaken(tx: SqlExecutor, reviewId: string, name: string, except: string | null): Promise<boolean> {
  const { rows } = await tx.query(
    "SELECT 1 FROM review_projects WHERE review_id = $1 AND lower(btrim(name)) = lower(btrim($2)) AND id IS DISTINCT FROM $3",
    [reviewId, name, except],
  );
  return rows.length > 0;
}

export function createSqlProjects(db: SqlClient): ProjectStore {
  return {
    async listProjects(reviewId) {
      const { rows } = await db.query<ProjectRow>("SELECT review_id, id, name, position FROM review_projects WHERE review_id = $1 ORDER BY position", [reviewId]);
      return rows.map(toProject);
    },
    async listNetworkProjects(benchmarkId) {
      const { rows } = await db.query<ProjectRow>(
        "SELECT p.review_id, p.id, p.name, p.position FROM review_projects p JOIN reviews r ON r.id = p.review_id WHERE r.benchmark_id = $1 ORDER BY p.review_id, p.position",
        [benchmarkId],
      );
      return rows.map(toProject);
    },
    async addProject({ reviewId, id, name, max }) {
      return db.transaction(async (tx) => {
        await lockReview(tx, reviewId);
        const { rows } = await tx.query<{ count: number; next: number }>(
          "SELECT count(*)::int AS count, COALESCE(max(position), -1)::int + 1 AS next FROM review_projects WHERE review_id = $1",
          [reviewId],
        );
        const { count, next } = rows[0]!;
        if (count >= max) return { status: "too_many" } as const;
        if (await projectNameTaken(tx, reviewId, name, null)) return { status: "name_taken" } as const;
        const inserted = await tx.query<ProjectRow>(
          "INSERT INTO review_projects (review_id, id, name, position) VALUES ($1, $2, $3, $4) RETURNING review_id, id, name, position",
          [reviewId, id, name, next],
        );
        return { status: "added", project: toProject(inserted.rows[0]!) } as const;
      });
    },
    async renameProject(reviewId, projectId, name) {
      return db.transaction(async (tx) => {
        await lockReview(tx, reviewId);
        const { rows } = await tx.query<{ position: number }>("SELECT position FROM review_projects WHERE review_id = $1 AND id = $2", [reviewId, projectId]);
        if (!rows[0]) return "not_found";
        if (await projectNameTaken(tx, reviewId, name, projectId)) return "name_taken";
        await tx.query("UPDATE review_projects SET name = $3 WHERE review_id = $1 AND id = $2", [reviewId, projectId, name]);
        if (rows[0].position === 0) await tx.query("UPDATE reviews SET host_project = $2 WHERE id = $1", [reviewId, name]);
        return "renamed";
      });
    },
    async removeProject(reviewId, projectId) {
      return db.transaction(async (tx) => {
        await lockReview(tx, reviewId);
        const { rows } = await tx.query<{ position: number }>("SELECT position FROM review_projects WHERE review_id = $1 AND id = $2", [reviewId, projectId]);
        if (!rows[0]) return "not_found";
        if (rows[0].position === 0) return "first";
        const rated = await tx.query("SELECT 1 FROM team_ratings WHERE review_id = $1 AND project_id = $2 LIMIT 1", [reviewId, projectId]);
        if (rated.rows.length > 0) return "rated";
        await tx.query("DELETE FROM review_projects WHERE review_id = $1 AND id = $2", [reviewId, projectId]);
        return "removed";
      });
    },
  };
}
