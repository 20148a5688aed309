import type { Message } from "../translate.ts";

/** English messages of the visit programme (days, sessions, people met, coverage of factors). */
export const programmeMessages = {
  "team.document.programme": "visit programme",
} satisfies Record<string, Message>;
