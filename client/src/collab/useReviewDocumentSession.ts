import { useCallback, useEffect, useMemo } from "react";
import type * as Y from "yjs";
import { documentAccess, reviewDocumentName, type AwarenessUser, type ReviewDetail, type ReviewDocumentKind } from "@review/shared";
import { useDocumentSession, type DocumentSession } from "./useDocumentSession.ts";
import { boardHasContent } from "@review/shared/board";
import { TEAM_RATINGS_ROOT, VOTES_ROOT } from "@review/shared/ratings";
import { useCurrentUser } from "../app/SessionProvider.tsx";
import { diagnoseReportAccess } from "./diagnoseAccess.ts";

export type BoardSession = DocumentSession & { user: AwarenessUser };

/** Opens the review's board document with the same lifecycle as the report (provider, IndexedDB copy, status). */
export function useBoardSession(review: ReviewDetail): BoardSession {
  return useReviewDocumentSession(review, "board", boardHasContent);
}

/**
 * Opens the review's ratings document (votes and team ratings, written by the server from the
 * rating and vote commands) for reading, without presence: its readers are on the board already.
 */
export function useRatingsSession(review: ReviewDetail): BoardSession {
  const ratings = useReviewDocumentSession(review, "ratings", (doc) => doc.getMap(TEAM_RATINGS_ROOT).size + doc.getMap(VOTES_ROOT).size > 0);
  const session = ratings.session;
  useEffect(() => {
    // Runs after the session hook has published our user; null keeps us out of this document's presence.
    session?.provider.awareness.setLocalState(null);
  }, [session]);
  return ratings;
}

/**
 * Opens one document of the review (board, self-assessment) for the current user, with its
 * permission from the shared table. `hasContent` tells whether a local (IndexedDB) copy is
 * worth showing while offline.
 */
export function useReviewDocumentSession(review: ReviewDetail, kind: ReviewDocumentKind, hasContent: (doc: Y.Doc) => boolean): BoardSession {
  const me = useCurrentUser();
  const access = documentAccess(kind, review.role);
  const user = useMemo<AwarenessUser>(() => ({ id: me.id, name: me.name, color: me.color, role: review.role }), [me.id, me.name, me.color, review.role]);
  // The question HTTP can answer is the same for every document of a review: still signed in, still a member?
  const diagnose = useCallback(() => diagnoseReportAccess(review.id), [review.id]);
  return { ...useDocumentSession({ docName: reviewDocumentName(review.id, kind), user, access, diagnose, hasContent }), user };
}
