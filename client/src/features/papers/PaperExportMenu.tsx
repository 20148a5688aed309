import type { JSX } from "react";
import { paperExportPath } from "@review/shared";
import { ExportMenuButton, type ExportItem } from "../../ui/ExportMenuButton.tsx";

type PaperFormat = Parameters<typeof paperExportPath>[1];

const ITEMS: readonly (ExportItem & { format: PaperFormat })[] = [
  { id: "md", format: "md", label: "export.md", hint: "export.md.hint", print: false },
  { id: "html", format: "html", label: "export.html", hint: "export.html.hint", print: false },
  { id: "docx", format: "docx", label: "export.docx", hint: "export.docx.hint", print: false },
  { id: "print", format: "html", label: "export.print", hint: "export.paper.print.hint", print: true, groupStart: true },
];

/** A policy paper's export menu: Markdown, HTML, Word, or print (as PDF). */
export function PaperExportMenu({ paperId }: { paperId: string }): JSX.Element {
  return <ExportMenuButton items={ITEMS} urlFor={(format, lang) => paperExportPath(paperId, format as PaperFormat, lang)} menuLabel="export.paper.menu" />;
}
