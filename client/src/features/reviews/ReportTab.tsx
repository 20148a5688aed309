import type { ReviewDetail } from "@review/shared";
import { useLocation } from "../../app/navigation.tsx";
import { resolveRoute } from "../../app/router.ts";
import { ROUTES } from "../../app/routes.ts";
import { ReportHistory } from "../history/index.ts";
import { FindingsReport } from "../report/index.ts";
import { TeamSummary } from "../team/index.ts";

/** The findings report, with the benchmark and the team beside it (who writes, who comments). */
export function ReportTab({ review }: { review: ReviewDetail }) {
  const { pathname } = useLocation();
  if (resolveRoute(ROUTES, pathname)?.name === "reviewReportHistory") return <ReportHistory review={review} />;
  return <FindingsReport review={review} aside={<TeamSummary review={review} />} />;
}
