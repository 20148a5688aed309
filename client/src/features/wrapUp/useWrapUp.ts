import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { PROVISIONAL_RATINGS_ROOT, TEAM_RATINGS_ROOT, VISIT_FEEDBACK_ROOT, readRatings, readWrapUp, type RatingsState, type WrapUpState } from "@review/shared/ratings";

type Live = { wrapUp: WrapUpState; ratings: RatingsState };
const EMPTY: Live = { wrapUp: { provisional: [], feedback: null }, ratings: { teamRatings: new Map(), votes: new Map() } };

/** The wrap-up and the final team ratings from the server-written ratings document, live. */
export function useWrapUp(doc: Y.Doc | null): Live {
  const [live, setLive] = useState<Live>(EMPTY);
  useEffect(() => {
    if (!doc) return;
    const read = () => setLive({ wrapUp: readWrapUp(doc), ratings: readRatings(doc) });
    const roots = [PROVISIONAL_RATINGS_ROOT, VISIT_FEEDBACK_ROOT, TEAM_RATINGS_ROOT].map((name) => doc.getMap(name));
    read();
    for (const root of roots) root.observeDeep(read);
    return () => {
      for (const root of roots) root.unobserveDeep(read);
    };
  }, [doc]);
  return live;
}
