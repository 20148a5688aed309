import type { Message } from "../translate.ts";
import type { selfMessages } from "./en.self.ts";

/** German messages of the host self-assessment; spread into the catalogue in de.ts. */
export const selfMessagesDe: Record<keyof typeof selfMessages, Message> = {
  "self.title": "Selbsteinschätzung des Gastgebers",
  "self.lede": "Wie sich das Gastprojekt bei diesem Faktor selbst einschätzt und welche Belege es dem Team anbietet.",
  "self.editable": "Sie können dies bearbeiten",
  "self.readOnlyBadge": "Nur lesen",
  "self.loading": "Selbsteinschätzung wird geöffnet…",
  "self.readOnly.peer": "Nur der Gastgeber und die Moderation schreiben die Selbsteinschätzung. Sie sehen live, wie sie entsteht.",
  "self.readOnly.partner": "Nur der Gastgeber und die Moderation schreiben die Selbsteinschätzung. Sie verfolgen sie live.",
  "self.readOnly.other": "Mit Ihrer Rolle können Sie die Selbsteinschätzung lesen, aber nicht ändern.",
  "self.writeRejected.title": "Ihre Änderungen an der Selbsteinschätzung wurden nicht übernommen",
  "self.writeRejected.text":
    "Der Server hat sie abgelehnt, vermutlich weil sich Ihre Rolle in diesem Review geändert hat. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.",

  "self.rating.label": "Bewertung des Gastgebers",
  "self.rating.mine": "Ihre Bewertung",
  "self.rating.none": "Der Gastgeber hat diesen Faktor noch nicht bewertet.",
  "self.rating.set": "Bewertung des Gastgebers: {rating}",
  "self.rating.cleared": "Bewertung des Gastgebers entfernt",

  "self.compare.title": "Gastgeber und Team",
  "self.compare.differs": "Bewertung des Gastgebers: {self}; des Teams: {team}.",
  "self.compare.higher": "Der Gastgeber bewertet das Projekt höher als das Team.",
  "self.compare.lower": "Der Gastgeber bewertet das Projekt niedriger als das Team.",
  "self.compare.same": "Gastgeber und Team sind sich einig: {rating}.",
  "self.compare.noTeam": "Bewertung des Gastgebers: {self}; das Team hat noch keine Bewertung erfasst.",
  "self.compare.noSelf": "Bewertung des Teams: {team}; der Gastgeber hat noch nicht bewertet.",

  "self.note.label": "Anmerkung des Gastgebers",
  "self.note.hint":
    "Wird beim Tippen gespeichert und live geteilt; wer gleichzeitig schreibt, behält seinen Text. Höchstens {max} Zeichen.",
  "self.note.none": "Noch keine Anmerkung.",

  "self.evidence.title": "Vom Gastgeber angebotene Belege",
  "self.evidence.none": "Noch keine Belege angeboten.",
  "self.evidence.text": "Was der Gastgeber anbietet",
  "self.evidence.textHint": "Ein Dokument, ein Kontakt, ein Ort für einen Besuch… höchstens {max} Zeichen.",
  "self.evidence.link": "Webadresse (optional)",
  "self.evidence.linkHint": "Eine Webadresse, die mit https:// oder http:// beginnt",
  "self.evidence.add": "Beleg anbieten",
  "self.evidence.remove": "Entfernen",
  "self.evidence.removeLabel": "Angebotenen Beleg entfernen: {text}",
  "self.evidence.added": "Beleg angeboten",
  "self.evidence.removed": "Angebotener Beleg entfernt",
  "self.evidence.textRequired": "Beschreiben Sie den Beleg.",
  "self.evidence.linkInvalid": "Verwenden Sie eine Webadresse, die mit http:// oder https:// beginnt",

  "self.updated": "Zuletzt geändert von {name} am {date}",

  "self.banner.title": "Die Belegtafel ist für Sie schreibgeschützt, Ihre Selbsteinschätzung nicht",
  "self.banner.factor":
    "Bewerten Sie diesen Faktor selbst, ergänzen Sie eine Anmerkung und bieten Sie Belege an – im Bereich Selbsteinschätzung unter der Teambewertung.",
  "self.banner.factorLink": "Zu Ihrer Selbsteinschätzung",
  "self.banner.overview":
    "Öffnen Sie einen Faktor, um Ihre Selbsteinschätzung einzutragen. Weicht Ihre Bewertung von der des Teams ab, zeigt die Faktorkarte dies an.",

  "self.marker": "Gastgeber: {rating}",
};
