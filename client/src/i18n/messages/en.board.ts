import type { Message } from "../translate.ts";

/** English messages of the board feature; spread into the catalogue in en.ts. */
export const boardMessages = {
} satisfies Record<string, Message>;
