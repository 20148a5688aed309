import { z } from "zod";
import { reportStatusSchema } from "../schema/reportStatus.ts";
import { reviewDetailSchema } from "../schema/review.ts";

/** `POST /api/reviews/:id/report/status` (moderators only). */
export const changeReportStatusRequestSchema = z.strictObject({ status: reportStatusSchema });
export type ChangeReportStatusRequest = z.infer<typeof changeReportStatusRequestSchema>;

export const changeReportStatusResponseSchema = z.object({ review: reviewDetailSchema });

/** One recorded status change; `by` is the user's name (null once the account is gone). */
export const reportStatusChangeSchema = z.object({
  at: z.string(),
  by: z.string().nullable(),
  from: reportStatusSchema,
  to: reportStatusSchema,
});
export type ReportStatusChange = z.infer<typeof reportStatusChangeSchema>;

/** `GET /api/reviews/:id/report/status-history`, newest first. */
export const reportStatusHistoryResponseSchema = z.object({ changes: z.array(reportStatusChangeSchema) });
export type ReportStatusHistoryResponse = z.infer<typeof reportStatusHistoryResponseSchema>;
