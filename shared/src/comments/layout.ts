import * as Y from "yjs";

/**
 * The comments document's layout (`review:<id>:comments`, `paper:<id>:comments`). The server
 * writes it on behalf of each author (the comment commands in `api/comments.ts`); clients read:
 *
 *   root Y.Map `threads`: threadId → Y.Map {
 *     anchor:   { start, end }  base64 of encoded Y.RelativePositions in the target's `content`
 *     quote:    the passage's text when the thread was opened (≤ 500), shown once it is orphaned
 *     createdBy, createdAt, resolved, resolvedBy, resolvedAt
 *     suggestion?: { kind: "replace", quote, replacement }  a suggested edit (see suggestion.ts)
 *     decision?:   { status: accepted | rejected, by, at }  set once, by a moderator or peer
 *     comments: Y.Array of Y.Map { id, author, body ≤ 4000, createdAt, editedAt, deleted, mentions }
 *   }
 *   root Y.Map `seen`: userId → ISO time of that user's last look at the comments
 *
 * Documents stored while every member could write them may hold anything, so readers still
 * validate with zod and skip junk.
 */
export const COMMENTS_ROOT = "threads";
export const SEEN_ROOT = "seen";

export const THREAD_KEYS = {
  anchor: "anchor",
  quote: "quote",
  createdBy: "createdBy",
  createdAt: "createdAt",
  resolved: "resolved",
  resolvedBy: "resolvedBy",
  resolvedAt: "resolvedAt",
  comments: "comments",
  suggestion: "suggestion",
  decision: "decision",
} as const;

export const COMMENT_KEYS = {
  id: "id",
  author: "author",
  body: "body",
  createdAt: "createdAt",
  editedAt: "editedAt",
  deleted: "deleted",
  mentions: "mentions",
} as const;

export function threadsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(COMMENTS_ROOT);
}

export function seenRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SEEN_ROOT);
}

export function threadMap(doc: Y.Doc, threadId: string): Y.Map<unknown> | null {
  const value = threadsRoot(doc).get(threadId);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

export function commentArray(thread: Y.Map<unknown> | null): Y.Array<unknown> | null {
  const comments = thread?.get(THREAD_KEYS.comments);
  return comments instanceof Y.Array ? (comments as Y.Array<unknown>) : null;
}

/** The comment's map by id (the first copy), or null. */
export function commentMap(thread: Y.Map<unknown> | null, commentId: string): Y.Map<unknown> | null {
  let found: Y.Map<unknown> | null = null;
  commentArray(thread)?.forEach((value) => {
    if (!found && value instanceof Y.Map && value.get(COMMENT_KEYS.id) === commentId) found = value as Y.Map<unknown>;
  });
  return found;
}
