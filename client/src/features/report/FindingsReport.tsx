import type { Editor } from "@tiptap/core";
import { useCallback, useLayoutEffect, useMemo, useState, type CSSProperties, type ReactNode } from "react";
import { documentAccess, lockedReportAccess, reviewDocumentName, type AwarenessUser, type ReviewDetail, type ReviewRole } from "@review/shared";
import { useEditorDocument } from "../../collab/useEditorDocument.ts";
import { EditorSkeleton } from "../../editor/EditorSkeleton.tsx";
import { ReportEditor } from "../../editor/ReportEditor.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { EyeIcon } from "../../ui/icons.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { BenchmarkSidebar } from "../sidebar/index.ts";
import { ReportCommentMargin, ReportCommentsAside, useReportComments } from "../comments/index.ts";
import { ConnectionBadge } from "../../ui/ConnectionBadge.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { HistoryButton } from "../history/index.ts";
import { diagnoseReportAccess } from "../../collab/diagnoseAccess.ts";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import { RecommendationDecisions, ReportWorkflowBar } from "../workflow/index.ts";
import "../../ui/reportLayout.css";

const READ_ONLY_REASON: Record<ReviewRole, MessageKey> = {
  moderator: "report.readOnly.other",
  peer: "report.readOnly.other",
  host: "report.readOnly.host",
  partner: "report.readOnly.partner",
};

const HEADING_ID = "findings-report-heading";

/**
 * The review's findings report: live editor, who is here, and whether changes are saved;
 * beside the editor the benchmark sidebar, then `aside` (e.g. the team).
 */
export function FindingsReport({ review, aside }: { review: ReviewDetail; aside?: ReactNode }) {
  const t = useT();
  const me = useCurrentUser();
  // A final report is read-only for everyone (the server enforces it; the workflow bar explains it).
  const access = lockedReportAccess(documentAccess("report", review.role), review.reportStatus);

  const awarenessUser = useMemo<AwarenessUser>(
    () => ({ id: me.id, name: me.name, color: me.color, role: review.role }),
    [me.id, me.name, me.color, review.role],
  );
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  const { session, snapshot, connection, status, terminal, canWrite, ready } = useEditorDocument(reviewDocumentName(review.id, "report"), awarenessUser, access, diagnose);
  const [editor, setEditor] = useState<Editor | null>(null);
  const comments = useReportComments(review, ready ? editor : null, awarenessUser);
  const headerHeight = useHeight<HTMLElement>();

  return (
    <section className="report" aria-labelledby={HEADING_ID} style={{ "--report-header-height": `${headerHeight.height}px` } as CSSProperties}>
      {/* Sticky under the top bar: who is here and whether changes are saved stay in view while writing. */}
      <header className="report__header" ref={headerHeight.ref}>
        <h2 className="report__title" id={HEADING_ID}>
          {t("report.title")}
        </h2>
        <div className="report__meta">
          <PresenceBar users={snapshot?.users ?? []} />
          <ConnectionBadge status={status} />
          <HistoryButton reviewId={review.id} />
          <ExportMenu reviewId={review.id} />
        </div>
      </header>

      <ReportWorkflowBar review={review} />
      <div className="report__notices">
        {access !== "write" && review.reportStatus !== "final" ? (
          <Alert tone="info" icon={<EyeIcon />} title={t("report.readOnly.title")}>
            {t(READ_ONLY_REASON[review.role])}
          </Alert>
        ) : null}
        {access === "write" && connection.writeRejected ? (
          <Alert tone="warning" live="alert" title={t("report.writeRejected.title")}>
            {t("report.writeRejected.text")}
          </Alert>
        ) : null}
        {terminal === "forbidden" || terminal === "notFound" ? (
          <Alert tone="error" title={t(terminal === "forbidden" ? "report.closed.forbidden.title" : "report.closed.notFound.title")}>
            {t(terminal === "forbidden" ? "report.closed.forbidden.text" : "report.closed.notFound.text")}
          </Alert>
        ) : null}
      </div>

      <div className="report__body">
        <div className="report__main report__main--comments">
          {ready && session ? (
            <ReportEditor session={session} user={awarenessUser} editable={canWrite} labelledBy={HEADING_ID} onEditor={setEditor} />
          ) : (
            <EditorSkeleton label={t("report.loading")} />
          )}
          {/* Before what follows the editor in the page: Tab goes from the text to the comments beside it. */}
          {ready ? <ReportCommentMargin comments={comments} /> : null}
          {ready ? <RecommendationDecisions review={review} reportDoc={session?.doc ?? null} /> : null}
        </div>
        <div className="report__aside">
          <ReportCommentsAside
            comments={comments}
            review={review}
            benchmark={<BenchmarkSidebar review={review} editor={ready ? editor : null} reportDoc={session?.doc ?? null} canWrite={canWrite} findingReplies={comments.findingReplies} />}
          />
          {aside}
        </div>
      </div>
    </section>
  );
}

/** The element's height, kept up to date (the sticky toolbar and the comment box sit below it). */
function useHeight<T extends HTMLElement>(): { ref: (element: T | null) => void; height: number } {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    setHeight(element.offsetHeight);
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref: setElement, height };
}
