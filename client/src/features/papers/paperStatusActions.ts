import { PAPER_STATUS_TRANSITIONS, type PaperStatus } from "@review/shared";
import type { MessageKey } from "../../i18n/messages/en.ts";

/** One button a paper's writer sees: where it takes the paper, and the words of its button and dialog. */
export type PaperStatusAction = {
  to: PaperStatus;
  /** Going back from published to draft is a "reopen", with its own wording. */
  kind: "steering_review" | "published" | "draft" | "reopen";
  primary: boolean;
  label: MessageKey;
  confirmTitle: MessageKey;
  confirmText: MessageKey;
};

const PRIMARY_NEXT: Record<PaperStatus, PaperStatus> = { draft: "steering_review", steering_review: "published", published: "draft" };

/** The moves a writer may make from `status`, the usual next step first. */
export function paperStatusActions(status: PaperStatus): PaperStatusAction[] {
  return [...PAPER_STATUS_TRANSITIONS[status]]
    .sort((a, b) => Number(b === PRIMARY_NEXT[status]) - Number(a === PRIMARY_NEXT[status]))
    .map((to) => {
      const kind = status === "published" && to === "draft" ? "reopen" : to;
      return {
        to,
        kind,
        primary: to === PRIMARY_NEXT[status],
        label: `papers.action.${kind}`,
        confirmTitle: `papers.confirm.${kind}.title`,
        confirmText: `papers.confirm.${kind}.text`,
      };
    });
}

export const PAPER_STATUS_LABEL: Record<PaperStatus, MessageKey> = {
  draft: "papers.status.draft",
  steering_review: "papers.status.steering_review",
  published: "papers.status.published",
};
