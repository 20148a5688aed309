import { Hono } from "hono";
import { exportLanguageQuerySchema } from "@review/shared";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import { excerptFormatSchema, renderExcerptsFile } from "../../export/excerptsFile.ts";
import { exportFormatSchema, renderReportFile } from "../../export/exportFile.ts";
import { HTML_EXPORT_CSP } from "../../export/html.ts";
import { loadReportDocument, type ExportDeps } from "../../export/loadReport.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { getReviewDetail } from "./reviews.commands.ts";

/**
 * The served HTML export: the page's own policy, plus what only a header can say. `sandbox`
 * gives the page an opaque origin, so even a rendering bug could not reach the app's cookies
 * or API; `allow-modals` keeps the browser's print dialog working.
 */
const HTML_RESPONSE_CSP = `${HTML_EXPORT_CSP}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox allow-popups allow-popups-to-escape-sandbox allow-modals`;

/**
 * `GET /:id/report/export?format=md|html|docx`: the findings report as a file, for any member
 * of the review; `format=csv|json`: its coded excerpts (report passages and evidence per factor).
 * Headings, labels and dates are in the exporting user's language unless `&lang=en|de|es` says otherwise.
 */
export function exportRoutes(deps: ExportDeps) {
  const routes = new Hono<AppEnv>();

  routes.get("/:id/report/export", async (c) => {
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
    c.header("Content-Type", file.contentType);
    c.header("Content-Disposition", file.disposition);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "private, no-store");
    if (format.data === "html") c.header("Content-Security-Policy", HTML_RESPONSE_CSP);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200);
  });

  return routes;
}
