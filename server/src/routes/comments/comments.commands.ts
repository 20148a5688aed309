import type * as Y from "yjs";
import {
  mayComment,
  mayDecideSuggestions,
  paperDocumentName,
  reviewDocumentName,
  type CommentBodyRequest,
  type CommentTarget,
  type CreateThreadRequest,
  type CreateThreadResponse,
  type ErrorReason,
  type ApiErrorCode,
  type MoveAnchorRequest,
} from "@review/shared";
import { CommentError, addReply, createThread, deleteComment, editComment, markSeen, moveThreadAnchor, readThread, setThreadResolved, threadsRoot, type CommentErrorCode } from "@review/shared/comments";
import { resolvePaperPermission } from "../../collab/paperPermission.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, forbidden, notFound } from "../../errors/apiError.ts";
import { notifyComment } from "../../notifications/notify.ts";
import type { NotificationStore, PaperStore, ReviewStore, UserStore } from "../../store/store.ts";

export type CommentDeps = { store: NotificationStore & PaperStore & ReviewStore & UserStore; rooms: RoomRegistry };

/**
 * The comments document of `target` if `userId` may comment there (404 for what they may not
 * see, 403 otherwise), and whether they may change the commented text now: a writer of the
 * report while it is not final, a writer of the paper while it is not published. Only they make
 * the edits that move a passage into new Yjs items, and only their editor follows it there.
 */
async function commentAccess(deps: CommentDeps, userId: string, target: CommentTarget): Promise<{ docName: string; writesText: () => Promise<boolean> }> {
  if (target.scope === "paper") {
    // Every registered account reads and comments on every paper.
    if (!(await deps.store.findPaper(target.paperId))) throw notFound("paper_not_found");
    const writesText = async () => {
      const permission = await resolvePaperPermission(deps.store, userId, { paperId: target.paperId, kind: "paper" });
      return permission.kind === "granted" && permission.access === "write";
    };
    return { docName: paperDocumentName(target.paperId, "comments"), writesText };
  }
  const [review, role] = await Promise.all([deps.store.findReview(target.reviewId), deps.store.findMembership(target.reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  if (!mayComment(role)) throw forbidden("role_may_not_comment");
  const writesText = mayDecideSuggestions(role) && review.reportStatus !== "final";
  return { docName: reviewDocumentName(target.reviewId, "comments"), writesText: () => Promise.resolve(writesText) };
}

const ERROR_CODES: Record<CommentErrorCode, ApiErrorCode> = {
  invalid_comment: "invalid_input",
  invalid_anchor: "invalid_input",
  thread_not_found: "not_found",
  comment_not_found: "not_found",
  not_author: "forbidden",
  invalid_suggestion: "invalid_input",
  not_a_suggestion: "conflict",
  suggestion_decided: "suggestion_decided",
  suggestion_outdated: "suggestion_outdated",
  suggestion_spans_formatting: "suggestion_spans_formatting",
};

/** The sentence for people, where a member can meet the refusal (the others need a crafted request). */
const ERROR_REASONS: Partial<Record<CommentErrorCode, ErrorReason>> = {
  thread_not_found: "thread_not_found",
  comment_not_found: "comment_not_found",
  not_author: "only_author_changes_comment",
  suggestion_decided: "suggestion_decided",
  suggestion_outdated: "suggestion_outdated",
  suggestion_spans_formatting: "suggestion_spans_formatting",
};

/** The refusal for a write the comments model (or a suggestion's application) refused; other errors pass. */
export function commentRefusal(error: unknown): unknown {
  return error instanceof CommentError ? new ApiError(ERROR_CODES[error.code], error.message, ERROR_REASONS[error.code]) : error;
}

/**
 * Applies one write of the shared comments model to the live document, as the server: the
 * model's checks run first (a refused write changes nothing), then the change is stored and
 * broadcast to every open copy. Resolves with the write's result once it is stored.
 */
async function write<T>(deps: CommentDeps, userId: string, target: CommentTarget, change: (doc: Y.Doc) => T): Promise<T> {
  const { docName } = await commentAccess(deps, userId, target);
  let result: { value: T } | null = null;
  try {
    await deps.rooms.applyServerChange(docName, (doc) => {
      result = { value: change(doc) };
    });
  } catch (error) {
    throw commentRefusal(error);
  }
  if (!result) throw new Error("a comment change always runs");
  return (result as { value: T }).value;
}

/** Opens a thread on a passage with its first comment, by `userId`. */
export async function openThread(deps: CommentDeps, userId: string, target: CommentTarget, input: CreateThreadRequest): Promise<CreateThreadResponse> {
  const ids = await write(deps, userId, target, (doc) => createThread(doc, input, { by: userId }));
  await notifyComment(deps, userId, target, { ...ids, body: input.body, mentions: input.mentions ?? [], participants: [] });
  return ids;
}

/** Who started or wrote in a thread (before the comment being added). */
function participants(doc: Y.Doc, threadId: string): string[] {
  const thread = readThread(threadId, threadsRoot(doc).get(threadId));
  return thread ? [thread.createdBy, ...thread.comments.filter((comment) => !comment.deleted).map((comment) => comment.author)] : [];
}

/** Adds `userId`'s reply at the end of a thread. */
export async function replyToThread(deps: CommentDeps, userId: string, target: CommentTarget, threadId: string, input: CommentBodyRequest): Promise<{ commentId: string }> {
  const reply = await write(deps, userId, target, (doc) => ({ before: participants(doc, threadId), commentId: addReply(doc, threadId, input, { by: userId }) }));
  await notifyComment(deps, userId, target, { threadId, commentId: reply.commentId, body: input.body, mentions: input.mentions ?? [], participants: reply.before });
  return { commentId: reply.commentId };
}

/** Changes the text of `userId`'s own comment. */
export function editOwnComment(deps: CommentDeps, userId: string, target: CommentTarget, threadId: string, commentId: string, input: CommentBodyRequest): Promise<void> {
  return write(deps, userId, target, (doc) => editComment(doc, threadId, commentId, input, { by: userId }));
}

/** Deletes `userId`'s own comment (a marker stays for the replies after it). */
export function deleteOwnComment(deps: CommentDeps, userId: string, target: CommentTarget, threadId: string, commentId: string): Promise<void> {
  return write(deps, userId, target, (doc) => deleteComment(doc, threadId, commentId, { by: userId }));
}

/** Resolves or reopens a thread; any commenter may, as the people discussing a passage decide together. */
export function resolveThread(deps: CommentDeps, userId: string, target: CommentTarget, threadId: string, resolved: boolean): Promise<void> {
  return write(deps, userId, target, (doc) => setThreadResolved(doc, threadId, resolved, { by: userId }));
}

/** Anchors a thread's passage again where the writer's editor followed it (see `moveThreadAnchor`). */
export async function moveAnchor(deps: CommentDeps, userId: string, target: CommentTarget, threadId: string, input: MoveAnchorRequest): Promise<void> {
  const { docName, writesText } = await commentAccess(deps, userId, target);
  if (!(await writesText())) throw new ApiError("forbidden", "Only those who may change the text now may anchor a passage again");
  try {
    await deps.rooms.applyServerChange(docName, (doc) => moveThreadAnchor(doc, threadId, input));
  } catch (error) {
    throw commentRefusal(error);
  }
}

/** Records that `userId` has seen the comments up to now (the server's clock, like every comment's time). */
export async function markCommentsSeen(deps: CommentDeps, userId: string, target: CommentTarget): Promise<void> {
  await write(deps, userId, target, (doc) => markSeen(doc, userId));
}
