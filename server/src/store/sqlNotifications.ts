import type { NotificationKind } from "@review/shared";
import type { NotificationRecord, NotificationStore } from "./notificationRecords.ts";
import type { SqlClient } from "./sqlClient.ts";

type NotificationRow = {
  id: string;
  user_id: string;
  kind: NotificationKind;
  review_id: string | null;
  payload: unknown;
  created_at: Date;
  read_at: Date | null;
};

const COLUMNS = "id, user_id, kind, review_id, payload, created_at, read_at";

export function createSqlNotifications(db: SqlClient): NotificationStore {
  return {
    async createNotifications(input) {
      if (input.length === 0) return [];
      const params: unknown[] = [];
      const values = input.map((row) => {
        params.push(row.id, row.userId, row.kind, row.reviewId, JSON.stringify(row.payload));
        const n = params.length;
        return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
      });
      const { rows } = await db.query<NotificationRow>(
        `INSERT INTO notifications (id, user_id, kind, review_id, payload) VALUES ${values.join(", ")} RETURNING ${COLUMNS}`,
        params,
      );
      return rows.map(toNotification);
    },

    async listNotifications(userId, { limit, before }) {
      // (created_at, id) orders the page; `before` is one of the user's own ids, else the first page.
      const { rows } = before
        ? await db.query<NotificationRow>(
            `SELECT ${COLUMNS} FROM notifications n
             WHERE user_id = $1 AND (created_at, id) < (SELECT created_at, id FROM notifications WHERE id = $2 AND user_id = $1)
             ORDER BY created_at DESC, id DESC LIMIT $3`,
            [userId, before, limit],
          )
        : await db.query<NotificationRow>(`SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [userId, limit]);
      return rows.map(toNotification);
    },

    async countUnreadNotifications(userId) {
      const { rows } = await db.query<{ count: number | string }>("SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL", [userId]);
      return Number(rows[0]?.count ?? 0);
    },

    async markNotificationsRead(userId, ids, at) {
      const { rows } =
        ids === "all"
          ? await db.query<{ id: string }>("UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id", [userId, at])
          : await db.query<{ id: string }>(
              "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND id = ANY($3::text[]) RETURNING id",
              [userId, at, ids],
            );
      return rows.length;
    },

    async getEmailNotifications(userId) {
      const { rows } = await db.query<{ email_notifications: boolean }>("SELECT email_notifications FROM users WHERE id = $1", [userId]);
      return rows[0]?.email_notifications ?? false;
    },

    async setEmailNotifications(userId, enabled) {
      await db.query("UPDATE users SET email_notifications = $2 WHERE id = $1", [userId, enabled]);
    },
  };
}

function toNotification(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    reviewId: row.review_id,
    payload: typeof row.payload === "string" ? (JSON.parse(row.payload) as unknown) : row.payload,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
