import type { LocaleCode, NotificationPayload } from "@review/shared";

type Catalogue = {
  mention: (p: { actor: string; title: string }) => string;
  reply: (p: { actor: string; title: string }) => string;
  invitation: (p: { actor: string; title: string }) => string;
  report_status: (p: { actor: string; title: string; status: string }) => string;
  recommendation_decision: (p: { actor: string; title: string }) => string;
  open: string;
  settings: string;
};

const CATALOGUES: Record<LocaleCode, Catalogue> = {
  en: {
    mention: ({ actor, title }) => `${actor} mentioned you in a comment on “${title}”`,
    reply: ({ actor, title }) => `${actor} replied in a thread on “${title}”`,
    invitation: ({ actor, title }) => `${actor} added you to the review “${title}”`,
    report_status: ({ actor, title, status }) => `${actor} set the report of “${title}” to ${status}`,
    recommendation_decision: ({ actor, title }) => `${actor} decided on a recommendation of “${title}”`,
    open: "Open",
    settings: "You receive these e-mails because notifications by e-mail are on in your account settings.",
  },
  de: {
    mention: ({ actor, title }) => `${actor} hat Sie in einem Kommentar zu „${title}“ erwähnt`,
    reply: ({ actor, title }) => `${actor} hat in einem Thread zu „${title}“ geantwortet`,
    invitation: ({ actor, title }) => `${actor} hat Sie zum Review „${title}“ hinzugefügt`,
    report_status: ({ actor, title, status }) => `${actor} hat den Bericht zu „${title}“ auf ${status} gesetzt`,
    recommendation_decision: ({ actor, title }) => `${actor} hat über eine Empfehlung zu „${title}“ entschieden`,
    open: "Öffnen",
    settings: "Sie erhalten diese E-Mails, weil Benachrichtigungen per E-Mail in Ihren Kontoeinstellungen eingeschaltet sind.",
  },
  es: {
    mention: ({ actor, title }) => `${actor} te mencionó en un comentario sobre «${title}»`,
    reply: ({ actor, title }) => `${actor} respondió en un hilo sobre «${title}»`,
    invitation: ({ actor, title }) => `${actor} te añadió a la revisión «${title}»`,
    report_status: ({ actor, title, status }) => `${actor} cambió el estado del informe de «${title}» a ${status}`,
    recommendation_decision: ({ actor, title }) => `${actor} decidió sobre una recomendación de «${title}»`,
    open: "Abrir",
    settings: "Recibes estos correos porque las notificaciones por correo están activadas en tu cuenta.",
  },
};

/** Subject and text of the e-mail for one notification, in the recipient's language. */
export function emailText(locale: LocaleCode, payload: NotificationPayload, link: string): { subject: string; text: string } {
  const catalogue = CATALOGUES[locale];
  const params = { actor: payload.actorName, title: payload.title, status: payload.kind === "report_status" ? payload.status : "" };
  const subject = catalogue[payload.kind](params);
  const excerpt = payload.kind === "mention" || payload.kind === "reply" ? `\n\n“${payload.excerpt}”` : "";
  return { subject, text: `${subject}${excerpt}\n\n${catalogue.open}: ${link}\n\n— ${catalogue.settings}\n` };
}
