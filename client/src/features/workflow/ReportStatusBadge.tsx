import type { ReportStatus } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LockIcon, MailIcon, PencilIcon } from "../../ui/icons.tsx";
import { STATUS_LABEL } from "./workflowActions.ts";
import "./workflow.css";

const ICON = { draft: PencilIcon, host_review: MailIcon, final: LockIcon } as const;
const TONE = { draft: "neutral", host_review: "warning", final: "success" } as const;

/** The report's status as a small coloured label with an icon (never colour alone). */
export function ReportStatusBadge({ status, withPrefix = true }: { status: ReportStatus; withPrefix?: boolean }) {
  const t = useT();
  const Icon = ICON[status];
  return (
    <span className={`report-status pill pill--${TONE[status]}`} data-status={status}>
      <Icon size={13} />
      {withPrefix ? <span className="visually-hidden">{t("workflow.status.label")}: </span> : null}
      {t(STATUS_LABEL[status])}
    </span>
  );
}
