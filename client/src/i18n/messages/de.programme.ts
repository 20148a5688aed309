import type { Message } from "../translate.ts";
import type { programmeMessages } from "./en.programme.ts";

/** German messages of the visit programme; spread into the catalogue in de.ts. */
export const programmeMessagesDe: Record<keyof typeof programmeMessages, Message> = {
  "team.document.programme": "Besuchsprogramm",
};
