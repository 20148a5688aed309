import * as Y from "yjs";
import { COMMENT_ROUTES, type CommentTarget, type CreateThreadResponse, type ReplyResponse } from "@review/shared";
import { encodeAnchor, type CommentAnchor } from "@review/shared/comments";
import { expectStatus, type ApiClient } from "./apiClient.ts";

/**
 * The comment commands as a browser sends them (comments documents are server-written:
 * clients write through HTTP, and every open copy receives the change live).
 */

/** Any pair of relative positions decodes; for tests where the passage does not matter. */
export function someAnchor(): CommentAnchor {
  const text = new Y.Doc().getText("passage");
  text.insert(0, "migrant parents");
  return encodeAnchor(Y.createRelativePositionFromTypeIndex(text, 0, 0), Y.createRelativePositionFromTypeIndex(text, 7, -1));
}

export type ThreadInput = { body: string; anchor?: CommentAnchor; quote?: string; mentions?: string[] };

/** Opens a thread as `client`; throws unless the server answers 201. */
export async function postThread(client: ApiClient, target: CommentTarget, input: ThreadInput): Promise<CreateThreadResponse> {
  const body = { anchor: input.anchor ?? someAnchor(), quote: input.quote ?? "migrant", body: input.body, mentions: input.mentions ?? [] };
  return expectStatus(await client.post(COMMENT_ROUTES.threads(target), body), 201, "open a thread").body as CreateThreadResponse;
}

/** Replies as `client`; throws unless the server answers 201. */
export async function postReply(client: ApiClient, target: CommentTarget, threadId: string, body: string): Promise<ReplyResponse> {
  return expectStatus(await client.post(COMMENT_ROUTES.replies(target, threadId), { body }), 201, "reply").body as ReplyResponse;
}

/** Resolves or reopens as `client`; throws unless the server answers 204. */
export async function resolveThread(client: ApiClient, target: CommentTarget, threadId: string, resolved: boolean): Promise<void> {
  expectStatus(await client.request("PATCH", COMMENT_ROUTES.thread(target, threadId), { resolved }), 204, "resolve");
}

export const reviewComments = (reviewId: string): CommentTarget => ({ scope: "review", reviewId });
export const paperComments = (paperId: string): CommentTarget => ({ scope: "paper", paperId });

/** Suggests an edit of the report as `client`; answers the raw response. */
export function postSuggestion(client: ApiClient, reviewId: string, input: { anchor: CommentAnchor; quote: string; replacement: string; body?: string }) {
  const { anchor, quote, replacement, body } = input;
  return client.post(COMMENT_ROUTES.suggestions(reviewComments(reviewId)), { anchor, suggestion: { kind: "replace", quote, replacement }, ...(body ? { body } : {}) });
}

/** Accepts or rejects a suggestion as `client`; answers the raw response. */
export function decideSuggestion(client: ApiClient, reviewId: string, threadId: string, decision: "accept" | "reject") {
  return client.post(COMMENT_ROUTES[decision](reviewComments(reviewId), threadId), {});
}
