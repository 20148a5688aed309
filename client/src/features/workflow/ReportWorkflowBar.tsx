import { reviewDocumentName, type ReviewDetail } from "@review/shared";
import { ApiError } from "../../api/http.ts";
import { changeReportStatus } from "../../api/reportWorkflow.ts";
import { describeError } from "../../app/errorText.ts";
import { notifyPermissionsChanged } from "../../collab/permissionsChanged.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { LockIcon } from "../../ui/icons.tsx";
import { StatusBar } from "../../ui/StatusBar.tsx";
import { StatusSteps } from "../../ui/StatusSteps.tsx";
import { HostReviewNotice } from "./HostReviewNotice.tsx";
import { ReportStatusBadge } from "./ReportStatusBadge.tsx";
import { StatusHistory } from "./StatusHistory.tsx";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";
import { workflowActions, type WorkflowAction } from "./workflowActions.ts";
import "./workflow.css";

/**
 * The report's place in the review cycle, above the report: its status with who set it and when,
 * the moderator's next steps (each confirmed with its consequences), the host's notice while in
 * host review, and the lock banner while final.
 */
export function ReportWorkflowBar({ review }: { review: ReviewDetail }) {
  const t = useT();
  const formatDateTime = useDateTimeFormat();
  const isModerator = review.role === "moderator";
  const changedAt = review.reportStatusChangedAt;

  const confirm = async (action: WorkflowAction): Promise<string | null> => {
    try {
      await changeReportStatus(review.id, action.to);
      // Our own socket is closed with 4409 too; this makes the page refetch even when it is not connected.
      notifyPermissionsChanged(reviewDocumentName(review.id, "report"));
      return null;
    } catch (error) {
      // Someone else moved the report meanwhile: show where it stands now, behind the message.
      if (error instanceof ApiError && error.status === 409) notifyPermissionsChanged(reviewDocumentName(review.id, "report"));
      return t("workflow.error", { message: describeError(t, error) });
    }
  };

  return (
    <StatusBar
      label={t("workflow.status.label")}
      status={
        <>
          <ReportStatusBadge status={review.reportStatus} />
          <span className="workflow__when">
            {changedAt
              ? review.reportStatusChangedBy
                ? t("workflow.status.changed", { date: formatDateTime(changedAt), name: review.reportStatusChangedBy })
                : t("workflow.status.changedNoName", { date: formatDateTime(changedAt) })
              : t("workflow.status.never")}
          </span>
          <StatusHistory review={review} />
        </>
      }
      steps={
        isModerator ? (
          <StatusSteps
            steps={workflowActions(review.reportStatus)}
            label={t("workflow.actions")}
            busyLabel={t("workflow.action.busy")}
            dangerKind="final"
            onConfirm={confirm}
            dataAttribute="workflow-action"
          />
        ) : null
      }
    >
      {review.reportStatus === "final" ? (
        <Alert tone="info" icon={<LockIcon />} title={t("workflow.final.title")}>
          {t("workflow.final.text")}
        </Alert>
      ) : null}
      <HostReviewNotice review={review} showLink={false} />
      {review.reportStatus === "host_review" && review.role !== "host" ? <p className="workflow__note">{t("workflow.hostReview.team")}</p> : null}
    </StatusBar>
  );
}
