import { localeSchema, type LocaleCode } from "../schema/locale.ts";
import { API_ROUTES } from "./routes.ts";

/**
 * `?lang=` of the report export: the language of what the export writes around the report
 * (headings, labels, dates). Without it, the exporting user's own `locale`.
 */
export const exportLanguageQuerySchema = localeSchema.optional();

/** `GET` the findings report (`md`, `html`, `docx`) or its coded excerpts (`csv`, `json`) as a file. */
export function reportExportPath(reviewId: string, format: "md" | "html" | "docx" | "csv" | "json", lang?: LocaleCode): string {
  return `${API_ROUTES.review(reviewId)}/report/export?format=${format}${lang ? `&lang=${lang}` : ""}`;
}

/** `GET /api/papers/:id/export?format=md|html|docx[&lang=]`: a policy paper as a file. */
export function paperExportPath(paperId: string, format: "md" | "html" | "docx", lang?: LocaleCode): string {
  return `/api/papers/${encodeURIComponent(paperId)}/export?format=${format}${lang ? `&lang=${lang}` : ""}`;
}
