import type { Message } from "../translate.ts";
import type { exportMessages } from "./en.export.ts";

/** German messages of the report export menu; spread into the catalogue in de.ts. */
export const exportMessagesDe: Record<keyof typeof exportMessages, Message> = {
  "export.button": "Exportieren",
  "export.menu": "Ergebnisbericht oder codierte Auszüge exportieren",
  "export.md": "Markdown (.md)",
  "export.md.hint": "Reiner Text für Wikis und Repositorys",
  "export.html": "Webseite (.html)",
  "export.html.hint": "Eigenständige Seite zum Teilen oder Archivieren",
  "export.docx": "Word (.docx)",
  "export.docx.hint": "Zum Bearbeiten in Word oder LibreOffice",
  "export.print": "Drucken oder als PDF speichern",
  "export.print.hint": "Öffnet den Bericht zum Drucken in einem neuen Tab",
  "export.csv": "Codierte Auszüge (.csv)",
  "export.csv.hint": "Textstellen und Belege je Faktor, für eine Tabellenkalkulation",
  "export.json": "Codierte Auszüge (.json)",
  "export.json.hint": "Dasselbe je Faktor, für Analysewerkzeuge",
  "export.paper.menu": "Das Positionspapier exportieren",
  "export.paper.print.hint": "Öffnet das Papier zum Drucken in einem neuen Tab",
};
