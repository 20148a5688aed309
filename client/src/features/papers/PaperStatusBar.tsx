import { paperDocumentName, type PaperResponse } from "@review/shared";
import { ApiError } from "../../api/http.ts";
import { changePaperStatus } from "../../api/papers.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { notifyPermissionsChanged } from "../../collab/permissionsChanged.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ClockIcon, LockIcon, MailIcon, PencilIcon } from "../../ui/icons.tsx";
import { StatusBar } from "../../ui/StatusBar.tsx";
import { StatusSteps } from "../../ui/StatusSteps.tsx";
import { PaperExportMenu } from "./PaperExportMenu.tsx";
import { PAPER_STATUS_LABEL, paperStatusActions, type PaperStatusAction } from "./paperStatusActions.ts";

const ICON = { draft: PencilIcon, steering_review: MailIcon, published: LockIcon } as const;
const TONE = { draft: "neutral", steering_review: "warning", published: "success" } as const;

/**
 * The paper's status (draft, steering group review, published) with its writers' next steps,
 * each confirmed with its consequences; the history and exports beside it; the lock banner
 * while published. Every open copy follows a change live (the server closes the paper's
 * sockets with 4409 and the page fetches the paper again).
 */
export function PaperStatusBar({ state }: { state: PaperResponse }) {
  const t = useT();
  const { paper } = state;
  const Icon = ICON[paper.status];

  const confirm = async (action: PaperStatusAction): Promise<string | null> => {
    try {
      await changePaperStatus(paper.id, action.to);
      notifyPermissionsChanged(paperDocumentName(paper.id));
      return null;
    } catch (error) {
      // Someone else moved it meanwhile: show where it stands now, behind the message.
      if (error instanceof ApiError && error.status === 409) notifyPermissionsChanged(paperDocumentName(paper.id));
      return t("papers.status.error", { message: describeError(t, error) });
    }
  };

  return (
    <StatusBar
      label={t("papers.status.label")}
      className="paper-status"
      status={
        <>
          <span className={`report-status pill pill--${TONE[paper.status]}`} data-paper-status={paper.status}>
            <Icon size={13} />
            <span className="visually-hidden">{t("papers.status.label")}: </span>
            {t(PAPER_STATUS_LABEL[paper.status])}
          </span>
          <Link to={paths.paperHistory(paper.id)} className="button button--secondary button--small" title={t("history.paper.open.hint")}>
            <ClockIcon size={16} />
            {t("papers.history")}
          </Link>
          <PaperExportMenu paperId={paper.id} />
        </>
      }
      steps={
        state.canWrite ? (
          <StatusSteps
            steps={paperStatusActions(paper.status)}
            label={t("papers.status.actions")}
            busyLabel={t("papers.status.busy")}
            dangerKind="published"
            onConfirm={confirm}
            dataAttribute="paper-action"
          />
        ) : null
      }
    >
      {paper.status === "published" ? (
        <Alert tone="info" icon={<LockIcon />} title={t("papers.published.title")}>
          {t("papers.published.text")}
        </Alert>
      ) : null}
    </StatusBar>
  );
}
