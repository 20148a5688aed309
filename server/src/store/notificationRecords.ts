import type { NotificationKind } from "@review/shared";

/** One stored notification; `payload` is checked against the shared schema where it is read. */
export type NotificationRecord = {
  id: string;
  userId: string;
  kind: NotificationKind;
  reviewId: string | null;
  payload: unknown;
  createdAt: Date;
  readAt: Date | null;
};

/** Each user's inbox, and whether they also want it by e-mail. */
export interface NotificationStore {
  /** Inserts one notification per recipient, in one statement; returns them as stored. */
  createNotifications(input: { id: string; userId: string; kind: NotificationKind; reviewId: string | null; payload: unknown }[]): Promise<NotificationRecord[]>;
  /** The user's notifications, newest first; `before` (an id of theirs) pages on. */
  listNotifications(userId: string, options: { limit: number; before?: string }): Promise<NotificationRecord[]>;
  countUnreadNotifications(userId: string): Promise<number>;
  /** Marks the user's own notifications (those of `ids`, or all) read; others' ids are ignored. Returns how many changed. */
  markNotificationsRead(userId: string, ids: string[] | "all", at: Date): Promise<number>;
  getEmailNotifications(userId: string): Promise<boolean>;
  setEmailNotifications(userId: string, enabled: boolean): Promise<void>;
}
