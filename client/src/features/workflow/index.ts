// The public entry of workflow/: the report status and the host's part, shown on review cards, the overview and the report.
export { HostReviewNotice } from "./HostReviewNotice.tsx";
export { RecommendationDecisions } from "./RecommendationDecisions.tsx";
export { ReportStatusBadge } from "./ReportStatusBadge.tsx";
export { ReportWorkflowBar } from "./ReportWorkflowBar.tsx";
