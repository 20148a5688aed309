import { reportStatusSchema } from "@review/shared";
import type { SqlClient } from "./sqlClient.ts";
import type { ReportStatusChangeRecord, Store } from "./store.ts";

type ReportWorkflowStore = Pick<Store, "changeReportStatus" | "listReportStatusChanges">;

/** The audit event kind of a report status change; its subject is the review id. */
export const REPORT_STATUS_EVENT = "report_status";

type ChangeRow = { at: Date; actor_id: string | null; actor_name: string | null; detail: { from?: unknown; to?: unknown } };

/** The report's status column on `reviews` and its history in `audit_events`. */
export function createSqlReportWorkflow(db: SqlClient): ReportWorkflowStore {
  return {
    async changeReportStatus({ reviewId, from, to, actorId, at }) {
      return db.transaction(async (tx) => {
        // Compare-and-set: a concurrent change from another moderator makes this one a no-op.
        const { rows } = await tx.query<{ id: string }>(
          `UPDATE reviews SET report_status = $3, report_status_changed_at = $4, report_status_changed_by = $5
           WHERE id = $1 AND report_status = $2 RETURNING id`,
          [reviewId, from, to, at, actorId],
        );
        if (rows.length === 0) return false;
        await tx.query("INSERT INTO audit_events (at, actor_id, kind, subject, detail) VALUES ($1, $2, $3, $4, $5::jsonb)", [
          at,
          actorId,
          REPORT_STATUS_EVENT,
          reviewId,
          JSON.stringify({ from, to }),
        ]);
        return true;
      });
    },
    async listReportStatusChanges(reviewId) {
      const { rows } = await db.query<ChangeRow>(
        `SELECT a.at, a.actor_id, u.name AS actor_name, a.detail
         FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.subject = $1 AND a.kind = $2
         ORDER BY a.at DESC, a.id DESC`,
        [reviewId, REPORT_STATUS_EVENT],
      );
      return rows.flatMap((row): ReportStatusChangeRecord[] => {
        const from = reportStatusSchema.safeParse(row.detail.from);
        const to = reportStatusSchema.safeParse(row.detail.to);
        if (!from.success || !to.success) return [];
        return [{ at: row.at, actorId: row.actor_id, actorName: row.actor_name, from: from.data, to: to.data }];
      });
    },
  };
}
