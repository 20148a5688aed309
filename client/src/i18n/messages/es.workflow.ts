import type { Message } from "../translate.ts";
import type { workflowMessages } from "./en.workflow.ts";

/** Spanish messages of the report workflow and the host's decisions; spread into es.ts. */
export const workflowMessagesEs: Record<keyof typeof workflowMessages, Message> = {
  "workflow.status.label": "Estado del informe",
  "workflow.status.draft": "Borrador",
  "workflow.status.host_review": "Revisión del anfitrión",
  "workflow.status.final": "Definitivo",
  "workflow.status.changed": "Desde el {date} · por {name}",
  "workflow.status.changedNoName": "Desde el {date}",
  "workflow.status.never": "Desde el inicio de la revisión",

  "workflow.action.host_review": "Enviar al anfitrión",
  "workflow.action.final": "Finalizar",
  "workflow.action.draft": "Volver a borrador",
  "workflow.action.reopen": "Reabrir",
  "workflow.action.busy": "Guardando…",
  "workflow.actions": "Acciones del flujo de trabajo del informe",

  "workflow.confirm.host_review.title": "¿Enviar el borrador al anfitrión?",
  "workflow.confirm.host_review.text":
    "Los anfitriones verán un aviso de que el borrador de conclusiones está pendiente de sus comentarios. Los pares revisores pueden seguir editando; los anfitriones y los socios comentan, pero no editan.",
  "workflow.confirm.final.title": "¿Finalizar el informe?",
  "workflow.confirm.final.text":
    "El informe pasa a ser de solo lectura para todas las personas, también para usted, y se guarda una instantánea en el historial de versiones. Los anfitriones podrán entonces registrar su decisión sobre cada recomendación. Podrá reabrirlo más adelante; la reapertura queda registrada.",
  "workflow.confirm.draft.title": "¿Devolver el informe a borrador?",
  "workflow.confirm.draft.text":
    "El aviso de revisión desaparece para los anfitriones. Los pares revisores y la moderación siguen editando como antes.",
  "workflow.confirm.reopen.title": "¿Reabrir el informe definitivo?",
  "workflow.confirm.reopen.text":
    "El informe vuelve a ser un borrador que la moderación y los pares revisores pueden editar. La reapertura queda registrada con su nombre; la versión definitiva se mantiene en el historial.",
  "workflow.error": "No se ha podido cambiar el estado: {message}",

  "workflow.final.title": "Este informe es definitivo",
  "workflow.final.text":
    "Es de solo lectura para todas las personas. La moderación puede reabrirlo como borrador; la reapertura queda registrada.",
  "workflow.hostReview.title": "El borrador de conclusiones espera sus comentarios",
  "workflow.hostReview.text":
    "El equipo revisor le ha enviado el borrador del informe de conclusiones. Léalo y comente los pasajes que desee tratar.",
  "workflow.hostReview.open": "Abrir el informe",
  "workflow.hostReview.team": "El borrador está en manos del anfitrión para que lo comente. Los pares revisores pueden seguir editando.",

  "workflow.history.toggle": "Historial de estados",
  "workflow.history.empty": "El estado aún no ha cambiado.",
  "workflow.history.entry": "{from} → {to}",
  "workflow.history.by": "por {name}",
  "workflow.history.failed": "No se ha podido cargar el historial.",

  "workflow.recommendation.label": "Recomendación",
  "workflow.recommendation.toggle": "Marcar como recomendación",

  "workflow.decisions.title": "Decisiones del anfitrión sobre las recomendaciones",
  "workflow.decisions.intro":
    "El proyecto decide cómo da continuidad a los resultados de la revisión: una decisión por recomendación.",
  "workflow.decisions.locked":
    "Disponible cuando el informe sea definitivo. Las recomendaciones marcadas en el informe aparecerán aquí.",
  "workflow.decisions.reopened":
    "Se ha reabierto el informe. Las decisiones del anfitrión tomadas hasta ahora se conservan y podrán modificarse cuando vuelva a ser definitivo.",
  "workflow.decisions.empty":
    "El informe aún no tiene recomendaciones. Marque un párrafo o un elemento de lista como recomendación con la barra de herramientas.",
  "workflow.decisions.emptyReader": "El informe aún no tiene recomendaciones marcadas.",
  "workflow.decisions.count": { one: "{count} recomendación", other: "{count} recomendaciones" },
  "workflow.decisions.decided": "{decided} de {count} decididas",
  "workflow.decisions.none": "Aún sin decisión",
  "workflow.decisions.legend": "Decisión sobre la recomendación {index}",
  "workflow.decisions.take_forward": "Aplicar",
  "workflow.decisions.consider": "Estudiar",
  "workflow.decisions.decline": "Rechazar",
  "workflow.decisions.note": "Nota (opcional)",
  "workflow.decisions.noteHint": "Por qué, quién y para cuándo. Hasta {max} caracteres.",
  "workflow.decisions.save": "Guardar decisión",
  "workflow.decisions.clear": "Retirar",
  "workflow.decisions.change": "Cambiar decisión",
  "workflow.decisions.by": "Decidido por {name} el {date}",
  "workflow.decisions.unknownPerson": "un antiguo miembro",
  "workflow.decisions.readOnly": "Los anfitriones y la moderación registran las decisiones; todas las personas de la revisión las ven.",
  "workflow.decisions.emptyText": "(recomendación vacía)",
  "workflow.decisions.error": "No se ha podido guardar la decisión: {message}",
};
