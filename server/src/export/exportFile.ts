import { z } from "zod";
import { renderDocx } from "./docx.ts";
import { renderHtml } from "./html.ts";
import { exportMessages } from "./i18n/index.ts";
import { renderMarkdown } from "./markdown.ts";
import type { ReportDocument } from "./reportDocument.ts";

/** `?format=` of `GET /api/reviews/:id/report/export`. */
export const exportFormatSchema = z.enum(["md", "html", "docx"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export type ExportFile = {
  body: Uint8Array;
  contentType: string;
  /** The Content-Disposition header: HTML opens in the browser (to print it), the others download. */
  disposition: string;
};

/** Renders the report in one format, with the headers that go with it; the file is named in the report's language. */
export async function renderReportFile(report: ReportDocument, format: ExportFormat): Promise<ExportFile> {
  const body = format === "docx" ? await renderDocx(report) : new TextEncoder().encode(format === "md" ? renderMarkdown(report) : renderHtml(report));
  const messages = exportMessages(report.locale);
  const filename = `${titleSlug(report.meta.title)}-${report.meta.paper ? messages.policyPaperFile : messages.findingsReportFile}.${format}`;
  return { body, contentType: EXPORT_CONTENT_TYPES[format], disposition: contentDisposition(format === "html" ? "inline" : "attachment", filename) };
}

const MAX_SLUG_LENGTH = 60;

function trimSlug(slug: string): string {
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/^-+|-+$/g, "");
}

/** The title as a file-name slug: lower-case letters and digits of any script, joined by dashes. */
export function titleSlug(title: string): string {
  return trimSlug(title.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+/, "")) || "review";
}

/** An ASCII stand-in for a file name: accents dropped, anything else outside [a-z0-9.-] replaced by dashes. */
function asciiFileName(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9.]+/g, "-")
    .replace(/^-+/, "");
  return ascii.startsWith(".") || ascii === "" ? `review${ascii}` : ascii;
}

/**
 * A Content-Disposition value with an ASCII `filename` for every client and, when the name
 * is not plain ASCII, the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  const ascii = asciiFileName(filename);
  if (ascii === filename) return `${type}; filename="${ascii}"`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
