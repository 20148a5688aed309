import type { Message } from "../translate.ts";
import type { preparationMessages } from "./en.preparation.ts";

/** Spanish messages of the review's preparation; spread into es.ts. */
export const preparationMessagesEs: Record<keyof typeof preparationMessages, Message> = {
  "reviewNav.preparation": "Preparación",
  "team.document.brief": "informe del proyecto y contexto de partida",
  "preparation.title": "Preparación",
  "preparation.intro": "Antes de la visita, el anfitrión describe aquí el proyecto y su contexto de partida; el equipo lo lee para prepararse.",
  "preparation.loading": "Cargando los documentos del anfitrión…",
  "preparation.readOnly.title": "Solo lectura",
  "preparation.readOnly.text": "El anfitrión y los moderadores de la revisión escriben estos documentos; usted puede leerlos mientras cambian.",
  "preparation.projectReport.title": "Informe breve del proyecto",
  "preparation.projectReport.empty.editable": "Describa el proyecto para el equipo visitante: sus objetivos, actividades y a quién atiende.",
  "preparation.projectReport.empty.readOnly": "El anfitrión aún no ha escrito el informe del proyecto.",
  "preparation.baselineContext.title": "Contexto de partida",
  "preparation.baselineContext.sectionsIntro": "Trate estas secciones:",
  "preparation.baselineContext.section.migrantPopulation": "Población migrante",
  "preparation.baselineContext.section.policies": "Políticas",
  "preparation.baselineContext.section.equalitiesLegislation": "Legislación sobre igualdad",
  "preparation.baselineContext.section.funding": "Financiación",
  "preparation.baselineContext.section.strategies": "Estrategias",
  "preparation.baselineContext.empty.editable": "Describa el contexto de partida, con un encabezado por sección.",
  "preparation.baselineContext.empty.readOnly": "El anfitrión aún no ha descrito el contexto de partida.",
};
