import type { Message } from "../translate.ts";
import type { a11yMessages } from "./en.a11y.ts";

/** Spanish messages of the announcer, focus and keyboard paths; spread into the catalogue in es.ts. */
export const a11yMessagesEs: Record<keyof typeof a11yMessages, Message> = {
  "a11y.connection.offline": "Está sin conexión. Sus cambios se guardan en este dispositivo y se enviarán cuando vuelva la conexión.",
  "a11y.connection.online": "De nuevo en línea. Sus cambios están guardados.",
  "a11y.connection.failed": "No se pudieron guardar sus cambios. {reason}",
  "a11y.remote.cards": { one: "{name} añadió una tarjeta", other: "{name} añadió {count} tarjetas" },
  "a11y.remote.comments": { one: "{name} comentó", other: "{name} añadió {count} comentarios" },
  "a11y.remote.votes": { one: "{name} votó", other: "{name} emitió {count} votos" },
  "a11y.remote.someone": "Un miembro del equipo",
  "a11y.palette.open": "Vincular la selección a un factor…",
  "a11y.palette.title": "Vincular la selección a un factor",
  "a11y.palette.filter": "Buscar un factor",
  "a11y.palette.factors": "Factores",
  "a11y.palette.hint": "Escriba para filtrar, use las flechas para elegir, Intro para vincular y Escape para volver al informe.",
  "a11y.palette.empty": "Ningún factor coincide.",
  "a11y.palette.count": { one: "{count} factor", other: "{count} factores" },
  "a11y.palette.noSelection": "Seleccione primero un texto del informe y pulse Ctrl+Mayús+F para vincularlo a un factor.",
};
