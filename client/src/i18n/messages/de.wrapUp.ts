import type { Message } from "../translate.ts";
import type { wrapUpMessages } from "./en.wrapUp.ts";

/** German messages of the visit's daily wrap-up and the feedback to the host; spread into de.ts. */
export const wrapUpMessagesDe: Record<keyof typeof wrapUpMessages, Message> = {
  "wrapUp.title": "Tagesbilanz",
  "wrapUp.intro": "Am Ende jedes Besuchstags hält das Team eine vorläufige Bewertung je Faktor fest. Die letzte Spalte ist die endgültige Teambewertung.",
  "wrapUp.noVisit": "Legen Sie die Besuchsdaten fest, um die Tagesbilanz zu erfassen.",
  "wrapUp.matrix": "Vorläufige Bewertungen je Faktor und Besuchstag",
  "wrapUp.factor": "Faktor",
  "wrapUp.day": "Tag {number}",
  "wrapUp.final": "Teambewertung",
  "wrapUp.cellLabel": "Faktor {factor}, Tag {day}",
  "wrapUp.changed": "geändert seit Tag {day}",
  "wrapUp.rating.none": "Keine",
  "wrapUp.rating.wholly": "Vollständig erfüllt",
  "wrapUp.rating.partly": "Teilweise erfüllt",
  "wrapUp.rating.not": "Nicht erfüllt",
  "wrapUp.feedback.title": "Rückmeldung an das Gastprojekt",
  "wrapUp.feedback.none": "Noch keine Rückmeldung an das Gastprojekt erfasst.",
  "wrapUp.feedback.meta": "Gegeben am {date}; anwesend: {present}",
  "wrapUp.feedback.text": "Was dem Gastprojekt gesagt wurde",
  "wrapUp.feedback.date": "Datum",
  "wrapUp.feedback.present": "Wer anwesend war",
  "wrapUp.feedback.save": "Rückmeldung speichern",
  "wrapUp.feedback.saved": "Rückmeldung gespeichert",
};
