import type { Message } from "../translate.ts";
import type { wrapUpMessages } from "./en.wrapUp.ts";

/** Spanish messages of the visit's daily wrap-up and the feedback to the host; spread into es.ts. */
export const wrapUpMessagesEs: Record<keyof typeof wrapUpMessages, Message> = {
  "wrapUp.title": "Balance diario",
  "wrapUp.intro": "Al final de cada día de visita, el equipo registra una valoración provisional por factor. La última columna es la valoración final del equipo.",
  "wrapUp.noVisit": "Fije las fechas de la visita para registrar el balance diario.",
  "wrapUp.matrix": "Valoraciones provisionales por factor y día de visita",
  "wrapUp.factor": "Factor crítico",
  "wrapUp.day": "Día {number}",
  "wrapUp.final": "Valoración del equipo",
  "wrapUp.cellLabel": "Factor {factor}, día {day}",
  "wrapUp.changed": "cambiada desde el día {day}",
  "wrapUp.rating.none": "Ninguna",
  "wrapUp.rating.wholly": "Se cumple totalmente",
  "wrapUp.rating.partly": "Se cumple parcialmente",
  "wrapUp.rating.not": "No se cumple",
  "wrapUp.feedback.title": "Devolución al proyecto anfitrión",
  "wrapUp.feedback.none": "Todavía no se ha registrado ninguna devolución al proyecto anfitrión.",
  "wrapUp.feedback.meta": "Dada el {date}; presentes: {present}",
  "wrapUp.feedback.text": "Lo que se dijo al proyecto anfitrión",
  "wrapUp.feedback.date": "Fecha",
  "wrapUp.feedback.present": "Quiénes estuvieron presentes",
  "wrapUp.feedback.save": "Guardar devolución",
  "wrapUp.feedback.saved": "Devolución guardada",
};
