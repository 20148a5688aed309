import type { Message } from "../translate.ts";
import type { networkMessages } from "./en.network.ts";

/** German messages of network roles and the administrators' members page; spread into the catalogue in de.ts. */
export const networkMessagesDe: Record<keyof typeof networkMessages, Message> = {
  "network.nav": "Netzwerk",
  "network.title": "Mitglieder des Netzwerks",
  "network.lede":
    "Alle Personen mit einem Konto in diesem Netzwerk und was sie reviewübergreifend tun dürfen. Nur die Administration sieht diese Seite.",
  "network.loading": "Mitglieder des Netzwerks werden geladen…",
  "network.failed": "Die Mitglieder des Netzwerks konnten nicht geladen werden",
  "network.forbidden": "Nur die Administration verwaltet die Mitglieder des Netzwerks.",
  "network.table.caption": "Konten und ihre Netzwerkrollen",
  "network.table.name": "Name",
  "network.table.email": "E-Mail",
  "network.table.role": "Netzwerkrolle",
  "network.table.since": "Beigetreten",
  "network.role.label": "Netzwerkrolle von {name}",
  "network.role.save": "Rolle ändern",
  "network.role.saveFor": "Netzwerkrolle von {name} ändern",
  "network.role.saving": "Wird geändert…",
  "network.role.saved": "{name} hat jetzt die Rolle: {role}.",
  "network.role.you": "(Sie)",
  "network.lastAdministrator":
    "Einzige Person mit Administrationsrechten: Übertragen Sie diese Rolle zuerst einer anderen Person, bevor Sie sie hier ändern.",
  "network.roles.heading": "Was jede Rolle darf",

  "networkRole.administrator": "Administration",
  "networkRole.moderator": "Netzwerk-Moderation",
  "networkRole.member": "Mitglied",
  "networkRole.administrator.description":
    "Verwaltet die Mitglieder des Netzwerks und ihre Rollen; darf außerdem alles, was die Netzwerk-Moderation darf.",
  "networkRole.moderator.description": "Legt Reviews an, schreibt an allen Positionspapieren mit und verwaltet Benchmarks.",
  "networkRole.member.description":
    "Nimmt an den Reviews teil, zu denen die Person eingeladen ist, liest und kommentiert Positionspapiere und schreibt die eigenen Papiere.",

  "reviews.list.memberNote":
    "Reviews werden von der Netzwerk-Moderation angelegt. Wenn Sie eines leiten sollen, wenden Sie sich an die Administration Ihres Netzwerks; Reviews, zu denen Sie eingeladen sind, erscheinen hier.",
  "reviews.empty.member": "Sobald die Moderation Sie zu einem Review einlädt, erscheint es hier.",
};
