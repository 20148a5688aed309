/**
 * Comment threads anchored to a report or paper (`…:comments` documents), as small pure
 * functions over a Y.Doc. Imported as `@review/shared/comments`.
 */
export { COMMENTS_ROOT, COMMENT_KEYS, SEEN_ROOT, THREAD_KEYS, commentArray, commentMap, seenRoot, threadMap, threadsRoot } from "./layout.ts";
export { COMMENT_LIMITS, commentAnchorSchema, commentIdSchema, commentInputSchema, commentSchema, threadFieldsSchema } from "./schema.ts";
export type { Comment, CommentAnchor, CommentInput, CommentThread } from "./schema.ts";
export { assertAnchor, decodeAnchor, encodeAnchor, resolveInTree } from "./anchor.ts";
export { readSeen, readThread, readThreads } from "./read.ts";
export { addReply, createThread, deleteComment, editComment, markSeen, moveThreadAnchor, quoteOf, setThreadResolved } from "./write.ts";
export type { CommentWriteMeta, CommentWriteOptions } from "./write.ts";
export { threadIsNew, unreadSummary } from "./unread.ts";
export type { UnreadSummary } from "./unread.ts";
export { COMMENT_ERROR_CODES, CommentError } from "./errors.ts";
export type { CommentErrorCode } from "./errors.ts";
export { SUGGESTION_LIMITS, SUGGESTION_STATUSES, suggestionAction, suggestionDecisionSchema, suggestionSchema } from "./suggestion.ts";
export type { Suggestion, SuggestionAction, SuggestionDecision, SuggestionStatus } from "./suggestion.ts";
export { createSuggestion, decideSuggestion, pendingSuggestion } from "./suggestionWrite.ts";
export type { SuggestionInput } from "./suggestionWrite.ts";
export { applySuggestion } from "./applySuggestion.ts";
