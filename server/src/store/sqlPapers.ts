import type { PaperStatus } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { NetworkReviewRecord, PaperRecord, Store } from "./store.ts";

type PaperStore = Pick<
  Store,
  | "createPaper"
  | "listPapers"
  | "findPaper"
  | "updatePaper"
  | "changePaperStatus"
  | "listNetworkReviews"
  | "listMemberReviewIds"
  | "listNetworkMembers"
  | "listPaperAuthors"
  | "isPaperAuthor"
  | "addPaperAuthor"
  | "removePaperAuthor"
>;

type PaperRow = {
  id: string;
  title: string;
  summary: string;
  status: PaperStatus;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
};

const SELECT_PAPER = `SELECT p.id, p.title, p.summary, p.status, p.created_by, u.name AS created_by_name, p.created_at, p.updated_at
  FROM papers p LEFT JOIN users u ON u.id = p.created_by`;

/** Policy papers' metadata, and the network-wide review listing the score card reads. */
export function createSqlPapers(db: SqlClient): PaperStore {
  async function findPaper(id: string): Promise<PaperRecord | null> {
    const { rows } = await db.query<PaperRow>(`${SELECT_PAPER} WHERE p.id = $1`, [id]);
    return rows[0] ? toPaper(rows[0]) : null;
  }

  return {
    async createPaper(input) {
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO papers (id, title, summary, created_by) VALUES ($1, $2, $3, $4)", [input.id, input.title, input.summary, input.createdBy]);
        await tx.query("INSERT INTO paper_authors (paper_id, user_id, added_by) VALUES ($1, $2, $2)", [input.id, input.createdBy]);
        await tx.query("INSERT INTO audit_events (actor_id, kind, subject, detail) VALUES ($1, 'paper.created', $2, $3::jsonb)", [
          input.createdBy,
          `paper:${input.id}`,
          JSON.stringify({ title: input.title }),
        ]);
      });
      return (await findPaper(input.id))!;
    },
    async listPapers() {
      const { rows } = await db.query<PaperRow>(`${SELECT_PAPER} ORDER BY p.updated_at DESC, p.id DESC`);
      return rows.map(toPaper);
    },
    findPaper,
    async updatePaper(id, patch) {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE papers SET title = COALESCE($2, title), summary = COALESCE($3, summary), updated_at = now() WHERE id = $1 RETURNING id`,
        [id, patch.title ?? null, patch.summary ?? null],
      );
      return rows[0] ? findPaper(id) : null;
    },
    async changePaperStatus({ paperId, from, to, actorId, at }) {
      return db.transaction(async (tx) => {
        // Compare-and-set: a concurrent change by another writer makes this one a no-op.
        const { rows } = await tx.query<{ id: string }>("UPDATE papers SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2 RETURNING id", [
          paperId,
          from,
          to,
          at,
        ]);
        if (rows.length === 0) return false;
        await tx.query("INSERT INTO audit_events (at, actor_id, kind, subject, detail) VALUES ($1, $2, 'paper.status', $3, $4::jsonb)", [
          at,
          actorId,
          paperId,
          JSON.stringify({ from, to }),
        ]);
        return true;
      });
    },
    async listNetworkReviews(benchmarkId) {
      const { rows } = await db.query<NetworkReviewRow>(
        `SELECT id, title, host_project, country, theme_module, modules, benchmark_version FROM reviews
         WHERE benchmark_id = $1 ORDER BY created_at, id`,
        [benchmarkId],
      );
      return rows.map(toNetworkReview);
    },
    async listMemberReviewIds(userId) {
      const { rows } = await db.query<{ review_id: string }>("SELECT review_id FROM review_members WHERE user_id = $1", [userId]);
      return new Set(rows.map((row) => row.review_id));
    },
    async listNetworkMembers() {
      const { rows } = await db.query<{ userId: string; name: string; color: string }>(
        `SELECT id AS "userId", name, color FROM users ORDER BY name, id`,
      );
      return rows;
    },
    async listPaperAuthors(paperId) {
      const { rows } = await db.query<{ userId: string; name: string; color: string }>(
        `SELECT u.id AS "userId", u.name, u.color
         FROM paper_authors a JOIN users u ON u.id = a.user_id JOIN papers p ON p.id = a.paper_id
         WHERE a.paper_id = $1
         ORDER BY (a.user_id = p.created_by) DESC, a.added_at, u.id`,
        [paperId],
      );
      return rows;
    },
    async isPaperAuthor(paperId, userId) {
      const { rows } = await db.query("SELECT 1 FROM paper_authors WHERE paper_id = $1 AND user_id = $2", [paperId, userId]);
      return rows.length > 0;
    },
    async addPaperAuthor({ paperId, userId, addedBy }) {
      const { rows } = await db.query(
        `INSERT INTO paper_authors (paper_id, user_id, added_by) VALUES ($1, $2, $3)
         ON CONFLICT (paper_id, user_id) DO NOTHING RETURNING user_id`,
        [paperId, userId, addedBy],
      );
      return rows.length > 0;
    },
    async removePaperAuthor(paperId, userId) {
      const { rows } = await db.query("DELETE FROM paper_authors WHERE paper_id = $1 AND user_id = $2 RETURNING user_id", [paperId, userId]);
      return rows.length > 0;
    },
  };
}

type NetworkReviewRow = {
  id: string;
  title: string;
  host_project: string;
  country: string;
  theme_module: string | null;
  modules: string[];
  benchmark_version: string | null;
};

function toNetworkReview(row: NetworkReviewRow): NetworkReviewRecord {
  return {
    id: row.id,
    title: row.title,
    hostProject: row.host_project,
    country: row.country,
    themeModuleId: row.theme_module,
    modules: row.modules,
    benchmarkVersion: row.benchmark_version,
  };
}

function toPaper(row: PaperRow): PaperRecord {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
