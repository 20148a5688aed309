import type { LocaleCode, ReviewDetail } from "@review/shared";
import { exportMessages } from "./i18n/index.ts";
import { z } from "zod";
import { collectCodedExcerpts } from "./codedExcerpts.ts";
import { renderExcerptsCsv } from "./excerptsCsv.ts";
import { contentDisposition, titleSlug, type ExportFile } from "./exportFile.ts";
import { loadBoard, loadReportDocument, type ExportDeps } from "./loadReport.ts";

/** `?format=` values of the export route that give the coded excerpts rather than the report. */
export const excerptFormatSchema = z.enum(["csv", "json"]);
export type ExcerptFormat = z.infer<typeof excerptFormatSchema>;

/** The review's coded excerpts as a CSV or JSON download; factor codes, rating labels and the file name in `locale`. */
export async function renderExcerptsFile(deps: ExportDeps, review: ReviewDetail, format: ExcerptFormat, locale: LocaleCode): Promise<ExportFile> {
  const [report, board] = await Promise.all([
    loadReportDocument(deps, review, locale),
    loadBoard(deps, review.id),
  ]);
  const excerpts = collectCodedExcerpts(report, { id: review.id, title: report.meta.title, hostProject: report.meta.hostProject }, board);
  const text = format === "csv" ? renderExcerptsCsv(excerpts, locale) : `${JSON.stringify(excerpts, null, 2)}\n`;
  return {
    body: new TextEncoder().encode(text),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    disposition: contentDisposition("attachment", `${titleSlug(report.meta.title)}-${exportMessages(locale).codedExcerptsFile}.${format}`),
  };
}
