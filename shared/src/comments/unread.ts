import type { CommentThread } from "./schema.ts";

export type UnreadSummary = {
  /** Threads opened by others after `seenAt`. */
  threadIds: string[];
  /** Replies by others after `seenAt`, in threads opened before it. */
  replies: number;
  /** Threads or replies new to the user: what a badge counts. */
  total: number;
  /** Comments (not deleted) that mention the user, and how many of them are new. */
  mentions: number;
  unreadMentions: number;
};

const isNew = (at: string, seenAt: string | null) => seenAt === null || Date.parse(at) > Date.parse(seenAt);

/** What is new for `userId` since `seenAt` (null: everything others wrote is new). */
export function unreadSummary(threads: readonly CommentThread[], userId: string, seenAt: string | null): UnreadSummary {
  const threadIds: string[] = [];
  let replies = 0;
  let mentions = 0;
  let unreadMentions = 0;
  for (const thread of threads) {
    const newThread = thread.createdBy !== userId && isNew(thread.createdAt, seenAt);
    if (newThread) threadIds.push(thread.id);
    thread.comments.forEach((comment, index) => {
      const fresh = comment.author !== userId && isNew(comment.createdAt, seenAt);
      if (index > 0 && fresh && !newThread && !comment.deleted) replies++;
      if (!comment.deleted && comment.mentions.includes(userId)) {
        mentions++;
        if (fresh) unreadMentions++;
      }
    });
  }
  return { threadIds, replies, total: threadIds.length + replies, mentions, unreadMentions };
}

/** Whether a thread has anything new for the user (the thread itself or a reply). */
export function threadIsNew(thread: CommentThread, userId: string, seenAt: string | null): boolean {
  // A suggested edit may come without a note: the suggestion itself is what is new.
  if (thread.suggestion && thread.createdBy !== userId && isNew(thread.createdAt, seenAt)) return true;
  return thread.comments.some((comment) => comment.author !== userId && !comment.deleted && isNew(comment.createdAt, seenAt));
}
