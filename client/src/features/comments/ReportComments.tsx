import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, type ReactNode } from "react";
import { mayComment, mayDecideSuggestions, maySuggestEdits, reviewDocumentName, type CommentTarget, type AwarenessUser, type ReviewDetail } from "@review/shared";
import { diagnoseReportAccess } from "../../collab/diagnoseAccess.ts";
import { AsideTabs } from "./AsideTabs.tsx";
import { CommentMargin } from "./CommentMargin.tsx";
import { CommentsPanel } from "./CommentsPanel.tsx";
import { FindingRepliesList } from "./FindingRepliesList.tsx";
import type { CommentMember } from "./mentions.ts";
import { useComments, type CommentsController } from "./useComments.ts";
import { useSuggestions } from "./useSuggestions.ts";
import { useFindingReplies, type FindingReplies } from "./useFindingReplies.ts";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { useAnnounceRemoteComments } from "./useAnnounceRemoteComments.ts";

export type ReportComments = {
  controller: CommentsController;
  findingReplies: FindingReplies;
  announce: (message: string) => void;
};

/** The report's comments (`review:<id>:comments`) and the host's replies to findings, for the report page. */
export function useReportComments(review: ReviewDetail, editor: Editor | null, user: AwarenessUser): ReportComments {
  const members = useMemo<CommentMember[]>(() => review.members.map(({ userId, name, color }) => ({ userId, name, color })), [review.members]);
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  const comments = useComments({
    editor,
    documentName: reviewDocumentName(review.id, "comments"),
    members,
    user,
    canComment: mayComment(review.role),
    diagnose,
  });
  const target = useMemo<CommentTarget>(() => ({ scope: "review", reviewId: review.id }), [review.id]);
  // A final report takes no edits, suggested or accepted (the server refuses them too).
  const open = review.reportStatus !== "final";
  const suggestions = useSuggestions({ editor, target, canSuggest: open && maySuggestEdits(review.role), canDecide: open && mayDecideSuggestions(review.role) });
  const controller: CommentsController = { ...comments, suggestions };
  const findingReplies = useFindingReplies(review);
  const announce = useAnnounce();
  useAnnounceRemoteComments(controller, user.id, true);
  return { controller, findingReplies, announce };
}

/** The margin beside the report's text (place it right after the editor). */
export function ReportCommentMargin({ comments }: { comments: ReportComments }) {
  return <CommentMargin controller={comments.controller} announce={comments.announce} />;
}

/** The column beside the report: the benchmark sidebar and the comment list, as tabs. */
export function ReportCommentsAside({ comments, review, benchmark }: { comments: ReportComments; review: ReviewDetail; benchmark: ReactNode }) {
  return (
    <>
      <AsideTabs
        controller={comments.controller}
        benchmark={benchmark}
        comments={(visible) => (
          <CommentsPanel controller={comments.controller} visible={visible} announce={comments.announce}>
            <FindingRepliesList review={review} findingReplies={comments.findingReplies} />
          </CommentsPanel>
        )}
      />
    </>
  );
}
