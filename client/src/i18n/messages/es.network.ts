import type { Message } from "../translate.ts";
import type { networkMessages } from "./en.network.ts";

/** Spanish messages of network roles and the administrator's members page; spread into es.ts. */
export const networkMessagesEs: Record<keyof typeof networkMessages, Message> = {
  "network.nav": "Red",
  "network.title": "Miembros de la red",
  "network.lede":
    "Todas las personas con cuenta en esta red y lo que pueden hacer en las revisiones. Solo la administración ve esta página.",
  "network.loading": "Cargando los miembros de la red…",
  "network.failed": "No se han podido cargar los miembros de la red",
  "network.forbidden": "Solo la administración gestiona los miembros de la red.",
  "network.table.caption": "Cuentas y sus funciones en la red",
  "network.table.name": "Nombre",
  "network.table.email": "Correo electrónico",
  "network.table.role": "Función en la red",
  "network.table.since": "Fecha de alta",
  "network.role.label": "Función en la red de {name}",
  "network.role.save": "Cambiar función",
  "network.role.saveFor": "Cambiar la función en la red de {name}",
  "network.role.saving": "Cambiando…",
  "network.role.saved": "{name} tiene ahora la función: {role}.",
  "network.role.you": "(usted)",
  "network.lastAdministrator": "Es la única persona con la función de administración: asigne esa función a otra persona antes de cambiar esta.",
  "network.roles.heading": "Qué puede hacer cada función",

  "networkRole.administrator": "Administración",
  "networkRole.moderator": "Moderación de la red",
  "networkRole.member": "Miembro",
  "networkRole.administrator.description":
    "Gestiona los miembros de la red y sus funciones; también puede hacer todo lo que hace la moderación de la red.",
  "networkRole.moderator.description": "Crea revisiones, redacta todos los documentos de políticas y gestiona los marcos de referencia.",
  "networkRole.member.description":
    "Participa en las revisiones a las que se le invita, lee y comenta los documentos de políticas y redacta aquellos de los que es autor.",

  "reviews.list.memberNote":
    "Las revisiones las crea la moderación de la red. Pregunte a la administración de su red si debe dirigir una; las revisiones a las que se le invite aparecerán aquí.",
  "reviews.empty.member": "Cuando la moderación le invite a una revisión, aparecerá aquí.",
};
