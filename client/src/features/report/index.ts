// The public entry of report/: the findings report, in the Report tab of a review.
export { FindingsReport } from "./FindingsReport.tsx";
