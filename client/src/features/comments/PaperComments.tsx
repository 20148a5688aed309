import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, type ReactNode } from "react";
import { paperDocumentName, type AwarenessUser, type NetworkMember } from "@review/shared";
import { AsideTabs } from "./AsideTabs.tsx";
import { CommentMargin } from "./CommentMargin.tsx";
import { CommentsPanel } from "./CommentsPanel.tsx";
import type { CommentMember } from "./mentions.ts";
import { useComments, type CommentsController } from "./useComments.ts";
import { diagnosePaperAccess } from "../../collab/diagnoseAccess.ts";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { useAnnounceRemoteComments } from "./useAnnounceRemoteComments.ts";

export type PaperComments = {
  controller: CommentsController;
  announce: (message: string) => void;
};

/** The paper's threads (`paper:<id>:comments`): every registered account comments and can be mentioned. */
export function usePaperComments(paperId: string, editor: Editor | null, user: AwarenessUser, members: readonly NetworkMember[]): PaperComments {
  const commentMembers = useMemo<CommentMember[]>(() => members.map(({ userId, name, color }) => ({ userId, name, color })), [members]);
  const diagnose = useCallback(() => diagnosePaperAccess(paperId), [paperId]);
  const controller = useComments({
    editor,
    documentName: paperDocumentName(paperId, "comments"),
    members: commentMembers,
    user,
    canComment: true,
    diagnose,
  });
  const announce = useAnnounce();
  useAnnounceRemoteComments(controller, user.id, false);
  return { controller, announce };
}

/** The margin beside the paper's text (place it right after the editor). */
export function PaperCommentMargin({ comments }: { comments: PaperComments }) {
  return <CommentMargin controller={comments.controller} announce={comments.announce} />;
}

/** The column beside the paper: the score card and the comment list, as tabs. */
export function PaperCommentsAside({ comments, scorecard }: { comments: PaperComments; scorecard: ReactNode }) {
  return (
    <>
      <AsideTabs
        controller={comments.controller}
        benchmark={scorecard}
        benchmarkLabel="scorecard.title"
        comments={(visible) => <CommentsPanel controller={comments.controller} visible={visible} announce={comments.announce} />}
      />
    </>
  );
}
