import type { Message } from "../translate.ts";

/** English messages of the report export menu; spread into the catalogue in en.ts. */
export const exportMessages = {
  "export.button": "Export",
  "export.menu": "Export the findings report or its coded excerpts",
  "export.md": "Markdown (.md)",
  "export.md.hint": "Plain text for wikis and repositories",
  "export.html": "Web page (.html)",
  "export.html.hint": "A standalone page to share or archive",
  "export.docx": "Word (.docx)",
  "export.docx.hint": "To edit in Word or LibreOffice",
  "export.print": "Print or save as PDF",
  "export.print.hint": "Opens the report in a new tab to print",
  "export.csv": "Coded excerpts (.csv)",
  "export.csv.hint": "Passages and evidence per factor, for a spreadsheet",
  "export.json": "Coded excerpts (.json)",
  "export.json.hint": "The same per factor, for analysis tools",
  "export.paper.menu": "Export the policy paper",
  "export.paper.print.hint": "Opens the paper in a new tab to print",
} satisfies Record<string, Message>;
