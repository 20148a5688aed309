import { useCallback, useMemo } from "react";
import { useAnnounceRemoteItems, type AuthoredItem } from "../../ui/announcer/remoteChanges.ts";
import type { CommentsController } from "./useComments.ts";

/**
 * Others' new comments and replies on a document, announced in summary ("Ana Costa added 2
 * comments"). With `suggestions`, a suggested edit counts as a comment of its author's, note or not.
 */
export function useAnnounceRemoteComments(comments: Pick<CommentsController, "threads" | "memberById" | "synced">, me: string, suggestions: boolean): void {
  const posted = useMemo<AuthoredItem[]>(
    () =>
      comments.threads.flatMap((thread) => [
        ...(suggestions && thread.suggestion ? [{ id: thread.id, author: thread.createdBy }] : []),
        ...thread.comments.filter((comment) => !comment.deleted).map((comment) => ({ id: comment.id, author: comment.author })),
      ]),
    [comments.threads, suggestions],
  );
  const { memberById } = comments;
  const nameOf = useCallback((userId: string) => memberById.get(userId)?.name, [memberById]);
  useAnnounceRemoteItems(posted, { ready: comments.synced, me, message: "a11y.remote.comments", kind: "comments", nameOf });
}
