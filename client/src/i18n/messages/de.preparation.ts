import type { Message } from "../translate.ts";
import type { preparationMessages } from "./en.preparation.ts";

/** German messages of the review's preparation; spread into the catalogue in de.ts. */
export const preparationMessagesDe: Record<keyof typeof preparationMessages, Message> = {
  "reviewNav.preparation": "Vorbereitung",
  "team.document.brief": "Projektbericht und Ausgangslage",
  "preparation.title": "Vorbereitung",
  "preparation.intro": "Vor dem Besuch beschreibt der Gastgeber hier das Projekt und seine Ausgangslage; das Team liest sie zur Vorbereitung.",
  "preparation.loading": "Die Dokumente des Gastgebers werden geladen…",
  "preparation.readOnly.title": "Nur lesen",
  "preparation.readOnly.text": "Der Gastgeber und die Moderatorinnen und Moderatoren des Reviews schreiben diese Dokumente; Sie können sie lesen, während sie entstehen.",
  "preparation.projectReport.title": "Kurzer Projektbericht",
  "preparation.projectReport.empty.editable": "Beschreiben Sie das Projekt für das besuchende Team: Ziele, Aktivitäten und Zielgruppen.",
  "preparation.projectReport.empty.readOnly": "Der Gastgeber hat den Projektbericht noch nicht geschrieben.",
  "preparation.baselineContext.title": "Ausgangslage",
  "preparation.baselineContext.sectionsIntro": "Behandeln Sie diese Abschnitte:",
  "preparation.baselineContext.section.migrantPopulation": "Migrantische Bevölkerung",
  "preparation.baselineContext.section.policies": "Politische Maßnahmen",
  "preparation.baselineContext.section.equalitiesLegislation": "Gleichstellungsgesetzgebung",
  "preparation.baselineContext.section.funding": "Finanzierung",
  "preparation.baselineContext.section.strategies": "Strategien",
  "preparation.baselineContext.empty.editable": "Beschreiben Sie die Ausgangslage, mit einer Überschrift je Abschnitt.",
  "preparation.baselineContext.empty.readOnly": "Der Gastgeber hat die Ausgangslage noch nicht beschrieben.",
};
