import type { Message } from "../translate.ts";

/** English messages of the setup feature; spread into the catalogue in en.ts. */
export const setupMessages = {
} satisfies Record<string, Message>;
