import { REPORT_STATUS_TRANSITIONS, type ReportStatus } from "@review/shared";
import type { MessageKey } from "../../i18n/messages/en.ts";

/** One button a moderator sees: where it takes the report, and the words of its button and dialog. */
export type WorkflowAction = {
  to: ReportStatus;
  /** The step's name: going back from final to draft is a "reopen", with its own wording. */
  kind: "host_review" | "final" | "draft" | "reopen";
  /** The usual next step (shown as the primary button). */
  primary: boolean;
  label: MessageKey;
  confirmTitle: MessageKey;
  confirmText: MessageKey;
};

const PRIMARY_NEXT: Record<ReportStatus, ReportStatus> = { draft: "host_review", host_review: "final", final: "draft" };

/** The actions a moderator may take from `status`, the usual next step first. */
export function workflowActions(status: ReportStatus): WorkflowAction[] {
  return [...REPORT_STATUS_TRANSITIONS[status]]
    .sort((a, b) => Number(b === PRIMARY_NEXT[status]) - Number(a === PRIMARY_NEXT[status]))
    .map((to) => {
      const kind = status === "final" && to === "draft" ? "reopen" : to;
      return {
        to,
        kind,
        primary: to === PRIMARY_NEXT[status],
        label: `workflow.action.${kind}`,
        confirmTitle: `workflow.confirm.${kind}.title`,
        confirmText: `workflow.confirm.${kind}.text`,
      };
    });
}

export const STATUS_LABEL: Record<ReportStatus, MessageKey> = {
  draft: "workflow.status.draft",
  host_review: "workflow.status.host_review",
  final: "workflow.status.final",
};
