import type { Message } from "../translate.ts";
import type { MessageKey } from "./en.ts";
import type { apiErrorMessages } from "./en.apiErrors.ts";
import type { benchmarksMessages } from "./en.benchmarks.ts";
import type { boardMessages } from "./en.board.ts";
import type { commentsMessages } from "./en.comments.ts";
import type { exportMessages } from "./en.export.ts";
import type { historyMessages } from "./en.history.ts";
import type { networkMessages } from "./en.network.ts";
import type { papersMessages } from "./en.papers.ts";
import type { selfMessages } from "./en.self.ts";
import type { setupMessages } from "./en.setup.ts";
import type { sidebarMessages } from "./en.sidebar.ts";
import type { workflowMessages } from "./en.workflow.ts";

type FeatureKey =
  | keyof typeof apiErrorMessages
  | keyof typeof benchmarksMessages
  | keyof typeof boardMessages
  | keyof typeof commentsMessages
  | keyof typeof exportMessages
  | keyof typeof historyMessages
  | keyof typeof networkMessages
  | keyof typeof papersMessages
  | keyof typeof selfMessages
  | keyof typeof setupMessages
  | keyof typeof sidebarMessages
  | keyof typeof workflowMessages;

/** Spanish messages of the keys written directly in en.ts (app shell, auth, reviews, report); spread into es.ts. */
export const appMessagesEs: Record<Exclude<MessageKey, FeatureKey>, Message> = {
  "app.name": "Espacio de revisión por pares",
  "language.label": "Idioma",
  "app.documentTitle": "{page} · Espacio de revisión por pares",
  "app.loading": "Cargando…",
  "app.unavailable": "No se ha podido acceder al espacio de trabajo",

  "common.cancel": "Cancelar",
  "common.close": "Cerrar",
  "common.retry": "Reintentar",

  "error.network": "No se ha podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.",
  "error.server": "Se ha producido un error en el servidor. Inténtelo de nuevo dentro de un momento.",
  "error.badResponse":
    "El servidor ha enviado una respuesta que esta versión de la aplicación no entiende. Recargue la página para obtener la versión más reciente.",
  "error.unexpected": "Se ha producido un error inesperado. Inténtelo de nuevo.",

  "validation.emailRequired": "Introduzca su dirección de correo electrónico.",
  "validation.emailInvalid": "Introduzca una dirección de correo electrónico válida, como nombre@example.org.",
  "validation.passwordRequired": "Introduzca su contraseña.",
  "validation.passwordTooShort": "Utilice al menos {min} caracteres.",
  "validation.nameRequired": "Introduzca su nombre.",
  "validation.tooLong": "No supere los {max} caracteres.",

  "role.moderator": "Moderación",
  "role.peer": "Par revisor",
  "role.host": "Anfitrión",
  "role.partner": "Socio",
  "role.moderator.description": "Dirige el equipo revisor, edita el informe y gestiona los miembros.",
  "role.peer.description": "Recopila evidencias y redacta el informe de conclusiones junto con el equipo.",
  "role.host.description": "Trabaja en el proyecto revisado; lee el informe en directo y comenta el borrador.",
  "role.partner.description": "Miembro de la red que sigue la revisión en directo y la comenta.",

  "shell.skipToContent": "Saltar al contenido principal",
  "shell.home": "Espacio de revisión por pares, ir a Mis revisiones",
  "shell.navigation": "Principal",
  "shell.signedInAs": "Sesión iniciada como {name} ({email})",
  "shell.signOut": "Cerrar sesión",

  "auth.pitch":
    "Los equipos revisores, los anfitriones y los socios redactan juntos las conclusiones de la revisión por pares en tiempo real, con o sin conexión.",
  "auth.email": "Correo electrónico",
  "auth.password": "Contraseña",
  "auth.name": "Nombre y apellidos",
  "auth.signIn.title": "Iniciar sesión",
  "auth.signIn.lede": "Le damos de nuevo la bienvenida. Inicie sesión para continuar con sus revisiones.",
  "auth.signIn.submit": "Iniciar sesión",
  "auth.signIn.submitting": "Iniciando sesión…",
  "auth.signIn.noAccount": "¿Primera vez en el espacio de trabajo?",
  "auth.signIn.toRegister": "Crear una cuenta",
  "auth.register.title": "Cree su cuenta",
  "auth.register.lede": "Participe en las revisiones por pares de su red de aprendizaje.",
  "auth.register.passwordHint": "Al menos {min} caracteres. Una frase corta es fácil de recordar.",
  "auth.register.submit": "Crear cuenta",
  "auth.register.submitting": "Creando la cuenta…",
  "auth.register.haveAccount": "¿Ya tiene una cuenta?",
  "auth.register.toSignIn": "Iniciar sesión",
  "auth.expired.title": "Su sesión ha finalizado",
  "auth.expired.text":
    "Vuelva a iniciar sesión para continuar. Los cambios que ha hecho se conservan en este dispositivo y se guardarán cuando vuelva.",
  "auth.demo.title": "¿Quiere probar la demostración?",
  "auth.demo.hint": "Demostración: {email} / {password}. La misma contraseña sirve para todas las cuentas de demostración:",
  "auth.demo.use": "Rellenar con la cuenta de demostración {email} ({role})",

  "notFound.title": "Página no encontrada",
  "notFound.text": "No hay nada en esta dirección. Es posible que se haya trasladado o que el enlace esté incompleto.",
  "notFound.home": "Ir a Mis revisiones",

  "reviews.list.title": "Mis revisiones",
  "reviews.list.lede": "Revisiones por pares en las que participa, de la más reciente a la más antigua.",
  "reviews.list.new": "Nueva revisión",
  "reviews.list.loading": "Cargando sus revisiones…",
  "reviews.list.failed": "No se han podido cargar sus revisiones",
  "reviews.list.count": { one: "{count} revisión", other: "{count} revisiones" },
  "reviews.card.hostProject": "Proyecto anfitrión:",
  "reviews.card.yourRole": "Su función:",
  "reviews.card.created": "Creada el {date}",
  "reviews.empty.title": "Aún no hay revisiones",
  "reviews.empty.text":
    "Inicie una revisión para redactar su informe de conclusiones junto con su equipo. Podrá añadir miembros una vez creada.",
  "reviews.new.title": "Nueva revisión",
  "reviews.new.description": "Usted asumirá la moderación de la revisión y podrá añadir al equipo después.",
  "reviews.new.titleLabel": "Título",
  "reviews.new.titleHint": "Por ejemplo: Revisión por pares de Itinerarios hacia el Empleo, primavera de 2026",
  "reviews.new.titleRequired": "Indique un título para la revisión.",
  "reviews.new.hostProjectLabel": "Proyecto anfitrión",
  "reviews.new.hostProjectHint": "El proyecto que se revisa y dónde se desarrolla.",
  "reviews.new.hostProjectRequired": "Indique el proyecto anfitrión.",
  "reviews.new.submit": "Crear revisión",
  "reviews.new.submitting": "Creando…",

  "review.back": "Volver a Mis revisiones",
  "review.loading": "Cargando la revisión…",
  "review.failed": "No se ha podido cargar esta revisión",
  "review.notFound.title": "Revisión no encontrada",
  "review.notFound.text": "Esta revisión no existe o usted no es miembro de ella. Pida a la moderación que le añada.",
  "review.breadcrumb": "Ruta de navegación",
  "review.hostProject": "Proyecto anfitrión: {project}",
  "review.facts": "Acerca de esta revisión",
  "review.sidebar": "Equipo revisor",

  "members.title": "Miembros",
  "members.count": { one: "{count} miembro", other: "{count} miembros" },
  "members.you": "(usted)",
  "members.add.title": "Añadir un miembro",
  "members.add.email": "Correo electrónico",
  "members.add.role": "Función",
  "members.add.submit": "Añadir miembro",
  "members.add.submitting": "Añadiendo…",
  "members.add.done":
    "Hecho: {email} forma parte del equipo con la función {role} si tiene una cuenta aquí; si no, en Invitaciones figura ahora una invitación para esa dirección. Envíele su enlace.",

  "report.title": "Informe de conclusiones",
  "report.loading": "Abriendo el informe…",
  "report.readOnly.title": "Está leyendo este informe",
  "report.readOnly.host":
    "Como anfitrión de esta revisión, puede seguir el informe en directo mientras el equipo de pares lo redacta y comentarlo: seleccione un pasaje y elija Comentar. Solo la moderación y los pares revisores editan el texto.",
  "report.readOnly.partner":
    "Como socio de esta revisión, puede seguir el informe en directo y comentarlo: seleccione un pasaje y elija Comentar. Solo la moderación y los pares revisores editan el texto.",
  "report.readOnly.other": "Su función en esta revisión le permite leer el informe en directo, pero no editarlo.",
  "report.writeRejected.title": "No se han aceptado sus cambios",
  "report.writeRejected.text":
    "El servidor solo le permite leer este informe, por lo que los cambios que haga aquí no llegarán a los demás. Recargue la página para ver el texto actual.",
  "report.closed.forbidden.title": "Ya no tiene acceso a este informe",
  "report.closed.forbidden.text":
    "El servidor ha cerrado la conexión. Pida a la moderación de la revisión que compruebe su pertenencia al equipo y recargue la página.",
  "report.closed.notFound.title": "No se ha encontrado este informe",
  "report.closed.notFound.text": "El servidor no reconoce este documento. Es posible que se haya eliminado.",

  "collab.status.connecting": "Conectando…",
  "collab.status.connecting.detail": "Abriendo una conexión en directo con el informe.",
  "collab.status.syncing": "Sincronizando…",
  "collab.status.syncing.detail": "Enviando sus últimos cambios y esperando a que el servidor confirme que se han guardado.",
  "collab.status.saved": "Guardado",
  "collab.status.saved.detail": "Todos sus cambios están guardados en el servidor y compartidos con todas las personas.",
  "collab.status.live": "En directo",
  "collab.status.live.detail": "Conectado: ve cada cambio en el momento en que se hace.",
  "collab.status.reconnecting": "Reconectando…",
  "collab.status.reconnecting.detail":
    "Se ha perdido la conexión. Siga trabajando: sus cambios se conservan y se enviarán cuando se restablezca.",
  "collab.status.offline": "Sin conexión: cambios guardados en este dispositivo",
  "collab.status.offline.detail":
    "No se puede acceder al servidor. Sus cambios se guardan en este navegador y se combinarán con los de las demás personas cuando se vuelva a conectar.",
  "collab.status.signedOut": "Sesión cerrada",
  "collab.status.signedOut.detail": "Su sesión ha finalizado. Vuelva a iniciar sesión para continuar.",
  "collab.status.forbidden": "Sin acceso",
  "collab.status.forbidden.detail": "El servidor ha denegado el acceso a este documento para su cuenta.",
  "collab.status.notFound": "No disponible",
  "collab.status.notFound.detail": "El servidor no reconoce este documento.",
  "collab.status.tooManyConnections": "Demasiadas pestañas abiertas",
  "collab.status.tooManyConnections.detail":
    "Su cuenta tiene demasiadas conexiones en directo abiertas (otras pestañas, ventanas o dispositivos). Cierre algunas; esta página se volverá a conectar por sí sola.",
  "collab.status.slowedDown": "En pausa: demasiados cambios a la vez",
  "collab.status.slowedDown.detail":
    "Ha enviado en poco tiempo más cambios de los que acepta el servidor. Sus cambios se conservan en este dispositivo y se volverán a enviar en un momento.",
  "collab.status.tooLarge": "Cambio demasiado grande para guardarlo",
  "collab.status.tooLarge.detail":
    "Su último cambio es demasiado grande para que el servidor lo guarde (por ejemplo, un texto pegado muy largo). Deshágalo o añádalo por partes y, después, recargue la página.",

  "presence.label": { one: "{count} persona en este informe", other: "{count} personas en este informe" },
  "presence.self": "{name} (usted), {role}",
  "presence.other": "{name}, {role}",
  "presence.more": { one: "{count} más: {names}", other: "{count} más: {names}" },

  "editor.toolbar.label": "Formato",
  "editor.toolbar.withShortcut": "{label} ({shortcut})",
  "editor.toolbar.undo": "Deshacer",
  "editor.toolbar.redo": "Rehacer",
  "editor.toolbar.heading1": "Título 1",
  "editor.toolbar.heading2": "Título 2",
  "editor.toolbar.heading3": "Título 3",
  "editor.toolbar.heading1.short": "T1",
  "editor.toolbar.heading2.short": "T2",
  "editor.toolbar.heading3.short": "T3",
  "editor.toolbar.bold": "Negrita",
  "editor.toolbar.italic": "Cursiva",
  "editor.toolbar.bulletList": "Lista con viñetas",
  "editor.toolbar.orderedList": "Lista numerada",
  "editor.toolbar.blockquote": "Cita",
  "editor.empty.editable":
    "Comience el informe de conclusiones: una sección por factor crítico con las evidencias y su valoración y, después, las conclusiones y recomendaciones.",
  "editor.empty.readOnly":
    "Aún no se ha escrito nada. El informe aparece aquí, en directo, a medida que el equipo revisor lo redacta.",
  "editor.wordCount": { one: "{count} palabra", other: "{count} palabras" },
  "editor.toolbarTip": "Alt+F10 lleva a la barra de herramientas",
};
