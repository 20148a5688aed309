import {
  COMMENT_ROUTES,
  createSuggestionResponseSchema,
  createThreadResponseSchema,
  replyResponseSchema,
  type CommentBodyRequest,
  type CommentTarget,
  type CreateSuggestionRequest,
  type CreateSuggestionResponse,
  type CreateThreadRequest,
  type CreateThreadResponse,
  type MoveAnchorRequest,
} from "@review/shared";
import { request } from "./http.ts";

/**
 * The comment commands: the only way to write a comments document (the socket only reads it).
 * The server writes each change into the live document, so it arrives over the socket too.
 */

export function openThread(target: CommentTarget, input: CreateThreadRequest): Promise<CreateThreadResponse> {
  return request(COMMENT_ROUTES.threads(target), { method: "POST", body: input, schema: createThreadResponseSchema });
}

export async function replyToThread(target: CommentTarget, threadId: string, input: CommentBodyRequest): Promise<string> {
  const { commentId } = await request(COMMENT_ROUTES.replies(target, threadId), { method: "POST", body: input, schema: replyResponseSchema });
  return commentId;
}

/** Changes the text of one of the user's own comments. */
export function editComment(target: CommentTarget, threadId: string, commentId: string, input: CommentBodyRequest): Promise<void> {
  return request(COMMENT_ROUTES.comment(target, threadId, commentId), { method: "PATCH", body: input, schema: null });
}

/** Deletes one of the user's own comments. */
export function deleteComment(target: CommentTarget, threadId: string, commentId: string): Promise<void> {
  return request(COMMENT_ROUTES.comment(target, threadId, commentId), { method: "DELETE", schema: null });
}

export function resolveThread(target: CommentTarget, threadId: string, resolved: boolean): Promise<void> {
  return request(COMMENT_ROUTES.thread(target, threadId), { method: "PATCH", body: { resolved }, schema: null });
}

/** Anchors a thread's passage again after an edit gave its text new items (the text's writers). */
export function moveAnchor(target: CommentTarget, threadId: string, input: MoveAnchorRequest): Promise<void> {
  return request(COMMENT_ROUTES.anchor(target, threadId), { method: "PUT", body: input, schema: null });
}

/** Records that the user has seen the comments up to now (for unread counts). */
export function markCommentsSeen(target: CommentTarget): Promise<void> {
  return request(COMMENT_ROUTES.seen(target), { method: "POST", schema: null });
}

/** Suggests an edit of the report's passage (any member; the server applies it once accepted). */
export function suggestEdit(target: CommentTarget, input: CreateSuggestionRequest): Promise<CreateSuggestionResponse> {
  return request(COMMENT_ROUTES.suggestions(target), { method: "POST", body: input, schema: createSuggestionResponseSchema });
}

/** Accepts (the server edits the report) or rejects a suggestion; the report's writers only. */
export function decideSuggestion(target: CommentTarget, threadId: string, decision: "accept" | "reject"): Promise<void> {
  return request(COMMENT_ROUTES[decision](target, threadId), { method: "POST", schema: null });
}
