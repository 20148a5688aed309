import type { CommentAnchor } from "@review/shared/comments";
import type { AnchorMove } from "../../editor/anchorMoves.ts";
import { ApiError } from "../../api/http.ts";
import type { PendingMovesStore } from "./pendingAnchorMoves.ts";

export type AnchorMoveSender = {
  /** Queues the moves (a thread's newer anchor replaces its older one) and sends what is queued. */
  add(moves: readonly AnchorMove[]): void;
  /** Sends what is still queued now (back online, the page opened again) instead of at the next try. */
  retry(): void;
  /** Stops sending and trying again (what is queued stays in the store). */
  dispose(): void;
  readonly pending: number;
};

export type AnchorMoveSenderOptions = {
  /** With a store, what is still queued outlives the page: the sender starts with what an earlier page left. */
  store?: PendingMovesStore;
  /** The waits before each further try after a lost send; the last one repeats. */
  retryDelaysMs?: readonly number[];
};

const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/** Refusals that sending again cannot change (no longer a writer, thread gone, a bad anchor). */
function final(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

/**
 * Sends the anchors a writer's editor moved (see `anchorMoves.ts`) until the server has them: a
 * split made offline (hotel wi-fi) is stored once the connection is back, so the others do not
 * keep seeing the thread as orphaned. A lost send is tried again on its own, each time a little
 * later (the browser's "online" event is not enough: it may come while a send is still failing).
 */
export function createAnchorMoveSender(send: (threadId: string, anchor: CommentAnchor) => Promise<void>, options: AnchorMoveSenderOptions = {}): AnchorMoveSender {
  const { store, retryDelaysMs = RETRY_DELAYS_MS } = options;
  const queued = store?.load() ?? new Map<string, CommentAnchor>();
  const inFlight = new Set<string>();
  let lostInARow = 0;
  let nextTry: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const forget = (threadId: string, anchor: CommentAnchor) => {
    if (queued.get(threadId) !== anchor) return;
    queued.delete(threadId);
    store?.save(queued);
  };

  const tryAgainLater = () => {
    if (nextTry !== null || disposed) return;
    const delay = retryDelaysMs[Math.min(lostInARow, retryDelaysMs.length - 1)] ?? 30_000;
    lostInARow += 1;
    nextTry = setTimeout(() => {
      nextTry = null;
      retry();
    }, delay);
  };

  const sendOne = (threadId: string, anchor: CommentAnchor) => {
    inFlight.add(threadId);
    send(threadId, anchor).then(
      () => {
        lostInARow = 0;
        forget(threadId, anchor);
      },
      (error: unknown) => {
        if (final(error)) forget(threadId, anchor);
        else tryAgainLater();
      },
    ).finally(() => {
      inFlight.delete(threadId);
      // A newer anchor queued meanwhile goes now.
      const newer = queued.get(threadId);
      if (newer !== undefined && newer !== anchor && !disposed) sendOne(threadId, newer);
    });
  };

  function retry() {
    if (disposed) return;
    for (const [threadId, anchor] of queued) if (!inFlight.has(threadId)) sendOne(threadId, anchor);
  }

  return {
    add(moves) {
      for (const { threadId, anchor } of moves) queued.set(threadId, anchor);
      store?.save(queued);
      retry();
    },
    retry,
    dispose() {
      disposed = true;
      if (nextTry !== null) clearTimeout(nextTry);
      nextTry = null;
    },
    get pending() {
      return queued.size;
    },
  };
}
