import type { Message } from "../translate.ts";
import type { notificationsMessages } from "./en.notifications.ts";

/** German messages of the notifications. */
export const notificationsMessagesDe: Record<keyof typeof notificationsMessages, Message> = {
  "notifications.bell": "Benachrichtigungen",
  "notifications.bellUnread": { one: "Benachrichtigungen, {count} ungelesen", other: "Benachrichtigungen, {count} ungelesen" },
  "notifications.arrived": { one: "Neue Benachrichtigung: {count} ungelesen", other: "Neue Benachrichtigung: {count} ungelesen" },
  "notifications.title": "Benachrichtigungen",
  "notifications.unreadCount": { one: "{count} ungelesene Benachrichtigung.", other: "{count} ungelesene Benachrichtigungen." },
  "notifications.allRead": "Sie haben alles gelesen.",
  "notifications.empty": "Noch nichts. Erwähnungen, Antworten in Ihren Threads, Reviews, zu denen Sie hinzugefügt werden, und Statusänderungen eines Berichts erscheinen hier.",
  "notifications.markAll": "Alle als gelesen markieren",
  "notifications.more": "Ältere anzeigen",
  "notifications.unreadMark": "Ungelesen:",
  "notifications.kind.mention": "{name} hat Sie in einem Kommentar zu „{title}“ erwähnt",
  "notifications.kind.reply": "{name} hat in einem Thread zu „{title}“ geantwortet",
  "notifications.kind.invitation": "{name} hat Sie dem Review „{title}“ als {role} hinzugefügt",
  "notifications.kind.report_status": "{name} hat den Bericht zu „{title}“ auf {status} gesetzt",
  "notifications.kind.recommendation_decision": "{name} hat zu einer Empfehlung von „{title}“ „{decision}“ entschieden",
  "notifications.settings.heading": "Benachrichtigungen",
  "notifications.settings.lede": "Ihre Benachrichtigungen finden Sie immer hinter der Glocke oben. Sie können zusätzlich per E-Mail kommen.",
  "notifications.settings.email": "Benachrichtigungen auch per E-Mail senden",
  "notifications.settings.savedOn": "Benachrichtigungen kommen jetzt auch per E-Mail.",
  "notifications.settings.savedOff": "Keine E-Mails mehr; die Benachrichtigungen bleiben im Posteingang.",
};
