import { parseDocumentName } from "@review/shared";
import type { RoomHooks } from "../collab/roomHooks.ts";
import { syncInboxDocument } from "./inboxDocument.ts";

type InboxDeps = Parameters<typeof syncInboxDocument>[0];

/** The inbox mirrors the unread count of the notification rows: brought up to date before it is loaded. */
export function inboxDocumentOnOpen(deps: InboxDeps): RoomHooks {
  return {
    async beforeOpen(docName, loaded) {
      const ref = parseDocumentName(docName);
      if (ref?.scope === "user" && !loaded) await syncInboxDocument(deps, ref.userId);
    },
  };
}
