import type { Message } from "../translate.ts";
import type { selfMessages } from "./en.self.ts";

/** Spanish messages of the host self-assessment; spread into es.ts. */
export const selfMessagesEs: Record<keyof typeof selfMessages, Message> = {
  "self.title": "Autoevaluación del anfitrión",
  "self.lede": "Cómo se valora el proyecto anfitrión en este factor y qué evidencias ofrece al equipo.",
  "self.editable": "Puede editarla",
  "self.readOnlyBadge": "Solo lectura",
  "self.loading": "Abriendo la autoevaluación…",
  "self.readOnly.peer": "Solo los anfitriones y la moderación redactan la autoevaluación. Usted la ve en directo mientras la redactan.",
  "self.readOnly.partner": "Solo los anfitriones y la moderación redactan la autoevaluación. Usted la sigue en directo.",
  "self.readOnly.other": "Su función le permite leer la autoevaluación, pero no modificarla.",
  "self.writeRejected.title": "No se han aceptado los cambios en su autoevaluación",
  "self.writeRejected.text":
    "El servidor los ha rechazado, probablemente porque ha cambiado su función en esta revisión. Recargue la página para ver el estado actual.",

  "self.rating.label": "Valoración del anfitrión",
  "self.rating.mine": "Su valoración",
  "self.rating.none": "El anfitrión aún no ha valorado este factor.",
  "self.rating.set": "Valoración del anfitrión: {rating}",
  "self.rating.cleared": "Valoración del anfitrión borrada",

  "self.compare.title": "Anfitrión y equipo",
  "self.compare.differs": "El anfitrión lo valora como «{self}»; el equipo, como «{team}».",
  "self.compare.higher": "El anfitrión valora el proyecto por encima de la valoración del equipo.",
  "self.compare.lower": "El anfitrión valora el proyecto por debajo de la valoración del equipo.",
  "self.compare.same": "El anfitrión y el equipo coinciden: {rating}.",
  "self.compare.noTeam": "El anfitrión lo valora como «{self}»; el equipo aún no ha registrado ninguna valoración.",
  "self.compare.noSelf": "El equipo lo valora como «{team}»; el anfitrión aún no lo ha valorado.",

  "self.note.label": "Nota del anfitrión",
  "self.note.hint":
    "Se guarda mientras escribe y se comparte en directo; si otras personas escriben a la vez, se conservan sus palabras. Hasta {max} caracteres.",
  "self.note.none": "Aún no hay ninguna nota.",

  "self.evidence.title": "Evidencias que ofrece el anfitrión",
  "self.evidence.none": "Aún no se ha ofrecido ninguna evidencia.",
  "self.evidence.text": "Qué ofrece el anfitrión",
  "self.evidence.textHint": "Un documento, un contacto, un lugar que visitar… hasta {max} caracteres.",
  "self.evidence.link": "Enlace (opcional)",
  "self.evidence.linkHint": "Una dirección web que empiece por https:// o http://",
  "self.evidence.add": "Ofrecer evidencia",
  "self.evidence.remove": "Quitar",
  "self.evidence.removeLabel": "Quitar la evidencia ofrecida: {text}",
  "self.evidence.added": "Evidencia ofrecida",
  "self.evidence.removed": "Evidencia ofrecida quitada",
  "self.evidence.textRequired": "Describa la evidencia.",
  "self.evidence.linkInvalid": "Utilice una dirección web que empiece por http:// o https://",

  "self.updated": "Último cambio de {name} el {date}",

  "self.banner.title": "El tablero es de solo lectura para usted; su autoevaluación no",
  "self.banner.factor":
    "Valore este factor desde su perspectiva, añada una nota y ofrezca evidencias en el panel de autoevaluación, debajo de la valoración del equipo.",
  "self.banner.factorLink": "Ir a su autoevaluación",
  "self.banner.overview":
    "Abra un factor para introducir su autoevaluación. Si su valoración difiere de la del equipo, la ficha del factor lo indica.",

  "self.marker": "Anfitrión: {rating}",
};
