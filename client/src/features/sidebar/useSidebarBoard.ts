import { useEffect, useMemo } from "react";
import type { EvidenceCard, ReviewDetail } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import { useBoardState } from "../../collab/boardState.ts";
import { useBoardSession, useRatingsSession } from "../../collab/useReviewDocumentSession.ts";

export type SidebarBoard = {
  factors: ReadonlyMap<string, FactorState>;
  /** Every visible card by id, whichever factor it sits on now. */
  cards: ReadonlyMap<string, EvidenceCard>;
  /** Synced (or a local copy is shown): before that, an empty board means "not known yet". */
  ready: boolean;
};

/**
 * The review's board, opened beside the report for reading: the same session lifecycle as
 * the board page, but without presence, so report readers do not show up on the board.
 */
export function useSidebarBoard(review: ReviewDetail): SidebarBoard {
  const board = useBoardSession(review);
  const ratings = useRatingsSession(review);
  const session = board.session;
  useEffect(() => {
    // Runs after the session hook has published our user; null takes us off the board's presence.
    session?.provider.awareness.setLocalState(null);
  }, [session]);
  const factors = useBoardState(session?.doc ?? null, ratings.session?.doc ?? null);
  const cards = useMemo(() => {
    const byId = new Map<string, EvidenceCard>();
    for (const state of factors.values()) for (const card of state.cards) byId.set(card.id, card);
    return byId;
  }, [factors]);
  return { factors, cards, ready: board.ready };
}
