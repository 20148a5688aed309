import { useEffect, useState } from "react";
import type * as Y from "yjs";
import {
  PROJECTS_ROOT,
  PROJECT_TEAM_RATINGS_ROOT,
  PROVISIONAL_RATINGS_ROOT,
  TEAM_RATINGS_ROOT,
  VISIT_FEEDBACK_ROOT,
  readProjectRatings,
  readWrapUp,
  type ProjectRatingsState,
  type WrapUpState,
} from "@review/shared/ratings";

type Live = { wrapUp: WrapUpState; ratings: ProjectRatingsState };
const EMPTY: Live = { wrapUp: { provisional: [], feedback: null }, ratings: { projects: [], ratings: new Map() } };

/** The wrap-up and every host project's final team ratings from the server-written ratings document, live. */
export function useWrapUp(doc: Y.Doc | null): Live {
  const [live, setLive] = useState<Live>(EMPTY);
  useEffect(() => {
    if (!doc) return;
    const read = () => setLive({ wrapUp: readWrapUp(doc), ratings: readProjectRatings(doc) });
    const roots = [PROVISIONAL_RATINGS_ROOT, VISIT_FEEDBACK_ROOT, TEAM_RATINGS_ROOT, PROJECTS_ROOT, PROJECT_TEAM_RATINGS_ROOT].map((name) => doc.getMap(name));
    read();
    for (const root of roots) root.observeDeep(read);
    return () => {
      for (const root of roots) root.unobserveDeep(read);
    };
  }, [doc]);
  return live;
}
