import type { Message } from "../translate.ts";

/** English messages of the sidebar feature; spread into the catalogue in en.ts. */
export const sidebarMessages = {
} satisfies Record<string, Message>;
