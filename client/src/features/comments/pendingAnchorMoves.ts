import { z } from "zod";
import { commentAnchorSchema, commentIdSchema, type CommentAnchor } from "@review/shared/comments";
import type { KeyValueStorage } from "../../app/browserStorage.ts";

/** Where the moves the server has not stored yet are kept (per user: a shared computer must not send another's). */
export function pendingMovesKey(userId: string, documentName: string): string {
  return `review-workspace:${userId}:${documentName}:anchor-moves`;
}

const storedSchema = z.record(commentIdSchema, commentAnchorSchema);

export type PendingMovesStore = {
  load(): Map<string, CommentAnchor>;
  save(pending: ReadonlyMap<string, CommentAnchor>): void;
};

/**
 * The anchor moves waiting for the server, kept in the browser: a split made offline whose
 * tab is closed or reloaded before the connection is back is still stored the next time the
 * report opens. What cannot be read (another version, edited by hand) is ignored.
 */
export function pendingMovesStore(storage: KeyValueStorage | null, key: string): PendingMovesStore {
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        if (!raw) return new Map();
        const parsed = storedSchema.safeParse(JSON.parse(raw));
        return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
      } catch {
        return new Map();
      }
    },
    save(pending) {
      try {
        if (pending.size === 0) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(Object.fromEntries(pending)));
      } catch {
        // Full or refused (privacy modes): the moves stay in memory and are sent while the page is open.
      }
    },
  };
}
