import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { EDITOR_FRAGMENT, documentAccess, reviewDocumentName, type AwarenessUser, type ReviewDetail, type ReviewRole } from "@review/shared";
import { deriveStatus, initialConnectionState, terminalStatus } from "../../collab/connectionStatus.ts";
import { useCollabSession, useCollabSnapshot } from "../../collab/useCollabSession.ts";
import { ReportEditor } from "../../editor/ReportEditor.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { EyeIcon } from "../../ui/icons.tsx";
import { useCurrentUser, useSession } from "../auth/SessionProvider.tsx";
import { BenchmarkSidebar } from "../sidebar/BenchmarkSidebar.tsx";
import { ConnectionBadge } from "./ConnectionBadge.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { diagnoseReportAccess } from "./diagnoseReportAccess.ts";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import "./report.css";

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
  const { expire } = useSession();
  const access = documentAccess("report", review.role);

  const awarenessUser = useMemo<AwarenessUser>(
    () => ({ id: me.id, name: me.name, color: me.color, role: review.role }),
    [me.id, me.name, me.color, review.role],
  );
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  const session = useCollabSession(reviewDocumentName(review.id, "report"), awarenessUser, diagnose);
  const snapshot = useCollabSnapshot(session);
  const [editor, setEditor] = useState<Editor | null>(null);
  const connection = snapshot?.connection ?? initialConnectionState();
  const status = deriveStatus(connection, access);
  const terminal = terminalStatus(connection.terminalCode);

  useEffect(() => {
    // The server no longer knows our session: back to sign-in (edits stay in IndexedDB).
    if (terminal === "signedOut") expire();
  }, [terminal, expire]);

  const canWrite = access === "write" && !connection.writeRejected && terminal === null;
  const hasLocalContent = session !== null && snapshot?.localCopyLoaded === true && session.doc.getXmlFragment(EDITOR_FRAGMENT).length > 0;
  const ready = session !== null && (connection.everSynced || terminal !== null || status === "offline" || hasLocalContent);

  return (
    <section className="report" aria-labelledby={HEADING_ID}>
      <header className="report__header">
        <h2 className="report__title" id={HEADING_ID}>
          {t("report.title")}
        </h2>
        <div className="report__meta">
          <PresenceBar users={snapshot?.users ?? []} />
          <ConnectionBadge status={status} />
          <ExportMenu reviewId={review.id} />
        </div>
      </header>

      <div className="report__notices">
        {access !== "write" ? (
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
        <div className="report__main">
          {ready ? (
            <ReportEditor session={session} user={awarenessUser} editable={canWrite} labelledBy={HEADING_ID} onEditor={setEditor} />
          ) : (
            <div className="report__loading" aria-busy="true">
              <span className="visually-hidden" role="status">
                {t("report.loading")}
              </span>
              <div className="skeleton skeleton--title" />
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--line skeleton--short" />
            </div>
          )}
        </div>
        <div className="report__aside">
          <BenchmarkSidebar review={review} editor={ready ? editor : null} reportDoc={session?.doc ?? null} canWrite={canWrite} />
          {aside}
        </div>
      </div>
    </section>
  );
}
