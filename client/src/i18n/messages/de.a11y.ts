import type { Message } from "../translate.ts";
import type { a11yMessages } from "./en.a11y.ts";

/** German messages of the announcer, focus and keyboard paths; spread into the catalogue in de.ts. */
export const a11yMessagesDe: Record<keyof typeof a11yMessages, Message> = {
  "a11y.connection.offline": "Sie sind offline. Ihre Änderungen bleiben auf diesem Gerät und werden gesendet, sobald die Verbindung zurück ist.",
  "a11y.connection.online": "Wieder online. Ihre Änderungen sind gespeichert.",
  "a11y.connection.failed": "Ihre Änderungen konnten nicht gespeichert werden. {reason}",
  "a11y.remote.cards": { one: "{name} hat eine Karte hinzugefügt", other: "{name} hat {count} Karten hinzugefügt" },
  "a11y.remote.comments": { one: "{name} hat kommentiert", other: "{name} hat {count} Kommentare geschrieben" },
  "a11y.remote.votes": { one: "{name} hat abgestimmt", other: "{name} hat {count} Stimmen abgegeben" },
  "a11y.remote.someone": "Ein Teammitglied",
  "a11y.palette.open": "Auswahl mit einem Faktor verknüpfen…",
  "a11y.palette.title": "Auswahl mit einem Faktor verknüpfen",
  "a11y.palette.filter": "Faktor suchen",
  "a11y.palette.factors": "Faktoren",
  "a11y.palette.hint": "Tippen zum Filtern, Pfeiltasten zum Wählen, Eingabetaste zum Verknüpfen, Escape führt zurück zum Bericht.",
  "a11y.palette.empty": "Kein Faktor passt.",
  "a11y.palette.count": { one: "{count} Faktor", other: "{count} Faktoren" },
  "a11y.palette.noSelection": "Markieren Sie zuerst Text im Bericht und drücken Sie dann Strg+Umschalt+F, um ihn mit einem Faktor zu verknüpfen.",
};
