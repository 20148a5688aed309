import { useMemo } from "react";
import type { ReviewDetail } from "@review/shared";
import { readSelfAssessment, selfRoot, type SelfFactorState } from "@review/shared/self";
import type { SelfEnv } from "../board/boardEnv.tsx";
import { createDocReader } from "../../collab/docReader.ts";
import { useReviewDocumentSession } from "../../collab/useReviewDocumentSession.ts";

const EMPTY: ReadonlyMap<string, SelfFactorState> = new Map();

/** The self-assessment's factors as validated plain data, re-rendering on every change. */
export const useSelfState = createDocReader<ReadonlyMap<string, SelfFactorState>>(readSelfAssessment, EMPTY);

/** Opens the review's self-assessment document (`review:<id>:self`) for the board page. */
export function useSelfAssessment(review: ReviewDetail): SelfEnv | null {
  const session = useReviewDocumentSession(review, "self", (doc) => selfRoot(doc).size > 0);
  const doc = session.session?.doc ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new origin for each document
  const origin = useMemo(() => Symbol("self-local-edit"), [doc]);
  const state = useSelfState(doc);
  return useMemo<SelfEnv | null>(
    () =>
      doc
        ? { doc, origin, state, access: session.access, canWrite: session.canWrite, writeRejected: session.writeRejected, ready: session.ready }
        : null,
    [doc, origin, state, session.access, session.canWrite, session.writeRejected, session.ready],
  );
}
