import type { Message } from "../translate.ts";
import type { programmeMessages } from "./en.programme.ts";

/** Spanish messages of the visit programme; spread into the catalogue in es.ts. */
export const programmeMessagesEs: Record<keyof typeof programmeMessages, Message> = {
  "team.document.programme": "programa de la visita",
};
