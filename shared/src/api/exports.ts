import { localeSchema, type LocaleCode } from "../schema/locale.ts";
import { route } from "./route.ts";
import { PAPER_VERSION_ROUTES } from "./routes.ts";

/**
 * `?lang=` of the report export: the language of what the export writes around the report
 * (headings, labels, dates). Without it, the exporting user's own `locale`.
 */
export const exportLanguageQuerySchema = localeSchema.optional();

/** `GET` the findings report (`md`, `html`, `docx`) or its coded excerpts (`csv`, `json`) as a file. */
export function reportExportPath(reviewId: string, format: "md" | "html" | "docx" | "csv" | "json", lang?: LocaleCode): string {
  return `${REPORT_EXPORT_ROUTE(reviewId)}?format=${format}${lang ? `&lang=${lang}` : ""}`;
}

/** The path of `reportExportPath`, for the server. */
export const REPORT_EXPORT_ROUTE = route("/api/reviews/:id/report/export");

/** `GET /api/papers/:id/export?format=md|html|docx[&lang=]`: a policy paper as a file. */
export function paperExportPath(paperId: string, format: "md" | "html" | "docx", lang?: LocaleCode): string {
  return `${PAPER_VERSION_ROUTES.export(paperId)}?format=${format}${lang ? `&lang=${lang}` : ""}`;
}
