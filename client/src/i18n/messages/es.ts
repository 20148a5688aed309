import type { Message } from "../translate.ts";
import type { MessageKey } from "./en.ts";
import { accountMessagesEs } from "./es.account.ts";
import { a11yMessagesEs } from "./es.a11y.ts";
import { apiErrorMessagesEs } from "./es.apiErrors.ts";
import { appMessagesEs } from "./es.app.ts";
import { benchmarksMessagesEs } from "./es.benchmarks.ts";
import { boardMessagesEs } from "./es.board.ts";
import { commentsMessagesEs } from "./es.comments.ts";
import { exportMessagesEs } from "./es.export.ts";
import { historyMessagesEs } from "./es.history.ts";
import { networkMessagesEs } from "./es.network.ts";
import { notificationsMessagesEs } from "./es.notifications.ts";
import { papersMessagesEs } from "./es.papers.ts";
import { programmeMessagesEs } from "./es.programme.ts";
import { preparationMessagesEs } from "./es.preparation.ts";
import { selfMessagesEs } from "./es.self.ts";
import { setupMessagesEs } from "./es.setup.ts";
import { sidebarMessagesEs } from "./es.sidebar.ts";
import { workflowMessagesEs } from "./es.workflow.ts";
import { wrapUpMessagesEs } from "./es.wrapUp.ts";

/** Spanish (Spain), formal register: one entry for every English key. */
export const es: Record<MessageKey, Message> = {
  ...accountMessagesEs,
  ...a11yMessagesEs,
  ...apiErrorMessagesEs,
  ...benchmarksMessagesEs,
  ...boardMessagesEs,
  ...commentsMessagesEs,
  ...exportMessagesEs,
  ...historyMessagesEs,
  ...networkMessagesEs,
  ...notificationsMessagesEs,
  ...papersMessagesEs,
  ...programmeMessagesEs,
  ...preparationMessagesEs,
  ...selfMessagesEs,
  ...setupMessagesEs,
  ...sidebarMessagesEs,
  ...workflowMessagesEs,
  ...wrapUpMessagesEs,
  ...appMessagesEs,
};
