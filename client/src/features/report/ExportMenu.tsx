import type { JSX } from "react";
import { reportExportPath } from "@review/shared";
import { ExportMenuButton, type ExportItem } from "../../ui/ExportMenuButton.tsx";

type ReportFormat = Parameters<typeof reportExportPath>[1];

const ITEMS: readonly (ExportItem & { format: ReportFormat })[] = [
  { id: "md", format: "md", label: "export.md", hint: "export.md.hint", print: false },
  { id: "html", format: "html", label: "export.html", hint: "export.html.hint", print: false },
  { id: "docx", format: "docx", label: "export.docx", hint: "export.docx.hint", print: false },
  { id: "print", format: "html", label: "export.print", hint: "export.print.hint", print: true, groupStart: true },
  { id: "csv", format: "csv", label: "export.csv", hint: "export.csv.hint", print: false, groupStart: true },
  { id: "json", format: "json", label: "export.json", hint: "export.json.hint", print: false },
];

/** The findings report's export menu: the report as Markdown, HTML, Word or print, and its coded excerpts (DESIGN.md, public contract). */
export function ExportMenu({ reviewId }: { reviewId: string }): JSX.Element {
  return <ExportMenuButton items={ITEMS} urlFor={(format, lang) => reportExportPath(reviewId, format as ReportFormat, lang)} menuLabel="export.menu" />;
}
