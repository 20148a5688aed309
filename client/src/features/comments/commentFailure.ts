import { ApiError } from "../../api/http.ts";
import { describeError } from "../../app/errorText.ts";
import type { T } from "../../i18n/I18nProvider.tsx";

/** What the user tried to do with a comment, for the sentence saying it did not happen. */
export type CommentAction = "post" | "save" | "resolve" | "delete" | "suggest" | "decide";

const MESSAGES = {
  post: { failed: "comments.error.post", offline: "comments.error.post.offline" },
  save: { failed: "comments.error.save", offline: "comments.error.save.offline" },
  resolve: { failed: "comments.error.resolve", offline: "comments.error.resolve.offline" },
  delete: { failed: "comments.error.delete", offline: "comments.error.delete.offline" },
  suggest: { failed: "suggestions.error.suggest", offline: "suggestions.error.suggest.offline" },
  decide: { failed: "suggestions.error.decide", offline: "suggestions.error.decide.offline" },
} as const;

/**
 * The sentence to show when a comment command failed. Comments are written by the server, so
 * nothing is kept for later: offline, the user is told so (and the text stays in its box).
 */
export function commentFailure(t: T, action: CommentAction, error: unknown): string {
  if (error instanceof ApiError && error.code === "network") return t(MESSAGES[action].offline);
  return t(MESSAGES[action].failed, { reason: describeError(t, error) });
}
