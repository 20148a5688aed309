import { useCallback, useMemo } from "react";
import type { ReviewDetail } from "@review/shared";
import { clearFindingReply, readFindingReplies, selfRoot, setFindingReply, type FindingReply, type FindingReplyStatus } from "@review/shared/self";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { createDocReader } from "../../collab/docReader.ts";
import { useReviewDocumentSession } from "../../collab/useReviewDocumentSession.ts";

export type FindingReplies = {
  replies: ReadonlyMap<string, FindingReply>;
  /** Hosts and the moderator (the self document's writers) may reply. */
  canReply: boolean;
  set: (factorId: string, status: FindingReplyStatus, note: string) => void;
  clear: (factorId: string) => void;
};

const EMPTY: ReadonlyMap<string, FindingReply> = new Map();
const useReplies = createDocReader<ReadonlyMap<string, FindingReply>>(readFindingReplies, EMPTY);

/** The host's replies to the report's findings, from the review's self-assessment document. */
export function useFindingReplies(review: ReviewDetail): FindingReplies {
  const me = useCurrentUser();
  const session = useReviewDocumentSession(review, "self", (doc) => selfRoot(doc).size > 0);
  const doc = session.session?.doc ?? null;
  const replies = useReplies(doc);
  const set = useCallback(
    (factorId: string, status: FindingReplyStatus, note: string) => {
      if (doc) setFindingReply(doc, factorId, { status, note }, { by: me.name });
    },
    [doc, me.name],
  );
  const clear = useCallback((factorId: string) => {
    if (doc) clearFindingReply(doc, factorId);
  }, [doc]);
  return useMemo(() => ({ replies, canReply: session.canWrite && doc !== null, set, clear }), [replies, session.canWrite, doc, set, clear]);
}
