import type { Message } from "../translate.ts";
import { accountMessages } from "./en.account.ts";
import { a11yMessages } from "./en.a11y.ts";
import { apiErrorMessages } from "./en.apiErrors.ts";
import { appMessages } from "./en.app.ts";
import { benchmarksMessages } from "./en.benchmarks.ts";
import { boardMessages } from "./en.board.ts";
import { commentsMessages } from "./en.comments.ts";
import { exportMessages } from "./en.export.ts";
import { historyMessages } from "./en.history.ts";
import { networkMessages } from "./en.network.ts";
import { notificationsMessages } from "./en.notifications.ts";
import { papersMessages } from "./en.papers.ts";
import { programmeMessages } from "./en.programme.ts";
import { preparationMessages } from "./en.preparation.ts";
import { selfMessages } from "./en.self.ts";
import { setupMessages } from "./en.setup.ts";
import { sidebarMessages } from "./en.sidebar.ts";
import { workflowMessages } from "./en.workflow.ts";
import { wrapUpMessages } from "./en.wrapUp.ts";

/**
 * English, the source catalogue: its keys are the type of every message key.
 * Placeholders are `{name}`; plural entries pick a form by `{count}`.
 */
export const en = {
  ...accountMessages,
  ...a11yMessages,
  ...apiErrorMessages,
  ...benchmarksMessages,
  ...boardMessages,
  ...commentsMessages,
  ...exportMessages,
  ...historyMessages,
  ...networkMessages,
  ...notificationsMessages,
  ...papersMessages,
  ...programmeMessages,
  ...preparationMessages,
  ...selfMessages,
  ...setupMessages,
  ...sidebarMessages,
  ...workflowMessages,
  ...wrapUpMessages,
  ...appMessages,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
