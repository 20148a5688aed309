import { useMemo } from "react";
import type { ReviewDetail } from "@review/shared";
import { reportVersions } from "../../api/versions.ts";
import { paths } from "../../app/routes.ts";
import { DocumentHistory, type HistoryWording } from "./DocumentHistory.tsx";

const REPORT_WORDING: HistoryWording = {
  back: "history.back",
  emptyText: "history.empty.text",
  current: "history.compare.current",
  headingCurrent: "history.compare.headingCurrent",
  restoreText: "history.restore.text",
  statusTitles: {
    draft: "history.label.status.draft",
    host_review: "history.label.status.host_review",
    final: "history.label.status.final",
  },
};

/** The findings report's version history (see `DocumentHistory`); nothing is restored while it is final. */
export function ReportHistory({ review }: { review: ReviewDetail }) {
  const api = useMemo(() => reportVersions(review.id), [review.id]);
  return (
    <DocumentHistory
      api={api}
      documentPath={paths.reviewReport(review.id)}
      historyPath={(select) => paths.reviewReportHistory(review.id, select)}
      lockedNotice={review.reportStatus === "final" ? "history.restore.final" : null}
      wording={REPORT_WORDING}
    />
  );
}
