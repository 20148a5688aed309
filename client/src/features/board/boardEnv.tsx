import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { AwarenessUser, Member, ReviewDetail } from "@review/shared";
import type { ProgrammeDayView, ProgrammeSession } from "@review/shared/programme";
import type { ProjectRatingsState } from "@review/shared/ratings";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import type { SelfEnv } from "../selfAssessment/index.ts";
import type { BoardWhereabouts } from "./useBoardPresence.ts";

/** The visit programme as the board reads it: days for the card's session select, sessions by id for the card. */
export type BoardProgramme = {
  days: readonly ProgrammeDayView[];
  byId: ReadonlyMap<string, { session: ProgrammeSession; dayNumber: number }>;
};

/** What every part of the board needs: the review, its factors, the live document and what this user may do. */
export type BoardEnv = {
  review: ReviewDetail;
  scope: BenchmarkScope;
  doc: Y.Doc;
  /** The origin of this client's writes; the undo manager tracks exactly these. */
  origin: symbol;
  me: AwarenessUser;
  /** Add, edit, move, delete cards and vote (moderator and peers, while the server accepts writes). */
  canWrite: boolean;
  /** Record the team rating (the moderator, while writing is possible). */
  canRate: boolean;
  members: ReadonlyMap<string, Member>;
  whereabouts: BoardWhereabouts;
  /** The visit programme (`review:<id>:programme`), empty until it is read. */
  programme: BoardProgramme;
  /** The host self-assessment, or null until its document is open. */
  self: SelfEnv | null;
  /** The review's host projects (first first) and each one's team ratings, live. */
  projects: ProjectRatingsState;
  /** Says something to screen-reader users (a polite live region). */
  announce: (message: string) => void;
  /** Shows (and announces) a short notice with an Undo button, after changes worth undoing. */
  notify: (message: string) => void;
};

const BoardEnvContext = createContext<BoardEnv | null>(null);

export const BoardEnvProvider = BoardEnvContext.Provider;

export function useBoardEnv(): BoardEnv {
  const env = useContext(BoardEnvContext);
  if (!env) throw new Error("useBoardEnv needs a <BoardEnvProvider>");
  return env;
}
