import { updateChangesNothing } from "../redundantUpdate.ts";
import type { RoomHooks } from "../roomHooks.ts";

/**
 * Only connections with write access change the document. A reader's copy answering the
 * server's sync step 1 (it carries the whole delete set) is no write and is ignored; any other
 * update from a reader is refused.
 */
export const writeAccessRule: RoomHooks = {
  beforeApplyUpdate({ doc, identity, update }) {
    if (identity.access === "write") return "apply";
    return updateChangesNothing(doc, update) ? "ignore" : { refuse: "read-only" };
  },
};
