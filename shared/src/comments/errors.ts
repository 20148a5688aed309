export const COMMENT_ERROR_CODES = ["invalid_comment", "invalid_anchor", "thread_not_found", "comment_not_found", "not_author", "invalid_suggestion", "not_a_suggestion", "suggestion_decided", "suggestion_outdated", "suggestion_spans_formatting"] as const;
export type CommentErrorCode = (typeof COMMENT_ERROR_CODES)[number];

/** Why the comments model refused a change (the UI checks the same rules first). */
export class CommentError extends Error {
  constructor(
    readonly code: CommentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CommentError";
  }
}
