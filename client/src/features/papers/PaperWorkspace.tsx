import type { Editor } from "@tiptap/core";
import { useCallback, useMemo, useState } from "react";
import { paperDocumentName, type AwarenessUser, type NetworkMember, type Paper } from "@review/shared";
import { useEditorDocument } from "../../collab/useEditorDocument.ts";
import { EditorSkeleton } from "../../editor/EditorSkeleton.tsx";
import { ReportEditor } from "../../editor/ReportEditor.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { EyeIcon } from "../../ui/icons.tsx";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { ConnectionBadge } from "../../ui/ConnectionBadge.tsx";
import "../../ui/reportLayout.css";
import { diagnosePaperAccess } from "../../collab/diagnoseAccess.ts";
import { PaperCommentMargin, PaperCommentsAside, usePaperComments } from "../comments/index.ts";
import { PaperRecommendations } from "./PaperRecommendations.tsx";
import { ScorecardPanel } from "./ScorecardPanel.tsx";

const HEADING_ID = "policy-paper-text-heading";
const EMPTY_HINT = { editable: "papers.empty.editable", readOnly: "papers.empty.readOnly" } as const;

type PaperWorkspaceProps = {
  paper: Paper;
  /** Whether the user writes this paper now (a network moderator, an administrator or one of its authors, while it is not published). */
  canWrite: boolean;
  /** The network's members: comment authors and who can be mentioned. */
  members: readonly NetworkMember[];
};

/**
 * The paper's live text (`paper:<id>`) in the report editor, who is here and whether changes
 * are saved, and below it (as a report's) the recommendations with their addressees and
 * follow-up; beside it the score card, whose factor entries link passages of the text.
 * Its authors and network moderators write; every other member reads live (the server drops their updates).
 */
export function PaperWorkspace({ paper, canWrite: mayWrite, members }: PaperWorkspaceProps) {
  const t = useT();
  const me = useCurrentUser();
  const access = mayWrite ? "write" : "read";
  // Presence shows the paper's writers as moderators and everyone else as a following member.
  const role = mayWrite ? "moderator" : "partner";
  const awarenessUser = useMemo<AwarenessUser>(() => ({ id: me.id, name: me.name, color: me.color, role }), [me.id, me.name, me.color, role]);
  const diagnose = useCallback(() => diagnosePaperAccess(paper.id), [paper.id]);
  const { session, snapshot, connection, status, terminal, canWrite, ready } = useEditorDocument(paperDocumentName(paper.id), awarenessUser, access, diagnose);
  const [editor, setEditor] = useState<Editor | null>(null);
  const comments = usePaperComments(paper.id, ready ? editor : null, awarenessUser, members);

  return (
    <section className="report paper-workspace" aria-labelledby={HEADING_ID}>
      <header className="report__header">
        <h2 className="report__title" id={HEADING_ID}>
          {t("papers.page.textHeading")}
        </h2>
        <div className="report__meta">
          <PresenceBar users={snapshot?.users ?? []} />
          <ConnectionBadge status={status} />
        </div>
      </header>

      <div className="report__notices">
        {access !== "write" && paper.status !== "published" ? (
          <Alert tone="info" icon={<EyeIcon />} title={t("papers.readOnly.title")}>
            {t("papers.readOnly.text")}
          </Alert>
        ) : null}
        {access === "write" && connection.writeRejected ? (
          <Alert tone="warning" live="alert" title={t("papers.writeRejected.title")}>
            {t("papers.writeRejected.text")}
          </Alert>
        ) : null}
        {terminal === "forbidden" || terminal === "notFound" ? (
          <Alert tone="error" title={t(terminal === "forbidden" ? "papers.closed.forbidden.title" : "papers.closed.notFound.title")}>
            {t(terminal === "forbidden" ? "papers.closed.forbidden.text" : "papers.closed.notFound.text")}
          </Alert>
        ) : null}
      </div>

      <div className="report__body paper-workspace__body">
        <div className="report__main report__main--comments">
          {ready && session ? (
            <ReportEditor session={session} user={awarenessUser} editable={canWrite} labelledBy={HEADING_ID} onEditor={setEditor} emptyHint={EMPTY_HINT} />
          ) : (
            <EditorSkeleton label={t("papers.page.loading")} />
          )}
          {/* Before what follows the editor in the page: Tab goes from the text to the comments beside it. */}
          {ready ? <PaperCommentMargin comments={comments} /> : null}
          {ready ? <PaperRecommendations paper={paper} doc={session?.doc ?? null} /> : null}
        </div>
        <div className="report__aside">
          <PaperCommentsAside comments={comments} scorecard={<ScorecardPanel editor={ready ? editor : null} canWrite={canWrite} />} />
        </div>
      </div>
    </section>
  );
}
