import type { Message } from "../translate.ts";
import type { exportMessages } from "./en.export.ts";

/** Spanish messages of the report export menu; spread into es.ts. */
export const exportMessagesEs: Record<keyof typeof exportMessages, Message> = {
  "export.button": "Exportar",
  "export.menu": "Exportar el informe de conclusiones o sus extractos codificados",
  "export.md": "Markdown (.md)",
  "export.md.hint": "Texto sin formato para wikis y repositorios",
  "export.html": "Página web (.html)",
  "export.html.hint": "Una página independiente para compartir o archivar",
  "export.docx": "Word (.docx)",
  "export.docx.hint": "Para editar en Word o LibreOffice",
  "export.print": "Imprimir o guardar como PDF",
  "export.print.hint": "Abre el informe en una pestaña nueva para imprimirlo",
  "export.csv": "Extractos codificados (.csv)",
  "export.csv.hint": "Pasajes y evidencias por factor, para una hoja de cálculo",
  "export.json": "Extractos codificados (.json)",
  "export.json.hint": "Lo mismo por factor, para herramientas de análisis",
  "export.paper.menu": "Exportar el documento de políticas",
  "export.paper.print.hint": "Abre el documento en una pestaña nueva para imprimirlo",
};
