import type { Message } from "../translate.ts";
import { accountMessagesDe } from "./de.account.ts";
import { a11yMessagesDe } from "./de.a11y.ts";
import { apiErrorMessagesDe } from "./de.apiErrors.ts";
import { appMessagesDe } from "./de.app.ts";
import { benchmarksMessagesDe } from "./de.benchmarks.ts";
import { boardMessagesDe } from "./de.board.ts";
import { commentsMessagesDe } from "./de.comments.ts";
import { exportMessagesDe } from "./de.export.ts";
import { historyMessagesDe } from "./de.history.ts";
import { networkMessagesDe } from "./de.network.ts";
import { notificationsMessagesDe } from "./de.notifications.ts";
import { papersMessagesDe } from "./de.papers.ts";
import { programmeMessagesDe } from "./de.programme.ts";
import { preparationMessagesDe } from "./de.preparation.ts";
import { selfMessagesDe } from "./de.self.ts";
import { setupMessagesDe } from "./de.setup.ts";
import { sidebarMessagesDe } from "./de.sidebar.ts";
import { workflowMessagesDe } from "./de.workflow.ts";
import { wrapUpMessagesDe } from "./de.wrapUp.ts";
import type { MessageKey } from "./en.ts";

/**
 * German (Germany and Austria), formal address ("Sie"): one entry for every
 * English key. Terms: kritischer Faktor, Peer, Gastgeber/Gastprojekt,
 * Moderation, Belege, Belegtafel, Ergebnisbericht, Positionspapier.
 */
export const de: Record<MessageKey, Message> = {
  ...accountMessagesDe,
  ...a11yMessagesDe,
  ...apiErrorMessagesDe,
  ...benchmarksMessagesDe,
  ...boardMessagesDe,
  ...commentsMessagesDe,
  ...exportMessagesDe,
  ...historyMessagesDe,
  ...networkMessagesDe,
  ...notificationsMessagesDe,
  ...papersMessagesDe,
  ...programmeMessagesDe,
  ...preparationMessagesDe,
  ...selfMessagesDe,
  ...setupMessagesDe,
  ...sidebarMessagesDe,
  ...workflowMessagesDe,
  ...wrapUpMessagesDe,
  ...appMessagesDe,
};
