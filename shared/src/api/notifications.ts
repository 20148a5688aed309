import { z } from "zod";
import { reportStatusSchema } from "../schema/reportStatus.ts";
import { reviewRoleSchema } from "../schema/role.ts";

/**
 * Each user's inbox. The server writes a notification where the event happens (a comment
 * mentioning them, a reply in a thread they took part in, being added to a review, the
 * report's status, the host's decision on a recommendation); never for the actor themself.
 * The user's document `user:<id>:inbox` (server-written, readable by that user alone) carries
 * the unread count and a counter that changes with every new or read notification.
 */
export const NOTIFICATION_KINDS = ["mention", "reply", "invitation", "report_status", "recommendation_decision"] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

const id = z.string().min(1).max(64);

const commentPayload = z.object({
  /** Where the comment lives: a review's report or (without reviewId) a policy paper. */
  reviewId: id.optional(),
  paperId: id.optional(),
  actorName: z.string().max(200),
  /** The review's or paper's title. */
  title: z.string().max(500),
  threadId: id,
  commentId: id,
  /** The start of the comment's text. */
  excerpt: z.string().max(200),
});

export const notificationPayloadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mention"), ...commentPayload.shape }),
  z.object({ kind: z.literal("reply"), ...commentPayload.shape }),
  z.object({ kind: z.literal("invitation"), actorName: z.string().max(200), reviewId: id, title: z.string().max(500), role: reviewRoleSchema }),
  z.object({ kind: z.literal("report_status"), actorName: z.string().max(200), reviewId: id, title: z.string().max(500), status: reportStatusSchema }),
  z.object({
    kind: z.literal("recommendation_decision"),
    actorName: z.string().max(200),
    reviewId: id,
    title: z.string().max(500),
    recommendationId: id,
    decision: z.enum(["take_forward", "consider", "decline"]),
  }),
]);
export type NotificationPayload = z.infer<typeof notificationPayloadSchema>;

export const notificationSchema = z.object({
  id,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  payload: notificationPayloadSchema,
});
export type Notification = z.infer<typeof notificationSchema>;

export const NOTIFICATION_PAGE_SIZE = 30;

/** `GET /api/notifications?before=<id>`: newest first, `NOTIFICATION_PAGE_SIZE` at a time. */
export const listNotificationsQuerySchema = z.strictObject({ before: id.optional() });
export const listNotificationsResponseSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int().min(0),
  /** The id to pass as `before` for the next page, or null at the end. */
  next: id.nullable(),
});
export type ListNotificationsResponse = z.infer<typeof listNotificationsResponseSchema>;

/** `POST /api/notifications/read`: some of the caller's notifications, or all of them. */
export const markNotificationsReadRequestSchema = z.union([z.strictObject({ ids: z.array(id).min(1).max(100) }), z.strictObject({ all: z.literal(true) })]);
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;
export const markNotificationsReadResponseSchema = z.object({ unread: z.number().int().min(0) });

/** `GET`/`PUT /api/notifications/settings`. */
export const notificationSettingsSchema = z.strictObject({ email: z.boolean() });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** The inbox document's root map and its keys. */
export const INBOX_ROOT = "inbox";
export const INBOX_KEYS = { unread: "unread", changed: "changed" } as const;

/** The app path a notification opens: the thread in its report or paper, else the review's page. */
export function notificationPath(payload: NotificationPayload): string {
  const review = (id: string) => `/reviews/${encodeURIComponent(id)}`;
  switch (payload.kind) {
    case "mention":
    case "reply": {
      const thread = `?thread=${encodeURIComponent(payload.threadId)}`;
      if (payload.reviewId) return `${review(payload.reviewId)}/report${thread}`;
      return `/papers/${encodeURIComponent(payload.paperId ?? "")}${thread}`;
    }
    case "invitation":
      return review(payload.reviewId);
    case "report_status":
    case "recommendation_decision":
      return `${review(payload.reviewId)}/report`;
  }
}
