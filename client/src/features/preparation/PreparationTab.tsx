import { useCallback, useMemo } from "react";
import {
  BASELINE_CONTEXT_SECTIONS,
  briefHasContent,
  documentAccess,
  reviewDocumentName,
  type AwarenessUser,
  type BriefFragment,
  type ReviewDetail,
} from "@review/shared";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { diagnoseReportAccess } from "../../collab/diagnoseAccess.ts";
import { useDocumentSession, type DocumentSession } from "../../collab/useDocumentSession.ts";
import { EditorSkeleton } from "../../editor/EditorSkeleton.tsx";
import { ReportEditor } from "../../editor/ReportEditor.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ConnectionBadge } from "../../ui/ConnectionBadge.tsx";
import { EyeIcon } from "../../ui/icons.tsx";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import { PreparationQuestions } from "./PreparationQuestions.tsx";
import "./preparation.css";

const HEADING_ID = "preparation-heading";

/**
 * The review's preparation: the host's short project report and the baseline context
 * (`review:<id>:brief`), written by the host and moderators, read by the team; then the
 * peers' questions per factor with the host's answers.
 */
export function PreparationTab({ review }: { review: ReviewDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const access = documentAccess("brief", review.role);
  const user = useMemo<AwarenessUser>(() => ({ id: me.id, name: me.name, color: me.color, role: review.role }), [me.id, me.name, me.color, review.role]);
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  const brief = useDocumentSession({ docName: reviewDocumentName(review.id, "brief"), user, access, diagnose, hasContent: briefHasContent });

  return (
    <section className="preparation" aria-labelledby={HEADING_ID}>
      <header className="preparation__header">
        <h2 id={HEADING_ID}>{t("preparation.title")}</h2>
        <div className="preparation__meta">
          <PresenceBar users={brief.snapshot?.users ?? []} />
          <ConnectionBadge status={brief.status} />
        </div>
      </header>
      <p className="preparation__intro">{t("preparation.intro")}</p>
      {access !== "write" ? (
        <Alert tone="info" icon={<EyeIcon />} title={t("preparation.readOnly.title")}>
          {t("preparation.readOnly.text")}
        </Alert>
      ) : null}
      {access === "write" && brief.writeRejected ? (
        <Alert tone="warning" live="alert" title={t("report.writeRejected.title")}>
          {t("report.writeRejected.text")}
        </Alert>
      ) : null}
      <BriefPart brief={brief} user={user} part="projectReport" />
      <BriefPart brief={brief} user={user} part="baselineContext">
        <p>{t("preparation.baselineContext.sectionsIntro")}</p>
        <ul className="preparation__sections">
          {BASELINE_CONTEXT_SECTIONS.map((section) => (
            <li key={section}>{t(`preparation.baselineContext.section.${section}`)}</li>
          ))}
        </ul>
      </BriefPart>
      <PreparationQuestions review={review} brief={brief} />
    </section>
  );
}

function BriefPart({ brief, user, part, children }: { brief: DocumentSession; user: AwarenessUser; part: BriefFragment; children?: React.ReactNode }) {
  const t = useT();
  const headingId = `preparation-${part}`;
  return (
    <section className="preparation__part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`preparation.${part}.title`)}</h3>
      {children}
      {brief.ready && brief.session ? (
        <ReportEditor
          session={brief.session}
          user={user}
          editable={brief.canWrite}
          labelledBy={headingId}
          field={part}
          emptyHint={{ editable: `preparation.${part}.empty.editable`, readOnly: `preparation.${part}.empty.readOnly` }}
        />
      ) : (
        <EditorSkeleton label={t("preparation.loading")} />
      )}
    </section>
  );
}
