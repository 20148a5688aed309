import type { Message } from "../translate.ts";
import type { notificationsMessages } from "./en.notifications.ts";

/** Spanish messages of the notifications. */
export const notificationsMessagesEs: Record<keyof typeof notificationsMessages, Message> = {
  "notifications.bell": "Notificaciones",
  "notifications.bellUnread": { one: "Notificaciones, {count} sin leer", other: "Notificaciones, {count} sin leer" },
  "notifications.arrived": { one: "Nueva notificación: {count} sin leer", other: "Nueva notificación: {count} sin leer" },
  "notifications.title": "Notificaciones",
  "notifications.unreadCount": { one: "{count} notificación sin leer.", other: "{count} notificaciones sin leer." },
  "notifications.allRead": "Lo has leído todo.",
  "notifications.empty": "Nada todavía. Aquí aparecerán las menciones, las respuestas en tus hilos, las revisiones a las que te añadan y los cambios de estado de un informe.",
  "notifications.markAll": "Marcar todo como leído",
  "notifications.more": "Mostrar anteriores",
  "notifications.unreadMark": "Sin leer:",
  "notifications.kind.mention": "{name} te mencionó en un comentario sobre «{title}»",
  "notifications.kind.reply": "{name} respondió en un hilo sobre «{title}»",
  "notifications.kind.invitation": "{name} te añadió a la revisión «{title}» como {role}",
  "notifications.kind.report_status": "{name} cambió el informe de «{title}» a {status}",
  "notifications.kind.recommendation_decision": "{name} decidió «{decision}» sobre una recomendación de «{title}»",
  "notifications.settings.heading": "Notificaciones",
  "notifications.settings.lede": "Tus notificaciones están siempre en la bandeja tras la campana de arriba. También pueden llegarte por correo.",
  "notifications.settings.email": "Enviar también mis notificaciones por correo",
  "notifications.settings.savedOn": "Las notificaciones también llegarán por correo.",
  "notifications.settings.savedOff": "No más correos; las notificaciones siguen en la bandeja.",
};
