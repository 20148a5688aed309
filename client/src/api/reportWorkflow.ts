import {
  API_ROUTES,
  changeReportStatusResponseSchema,
  reportStatusHistoryResponseSchema,
  type ReportStatus,
  type ReportStatusChange,
  type ReviewDetail,
} from "@review/shared";
import { request } from "./http.ts";

/** Moves the findings report to `status` (moderators); answers the review as it now is. */
export async function changeReportStatus(reviewId: string, status: ReportStatus): Promise<ReviewDetail> {
  const { review } = await request(API_ROUTES.reportStatus(reviewId), {
    method: "POST",
    body: { status },
    schema: changeReportStatusResponseSchema,
  });
  return review;
}

/** The report's status changes, newest first. */
export async function getReportStatusHistory(reviewId: string): Promise<ReportStatusChange[]> {
  const { changes } = await request(API_ROUTES.reportStatusHistory(reviewId), { schema: reportStatusHistoryResponseSchema });
  return changes;
}
