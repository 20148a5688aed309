import * as Y from "yjs";
import { newCardId } from "../board/cards.ts";
import { assertAnchor } from "./anchor.ts";
import { CommentError } from "./errors.ts";
import { THREAD_KEYS, commentArray, threadMap, threadsRoot } from "./layout.ts";
import { COMMENT_LIMITS, commentAnchorSchema, type CommentAnchor } from "./schema.ts";
import { suggestionDecisionSchema, suggestionSchema, type Suggestion, type SuggestionStatus } from "./suggestion.ts";
import { addReply, quoteOf, type CommentWriteMeta, type CommentWriteOptions } from "./write.ts";

export type SuggestionInput = { anchor: CommentAnchor; suggestion: Suggestion; body?: string };

/** Opens a thread that suggests an edit of its passage, with an optional note; returns the new ids. */
export function createSuggestion(doc: Y.Doc, input: SuggestionInput, meta: CommentWriteMeta, options: CommentWriteOptions = {}): { threadId: string; commentId: string | null } {
  const anchor = commentAnchorSchema.safeParse(input.anchor);
  if (!anchor.success) throw new CommentError("invalid_anchor", "The suggestion's anchor is malformed");
  assertAnchor(anchor.data);
  const suggestion = suggestionSchema.safeParse(input.suggestion);
  if (!suggestion.success) throw new CommentError("invalid_suggestion", suggestion.error.issues[0]?.message ?? "Invalid suggestion");
  const note = input.body?.trim() ?? "";
  if (note.length > COMMENT_LIMITS.bodyMax) throw new CommentError("invalid_comment", "The note is too long");
  const at = meta.at ?? new Date().toISOString();
  const threadId = newCardId();
  let commentId: string | null = null;
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set(THREAD_KEYS.anchor, { start: anchor.data.start, end: anchor.data.end });
    thread.set(THREAD_KEYS.quote, quoteOf(suggestion.data.quote));
    thread.set(THREAD_KEYS.createdBy, meta.by);
    thread.set(THREAD_KEYS.createdAt, at);
    thread.set(THREAD_KEYS.resolved, false);
    thread.set(THREAD_KEYS.resolvedBy, null);
    thread.set(THREAD_KEYS.resolvedAt, null);
    thread.set(THREAD_KEYS.suggestion, { ...suggestion.data });
    thread.set(THREAD_KEYS.comments, new Y.Array<unknown>());
    threadsRoot(doc).set(threadId, thread);
    if (note) commentId = addReply(doc, threadId, { body: note }, { by: meta.by, at });
  }, options.origin ?? null);
  return { threadId, commentId };
}

/** The undecided suggestion of a thread (what the server is about to apply or reject); throws otherwise. */
export function pendingSuggestion(doc: Y.Doc, threadId: string): { anchor: CommentAnchor; suggestion: Suggestion } {
  const thread = threadMap(doc, threadId);
  if (!thread || !commentArray(thread)) throw new CommentError("thread_not_found", "This thread no longer exists");
  const suggestion = suggestionSchema.safeParse(thread.get(THREAD_KEYS.suggestion));
  const anchor = commentAnchorSchema.safeParse(thread.get(THREAD_KEYS.anchor));
  if (!suggestion.success || !anchor.success) throw new CommentError("not_a_suggestion", "This thread does not suggest an edit");
  if (thread.get(THREAD_KEYS.decision) !== undefined && thread.get(THREAD_KEYS.decision) !== null) {
    throw new CommentError("suggestion_decided", "This suggestion was already decided");
  }
  return { anchor: anchor.data, suggestion: suggestion.data };
}

/** Records the decision on a pending suggestion and resolves its thread. Deciding twice throws. */
export function decideSuggestion(doc: Y.Doc, threadId: string, status: SuggestionStatus, meta: CommentWriteMeta, options: CommentWriteOptions = {}): void {
  pendingSuggestion(doc, threadId);
  const thread = threadMap(doc, threadId)!;
  const decision = suggestionDecisionSchema.parse({ status, by: meta.by, at: meta.at ?? new Date().toISOString() });
  doc.transact(() => {
    thread.set(THREAD_KEYS.decision, decision);
    thread.set(THREAD_KEYS.resolved, true);
    thread.set(THREAD_KEYS.resolvedBy, decision.by);
    thread.set(THREAD_KEYS.resolvedAt, decision.at);
  }, options.origin ?? null);
}
