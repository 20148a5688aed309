import { useCallback, useEffect, useMemo } from "react";
import { reviewDocumentName, type ReviewDetail } from "@review/shared";
import { readSeen, readThreads, unreadSummary, type CommentThread } from "@review/shared/comments";
import { useCollabSession } from "../../collab/useCollabSession.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { createDocReader } from "../../collab/docReader.ts";
import { diagnoseReportAccess } from "../../collab/diagnoseAccess.ts";
import "./commentsPanel.css";

const useThreads = createDocReader<readonly CommentThread[]>(readThreads, []);

/** How many comments on the report are new to the user, for the report's tab (nothing when none). */
export function ReportUnreadBadge({ review }: { review: ReviewDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const user = useMemo(() => ({ id: me.id, name: me.name, color: me.color, role: review.role }), [me.id, me.name, me.color, review.role]);
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  const session = useCollabSession(reviewDocumentName(review.id, "comments"), user, diagnose);
  useEffect(() => {
    session?.provider.awareness.setLocalState(null);
  }, [session]);
  const doc = session?.doc ?? null;
  const threads = useThreads(doc);
  const count = useMemo(() => unreadSummary(threads, me.id, doc ? readSeen(doc, me.id) : null).total, [threads, doc, me.id]);
  if (count === 0) return null;
  return (
    <>
      <span className="review-tabs__count review-tabs__count--unread" aria-hidden="true" data-testid="report-unread">
        {count}
      </span>
      <span className="visually-hidden">, {t("comments.unread", { count })}</span>
    </>
  );
}
