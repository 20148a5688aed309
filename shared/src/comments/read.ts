import * as Y from "yjs";
import { COMMENT_KEYS, THREAD_KEYS, commentArray, seenRoot, threadsRoot } from "./layout.ts";
import { suggestionDecisionSchema, suggestionSchema } from "./suggestion.ts";
import { commentIdSchema, commentSchema, threadFieldsSchema, type Comment, type CommentThread } from "./schema.ts";

function plain(map: Y.Map<unknown>, keys: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const value = map.get(key);
    result[key] = value instanceof Y.AbstractType ? undefined : value;
  }
  return result;
}

function readComments(thread: Y.Map<unknown>): Comment[] {
  const seen = new Set<string>();
  const result: Comment[] = [];
  commentArray(thread)?.forEach((value) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = commentSchema.safeParse(plain(value as Y.Map<unknown>, Object.values(COMMENT_KEYS)));
    if (!parsed.success || seen.has(parsed.data.id)) return;
    seen.add(parsed.data.id);
    result.push(parsed.data.deleted ? { ...parsed.data, body: "", mentions: [] } : parsed.data);
  });
  return result;
}

/** One thread as validated data; null for junk or a thread with nothing left to show. */
export function readThread(threadId: string, value: unknown): CommentThread | null {
  if (!commentIdSchema.safeParse(threadId).success || !(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const fields = threadFieldsSchema.safeParse(plain(map, [THREAD_KEYS.anchor, THREAD_KEYS.quote, THREAD_KEYS.createdBy, THREAD_KEYS.createdAt, THREAD_KEYS.resolved, THREAD_KEYS.resolvedBy, THREAD_KEYS.resolvedAt]));
  if (!fields.success) return null;
  const comments = readComments(map);
  const suggestion = suggestionSchema.safeParse(map.get(THREAD_KEYS.suggestion));
  const decision = suggestion.success ? suggestionDecisionSchema.safeParse(map.get(THREAD_KEYS.decision)) : null;
  // A thread whose every comment was deleted is gone, as in any comment tool; a suggestion stays.
  if (!suggestion.success && !comments.some((comment) => !comment.deleted)) return null;
  return {
    id: threadId,
    ...fields.data,
    comments,
    ...(suggestion.success ? { suggestion: suggestion.data } : {}),
    ...(decision?.success ? { decision: decision.data } : {}),
  };
}

/** Every valid thread, oldest first (ties by id, so every client lists them alike). */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const result: CommentThread[] = [];
  threadsRoot(doc).forEach((value, threadId) => {
    const thread = readThread(threadId, value);
    if (thread) result.push(thread);
  });
  return result.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** When `userId` last looked at the comments, or null (never, or junk). */
export function readSeen(doc: Y.Doc, userId: string): string | null {
  const value = seenRoot(doc).get(userId);
  return typeof value === "string" && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : null;
}
