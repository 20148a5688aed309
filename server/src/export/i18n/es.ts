import type { ExportMessages } from "./messages.ts";

/** Spanish (Spain), formal register ("usted"). */
export const es: ExportMessages = {
  languageTag: "es-ES",
  findingsReport: "Informe de conclusiones",
  findingsReportFile: "informe-de-conclusiones",
  codedExcerptsFile: "extractos-codificados",
  documentDescription: (title) => `Informe de conclusiones de la revisión por pares «${title}»`,
  printHint: "Para guardar este informe como PDF, utilice la orden Imprimir de su navegador (Ctrl+P o ⌘P) y elija «Guardar como PDF».",
  exportedOn: (date) => `Exportado el ${date}`,
  fields: {
    hostProject: "Proyecto anfitrión",
    country: "País",
    theme: "Tema",
    studyVisit: "Visita de estudio",
    benchmark: "Marco de referencia",
    module: "Módulo",
    modules: "Módulos",
    reportStatus: "Estado del informe",
  },
  roles: {
    moderator: ["Moderador/a", "Moderadores/as"],
    peer: ["Revisor/a par", "Revisores/as pares"],
    host: ["Anfitrión/a", "Anfitriones/as"],
    partner: ["Socio/a", "Socios/as"],
  },
  reportStatus: { draft: "Borrador", host_review: "Revisión por el proyecto anfitrión", final: "Versión final" },
  statusSince: (status, date, by) => `${status} desde el ${date}${by ? ` (por ${by})` : ""}`,
  ratings: { wholly: "Se cumple plenamente", partly: "Se cumple parcialmente", not: "No se cumple" },
  notRated: "Sin valorar",
  ratingTable: { heading: "Valoraciones del equipo", factor: "Factor crítico", module: "Módulo", teamRating: "Valoración del equipo" },
  decisionTable: {
    heading: "Decisiones del proyecto anfitrión sobre las recomendaciones",
    recommendation: "Recomendación",
    decision: "Decisión",
    note: "Nota",
  },
  decisions: { take_forward: "Llevar adelante", consider: "Estudiar", decline: "Rechazar" },
  factorCode: { core: (number) => `Núcleo ${number}`, theme: (moduleNumber, number) => `Módulo ${moduleNumber}.${number}` },
};
