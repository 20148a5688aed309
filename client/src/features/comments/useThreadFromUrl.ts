import { useEffect, useRef } from "react";
import type { CommentThread } from "@review/shared/comments";
import { useLocation } from "../../app/navigation.tsx";
import { focusWhenReady } from "../../ui/focus/index.ts";

/**
 * `?thread=<id>` (a notification's link): once that thread is in the comments document, it is
 * made the active one and its card gets focus, once per page visit.
 */
export function useThreadFromUrl(threads: readonly CommentThread[], activate: (threadId: string, reveal: boolean) => void, ready: boolean): void {
  const { search } = useLocation();
  const wanted = search.get("thread");
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || !ready || done.current === wanted || !threads.some((thread) => thread.id === wanted)) return;
    done.current = wanted;
    activate(wanted, true);
    return focusWhenReady(`article.thread[data-thread-id="${CSS.escape(wanted)}"]`, { timeout: 10_000 });
  }, [wanted, ready, threads, activate]);
}
