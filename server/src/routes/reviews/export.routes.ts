import { Hono } from "hono";
import { REPORT_EXPORT_ROUTE, exportLanguageQuerySchema } from "@review/shared";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import { excerptFormatSchema, renderExcerptsFile } from "../../export/excerptsFile.ts";
import { exportFormatSchema, renderReportFile } from "../../export/exportFile.ts";
import { exportResponse } from "../../export/exportResponse.ts";
import { loadReportDocument, type ExportDeps } from "../../export/loadReport.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { getReviewDetail } from "./reviews.commands.ts";

/**
 * `GET /:id/report/export?format=md|html|docx`: the findings report as a file, for any member
 * of the review; `format=csv|json`: its coded excerpts (report passages and evidence per factor).
 * Headings, labels and dates are in the exporting user's language unless `&lang=en|de|es` says otherwise.
 */
export function exportRoutes(deps: ExportDeps) {
  const routes = new Hono<AppEnv>();

  routes.get(REPORT_EXPORT_ROUTE.pattern, async (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    const requested = c.req.query("format");
    const format = exportFormatSchema.safeParse(requested);
    const excerptFormat = excerptFormatSchema.safeParse(requested);
    if (!format.success && !excerptFormat.success) throw new ApiError("invalid_input", "format: expected md, html, docx, csv or json");
    const lang = exportLanguageQuerySchema.safeParse(c.req.query("lang"));
    if (!lang.success) throw new ApiError("invalid_input", "lang: expected en, de or es");
    const locale = lang.data ?? user.locale;
    const review = await getReviewDetail(deps.store, user.id, c.req.param("id"));
    const file = format.success
      ? await renderReportFile(await loadReportDocument(deps, review, locale), format.data)
      : await renderExcerptsFile(deps, review, excerptFormat.data!, locale);
    return exportResponse(c, file, format.data === "html");
  });

  return routes;
}
