import { useEffect } from "react";
import type { ReviewDetail } from "@review/shared";
import { programmeHasContent, readProgramme, type ProgrammeDayView } from "@review/shared/programme";
import { createDocReader } from "./docReader.ts";
import { useReviewDocumentSession, type BoardSession } from "./useReviewDocumentSession.ts";

/**
 * Opens the review's visit programme (`review:<id>:programme`): the Programme tab plans it,
 * the board reads it for a card's session. Moderators and peers write, hosts and partners read
 * (the server enforces it on the socket).
 */
export function useProgrammeSession(review: ReviewDetail, options: { presence: boolean } = { presence: true }): BoardSession {
  const programme = useReviewDocumentSession(review, "programme", programmeHasContent);
  const session = programme.session;
  const presence = options.presence;
  useEffect(() => {
    // Readers elsewhere (the board) stay out of the programme's presence: null after the session published us.
    if (!presence) session?.provider.awareness.setLocalState(null);
  }, [session, presence]);
  return programme;
}

/** The programme's days by date, each with its sessions by start time; validated, cached per document version. */
export const useProgrammeDays = createDocReader<ProgrammeDayView[]>(readProgramme, []);
