import type { ReviewDetail } from "@review/shared";
import { FindingsReport } from "../report/FindingsReport.tsx";
import { TeamSummary } from "../team/TeamSummary.tsx";

/** The findings report, with the benchmark and the team beside it (who writes, who comments). */
export function ReportTab({ review }: { review: ReviewDetail }) {
  return <FindingsReport review={review} aside={<TeamSummary review={review} />} />;
}
