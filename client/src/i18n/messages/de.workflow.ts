import type { Message } from "../translate.ts";
import type { workflowMessages } from "./en.workflow.ts";

/** German messages of the report workflow and the host's decisions; spread into the catalogue in de.ts. */
export const workflowMessagesDe: Record<keyof typeof workflowMessages, Message> = {
  "workflow.status.label": "Berichtsstatus",
  "workflow.status.draft": "Entwurf",
  "workflow.status.host_review": "Durchsicht durch Gastgeber",
  "workflow.status.final": "Abgeschlossen",
  "workflow.status.changed": "Seit {date} · gesetzt von {name}",
  "workflow.status.changedNoName": "Seit {date}",
  "workflow.status.never": "Seit Beginn des Reviews",

  "workflow.action.host_review": "An Gastgeber senden",
  "workflow.action.final": "Abschließen",
  "workflow.action.draft": "Zurück zum Entwurf",
  "workflow.action.reopen": "Wieder öffnen",
  "workflow.action.busy": "Wird gespeichert…",
  "workflow.actions": "Aktionen zum Berichtsstatus",

  "workflow.confirm.host_review.title": "Entwurf an den Gastgeber senden?",
  "workflow.confirm.host_review.text":
    "Der Gastgeber sieht einen Hinweis, dass der Entwurf der Ergebnisse auf seine Kommentare wartet. Peers können weiter bearbeiten; Gastgeber und Netzwerkpartner kommentieren, bearbeiten aber nicht.",
  "workflow.confirm.final.title": "Bericht abschließen?",
  "workflow.confirm.final.text":
    "Der Bericht wird für alle schreibgeschützt, auch für Sie, und ein Stand wird im Versionsverlauf gespeichert. Der Gastgeber kann dann zu jeder Empfehlung seine Entscheidung festhalten. Sie können den Bericht später wieder öffnen; das Wiederöffnen wird protokolliert.",
  "workflow.confirm.draft.title": "Bericht zurück in den Entwurf setzen?",
  "workflow.confirm.draft.text": "Der Hinweis zur Durchsicht verschwindet für den Gastgeber. Peers und Moderation bearbeiten weiter wie bisher.",
  "workflow.confirm.reopen.title": "Abgeschlossenen Bericht wieder öffnen?",
  "workflow.confirm.reopen.text":
    "Der Bericht wird wieder ein Entwurf, den Moderation und Peers bearbeiten können. Das Wiederöffnen wird mit Ihrem Namen protokolliert; die abgeschlossene Version bleibt im Verlauf.",
  "workflow.error": "Der Status konnte nicht geändert werden: {message}",

  "workflow.final.title": "Dieser Bericht ist abgeschlossen",
  "workflow.final.text": "Er ist für alle schreibgeschützt. Die Moderation kann ihn als Entwurf wieder öffnen; das Wiederöffnen wird protokolliert.",
  "workflow.hostReview.title": "Der Entwurf der Ergebnisse wartet auf Ihre Kommentare",
  "workflow.hostReview.text":
    "Das Review-Team hat Ihnen den Entwurf des Ergebnisberichts gesendet. Lesen Sie ihn und kommentieren Sie die Textstellen, die Sie besprechen möchten.",
  "workflow.hostReview.open": "Bericht öffnen",
  "workflow.hostReview.team": "Der Entwurf liegt dem Gastgeber zur Kommentierung vor. Peers können weiter bearbeiten.",

  "workflow.history.toggle": "Statusverlauf",
  "workflow.history.empty": "Der Status hat sich noch nicht geändert.",
  "workflow.history.entry": "{from} → {to}",
  "workflow.history.by": "von {name}",
  "workflow.history.failed": "Der Verlauf konnte nicht geladen werden.",

  "workflow.recommendation.label": "Empfehlung",
  "workflow.recommendation.toggle": "Als Empfehlung markieren",

  "workflow.decisions.title": "Entscheidungen des Gastgebers zu den Empfehlungen",
  "workflow.decisions.intro": "Das Projekt entscheidet, wie es die Ergebnisse des Reviews umsetzt: eine Entscheidung je Empfehlung.",
  "workflow.decisions.locked": "Verfügbar, sobald der Bericht abgeschlossen ist. Im Bericht markierte Empfehlungen erscheinen hier.",
  "workflow.decisions.reopened":
    "Der Bericht wurde wieder geöffnet. Die bisherigen Entscheidungen des Gastgebers bleiben erhalten und können geändert werden, sobald er wieder abgeschlossen ist.",
  "workflow.decisions.empty":
    "Der Bericht enthält noch keine Empfehlungen. Markieren Sie einen Absatz oder Listenpunkt über die Werkzeugleiste als Empfehlung.",
  "workflow.decisions.emptyReader": "Im Bericht sind noch keine Empfehlungen markiert.",
  "workflow.decisions.count": { one: "{count} Empfehlung", other: "{count} Empfehlungen" },
  "workflow.decisions.decided": "{decided} von {count} entschieden",
  "workflow.decisions.none": "Noch keine Entscheidung",
  "workflow.decisions.legend": "Entscheidung zu Empfehlung {index}",
  "workflow.decisions.take_forward": "Umsetzen",
  "workflow.decisions.consider": "Prüfen",
  "workflow.decisions.decline": "Ablehnen",
  "workflow.decisions.note": "Anmerkung (optional)",
  "workflow.decisions.noteHint": "Warum, wer, bis wann. Höchstens {max} Zeichen.",
  "workflow.decisions.save": "Entscheidung speichern",
  "workflow.decisions.clear": "Zurückziehen",
  "workflow.decisions.change": "Entscheidung ändern",
  "workflow.decisions.by": "Entschieden von {name} am {date}",
  "workflow.decisions.unknownPerson": "einem ehemaligen Mitglied",
  "workflow.decisions.readOnly": "Gastgeber und Moderation halten die Entscheidungen fest; alle im Review sehen sie.",
  "workflow.decisions.emptyText": "(leere Empfehlung)",
  "workflow.decisions.error": "Die Entscheidung konnte nicht gespeichert werden: {message}",
};
