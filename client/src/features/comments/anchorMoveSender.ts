import type { CommentAnchor } from "@review/shared/comments";
import type { AnchorMove } from "../../editor/anchorMoves.ts";
import { ApiError } from "../../api/http.ts";

export type AnchorMoveSender = {
  /** Queues the moves (a thread's newer anchor replaces its older one) and sends what is queued. */
  add(moves: readonly AnchorMove[]): void;
  /** Sends what is still queued (after a failure: back online, or later). */
  retry(): void;
  readonly pending: number;
};

/** Refusals that sending again cannot change (no longer a writer, thread gone, a bad anchor). */
function final(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

/**
 * Sends the anchors a writer's editor moved (see `anchorMoves.ts`) until the server has them: a
 * split made offline (hotel wi-fi) is stored once the connection is back, so the others do not
 * keep seeing the thread as orphaned. Kept in memory: a reload before that loses the move.
 */
export function createAnchorMoveSender(send: (threadId: string, anchor: CommentAnchor) => Promise<void>): AnchorMoveSender {
  const queued = new Map<string, CommentAnchor>();
  const inFlight = new Set<string>();

  const sendOne = (threadId: string, anchor: CommentAnchor) => {
    inFlight.add(threadId);
    send(threadId, anchor).then(
      () => {
        if (queued.get(threadId) === anchor) queued.delete(threadId);
      },
      (error: unknown) => {
        if (final(error) && queued.get(threadId) === anchor) queued.delete(threadId);
      },
    ).finally(() => {
      inFlight.delete(threadId);
      // A newer anchor queued meanwhile goes now.
      const newer = queued.get(threadId);
      if (newer !== undefined && newer !== anchor) sendOne(threadId, newer);
    });
  };

  const retry = () => {
    for (const [threadId, anchor] of queued) if (!inFlight.has(threadId)) sendOne(threadId, anchor);
  };

  return {
    add(moves) {
      for (const { threadId, anchor } of moves) queued.set(threadId, anchor);
      retry();
    },
    retry,
    get pending() {
      return queued.size;
    },
  };
}
