import { useMemo } from "react";
import type * as Y from "yjs";
import type { AwarenessUser, DocumentAccess, Member, ReviewDetail } from "@review/shared";
import { readSelfAssessment, selfRoot, type SelfFactorState } from "@review/shared/self";
import { createDocReader } from "../../collab/docReader.ts";
import { useReviewDocumentSession } from "../../collab/useReviewDocumentSession.ts";

/** The host self-assessment document (`review:<id>:self`), opened beside the board. */
export type SelfEnv = {
  doc: Y.Doc;
  /** The origin of this client's self-assessment writes. */
  origin: symbol;
  state: ReadonlyMap<string, SelfFactorState>;
  /** What the role allows on the self-assessment (hosts and the moderator write). */
  access: DocumentAccess;
  /** Writing is allowed and the server has not refused it. */
  canWrite: boolean;
  /** The server dropped a write of ours (the role changed under us). */
  writeRejected: boolean;
  /** Synced (or a local copy): what is shown is worth showing. */
  ready: boolean;
};

/** What the self-assessment panel takes from the page around it (the board's environment is one). */
export type SelfPanelEnv = {
  self: SelfEnv | null;
  review: ReviewDetail;
  me: AwarenessUser;
  members: ReadonlyMap<string, Member>;
  /** Says something to screen-reader users (a polite live region). */
  announce: (message: string) => void;
};

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
