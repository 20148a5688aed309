import type { ReviewDetail } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { FindingsReport } from "../report/FindingsReport.tsx";
import { TeamSummary } from "../team/TeamSummary.tsx";

/** The findings report, with the team beside it (who writes, who comments). */
export function ReportTab({ review }: { review: ReviewDetail }) {
  const t = useT();
  return (
    <div className="review-layout">
      <div className="review-layout__main">
        <FindingsReport review={review} />
      </div>
      <aside className="review-layout__side" aria-label={t("review.sidebar")}>
        <TeamSummary review={review} />
      </aside>
    </div>
  );
}
