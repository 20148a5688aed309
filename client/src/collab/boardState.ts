import { useMemo } from "react";
import type * as Y from "yjs";
import { readBoard, type FactorState } from "@review/shared/board";
import { EMPTY_RATINGS, readProjectRatings, readRatings, withRatings, type ProjectRatingsState, type RatingsState } from "@review/shared/ratings";
import { createDocReader } from "./docReader.ts";

const EMPTY: ReadonlyMap<string, FactorState> = new Map();

const useBoardCards: (doc: Y.Doc | null) => ReadonlyMap<string, FactorState> = createDocReader<ReadonlyMap<string, FactorState>>(readBoard, EMPTY);
const useRatings: (doc: Y.Doc | null) => RatingsState = createDocReader<RatingsState>(readRatings, EMPTY_RATINGS);

/**
 * The board's factors as validated plain data: cards from the board document, votes and team
 * ratings from the ratings document; re-renders on every change of either.
 */
export function useBoardState(boardDoc: Y.Doc | null, ratingsDoc: Y.Doc | null): ReadonlyMap<string, FactorState> {
  const cards = useBoardCards(boardDoc);
  const ratings = useRatings(ratingsDoc);
  return useMemo(() => withRatings(cards, ratings), [cards, ratings]);
}

const NO_PROJECTS: ProjectRatingsState = { projects: [], ratings: new Map() };

/** The review's host projects and each project's team ratings, live from the ratings document. */
export const useProjectRatings: (ratingsDoc: Y.Doc | null) => ProjectRatingsState = createDocReader<ProjectRatingsState>(readProjectRatings, NO_PROJECTS);
