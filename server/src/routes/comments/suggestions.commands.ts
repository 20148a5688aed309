import type * as Y from "yjs";
import {
  EDITOR_FRAGMENT,
  mayDecideSuggestions,
  maySuggestEdits,
  reviewDocumentName,
  type CreateSuggestionRequest,
  type CreateSuggestionResponse,
  type ReviewRole,
} from "@review/shared";
import { CommentError, applySuggestion, createSuggestion, decideSuggestion, pendingSuggestion, type SuggestionStatus } from "@review/shared/comments";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import type { SuggestionClaimStore } from "../../store/store.ts";
import { commentRefusal, type CommentDeps } from "./comments.commands.ts";

export type SuggestionDeps = CommentDeps & { store: SuggestionClaimStore };

/** The caller's role in the review; 404 for a review they may not see. */
async function memberRole(deps: SuggestionDeps, userId: string, reviewId: string): Promise<{ role: ReviewRole; final: boolean }> {
  const [review, role] = await Promise.all([deps.store.findReview(reviewId), deps.store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  return { role, final: review.reportStatus === "final" };
}

/** Runs `change` on a live document as the server, turning the comments model's refusals into API errors. */
async function serverChange<T>(deps: SuggestionDeps, docName: string, change: (doc: Y.Doc) => T): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await deps.rooms.applyServerChange(docName, (doc) => {
      result = { value: change(doc) };
    });
  } catch (error) {
    throw commentRefusal(error);
  }
  if (!result) throw new Error("a server change always runs");
  return (result as { value: T }).value;
}

/** Suggests an edit of the report, by `userId` (any member; the report's text is not touched). */
export async function suggestEdit(deps: SuggestionDeps, userId: string, reviewId: string, input: CreateSuggestionRequest): Promise<CreateSuggestionResponse> {
  const { role, final } = await memberRole(deps, userId, reviewId);
  if (!maySuggestEdits(role)) throw forbidden("role_may_not_comment");
  if (final) throw refusal("report_final", "report_final_no_suggestion");
  return serverChange(deps, reviewDocumentName(reviewId, "comments"), (doc) =>
    createSuggestion(doc, { anchor: input.anchor, suggestion: input.suggestion, body: input.body }, { by: userId }),
  );
}

/**
 * Accepts or rejects a suggestion, by a writer of the report. Accepting applies the edit to
 * the live report as the server (the suggester never writes the report); the passage must
 * still read as suggested. Then the decision is recorded and the thread resolved. The decision
 * is first claimed in the database, so that of two deciders, in one process or in two that
 * share a PostgreSQL database, exactly one applies the edit; an accept that cannot be applied
 * gives its claim back.
 */
export async function decideSuggestedEdit(deps: SuggestionDeps, userId: string, reviewId: string, threadId: string, status: SuggestionStatus): Promise<void> {
  const { role, final } = await memberRole(deps, userId, reviewId);
  if (!mayDecideSuggestions(role)) throw forbidden("team_decides_suggestions");
  if (final && status === "accepted") throw refusal("report_final", "report_final_no_suggestion");
  const commentsDoc = reviewDocumentName(reviewId, "comments");
  const pending = await serverChange(deps, commentsDoc, (doc) => pendingSuggestion(doc, threadId));
  const claimed = await deps.store.claimSuggestionDecision({ docName: commentsDoc, threadId, userId, at: new Date() });
  if (!claimed) throw commentRefusal(new CommentError("suggestion_decided", "This suggestion was already decided"));
  if (status === "accepted") {
    try {
      await serverChange(deps, reviewDocumentName(reviewId, "report"), (doc) =>
        applySuggestion(doc, doc.getXmlFragment(EDITOR_FRAGMENT), pending.anchor, pending.suggestion),
      );
    } catch (error) {
      await deps.store.releaseSuggestionDecision(commentsDoc, threadId);
      throw error;
    }
  }
  await serverChange(deps, commentsDoc, (doc) => decideSuggestion(doc, threadId, status, { by: userId }));
}
