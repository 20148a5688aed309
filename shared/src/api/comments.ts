import { z } from "zod";
import { COMMENT_LIMITS, commentAnchorSchema, commentIdSchema, commentInputSchema } from "../comments/schema.ts";
import { SUGGESTION_LIMITS, type SUGGESTION_STATUSES } from "../comments/suggestion.ts";
import { fillPattern, type ScopedPattern } from "./route.ts";

/**
 * Comment commands. The comments documents (`review:<id>:comments`, `paper:<id>:comments`)
 * are written by the server alone: every client connects read-only and writes through these
 * requests, which set the author to the signed-in user and let only authors change their
 * comments. The server applies each change to the live document, so every open copy sees it.
 */

/** Whose comments: a review's report, or a policy paper. */
export type CommentTarget = { scope: "review"; reviewId: string } | { scope: "paper"; paperId: string };

/** `POST …/comments/threads`: a new thread on a passage, with its first comment. */
export const createThreadRequestSchema = z.strictObject({
  /** Base64 of two encoded `Y.RelativePosition`s into the report's (or paper's) content. */
  anchor: z.strictObject(commentAnchorSchema.shape),
  /** The passage's text as the writer saw it (shown once the passage is gone). */
  quote: z.string().max(COMMENT_LIMITS.quoteMax),
  ...commentInputSchema.shape,
});
export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;
export const createThreadResponseSchema = z.object({ threadId: commentIdSchema, commentId: commentIdSchema });
export type CreateThreadResponse = z.infer<typeof createThreadResponseSchema>;

/** `POST …/threads/:threadId/replies` and `PATCH …/threads/:threadId/comments/:commentId` (own comments only). */
export const commentBodyRequestSchema = z.strictObject(commentInputSchema.shape);
export type CommentBodyRequest = z.input<typeof commentBodyRequestSchema>;
export const replyResponseSchema = z.object({ commentId: commentIdSchema });
export type ReplyResponse = z.infer<typeof replyResponseSchema>;

/** `PATCH …/threads/:threadId`: resolve or reopen a thread (any commenter). */
export const resolveThreadRequestSchema = z.strictObject({ resolved: z.boolean() });
export type ResolveThreadRequest = z.infer<typeof resolveThreadRequestSchema>;

/**
 * `PUT …/threads/:threadId/anchor`: the same passage, anchored again after an edit gave its text
 * new Yjs items (by a writer of the commented text, whose editor followed the passage).
 */
export const moveAnchorRequestSchema = z.strictObject({ anchor: z.strictObject(commentAnchorSchema.shape) });
export type MoveAnchorRequest = z.infer<typeof moveAnchorRequestSchema>;

/**
 * `POST …/comments/suggestions` (reviews only): a thread suggesting an edit of its passage, by
 * any member. `quote` is the passage's exact text (empty for an insertion at the anchor),
 * `replacement` what should stand there (empty for a deletion); `body` an optional note.
 */
export const createSuggestionRequestSchema = z.strictObject({
  anchor: z.strictObject(commentAnchorSchema.shape),
  suggestion: z
    .strictObject({
      kind: z.literal("replace"),
      quote: z.string().max(SUGGESTION_LIMITS.quoteMax),
      replacement: z.string().max(SUGGESTION_LIMITS.replacementMax),
    })
    .refine((value) => value.quote !== value.replacement, "A suggestion must change something"),
  body: z.string().max(COMMENT_LIMITS.bodyMax).optional(),
});
export type CreateSuggestionRequest = z.input<typeof createSuggestionRequestSchema>;
export const createSuggestionResponseSchema = z.object({ threadId: commentIdSchema, commentId: commentIdSchema.nullable() });
export type CreateSuggestionResponse = z.infer<typeof createSuggestionResponseSchema>;

/** How a suggestion is decided: `POST …/comments/:threadId/accept` or `…/reject` (the report's writers). */
export type SuggestionDecisionRoute = (typeof SUGGESTION_STATUSES)[number];

/**
 * A comment command's route under both scopes: called with a target (and the ids the suffix names),
 * it builds the client's path; `pattern` holds the Hono pattern per scope.
 */
function commentRoute<A extends string[] = []>(suffix: string) {
  const pattern: ScopedPattern = { review: `/api/reviews/:id/comments${suffix}`, paper: `/api/papers/:id/comments${suffix}` };
  const build = (target: CommentTarget, ...ids: A) =>
    target.scope === "review" ? fillPattern(pattern.review, [target.reviewId, ...ids]) : fillPattern(pattern.paper, [target.paperId, ...ids]);
  return Object.assign(build, { pattern });
}

/** Paths of the comment commands under a review (`/api/reviews/:id/comments…`) or a paper (`/api/papers/:id/comments…`). */
export const COMMENT_ROUTES = {
  base: commentRoute(""),
  /** `POST` opens a thread. */
  threads: commentRoute("/threads"),
  /** `PATCH { resolved }` resolves or reopens. */
  thread: commentRoute<[threadId: string]>("/threads/:threadId"),
  /** `PUT { anchor }` anchors the thread's passage again (the commented text's writers). */
  anchor: commentRoute<[threadId: string]>("/threads/:threadId/anchor"),
  /** `POST` adds a reply. */
  replies: commentRoute<[threadId: string]>("/threads/:threadId/replies"),
  /** `PATCH` edits, `DELETE` deletes the author's own comment. */
  comment: commentRoute<[threadId: string, commentId: string]>("/threads/:threadId/comments/:commentId"),
  /** `POST` records that the user has seen the comments up to now (unread counts). */
  seen: commentRoute("/seen"),
  /** `POST` suggests an edit (reviews only, see `createSuggestionRequestSchema`). */
  suggestions: commentRoute("/suggestions"),
  /** `POST` accepts (the server applies it to the report) or rejects a suggestion (reviews only). */
  accept: commentRoute<[threadId: string]>("/:threadId/accept"),
  reject: commentRoute<[threadId: string]>("/:threadId/reject"),
} as const;
