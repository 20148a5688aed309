import type * as Y from "yjs";
import { FOLLOW_UPS_ROOT, readFollowUps, type FollowUpEntry } from "@review/shared/ratings";
import { readRecommendationDecisions, recommendationDecisionsRoot, type RecommendationDecision } from "@review/shared/self";
import { createYTypeSource, useYTypeSource } from "../../collab/yTypeSource.ts";

const decisionSource = createYTypeSource((doc) => recommendationDecisionsRoot(doc), readRecommendationDecisions);
const NO_DECISIONS: ReadonlyMap<string, RecommendationDecision> = new Map();

/** The host's decisions from the self document, live and validated. */
export function useRecommendationDecisions(selfDoc: Y.Doc | null): ReadonlyMap<string, RecommendationDecision> {
  return useYTypeSource(decisionSource, selfDoc, NO_DECISIONS);
}

const followUpSource = createYTypeSource((doc) => doc.getMap(FOLLOW_UPS_ROOT), readFollowUps);
const NO_FOLLOW_UPS: ReadonlyMap<string, FollowUpEntry> = new Map();

/** Addressees and follow-up per recommendation, from the server-written ratings document, live. */
export function useRecommendationFollowUps(ratingsDoc: Y.Doc | null): ReadonlyMap<string, FollowUpEntry> {
  return useYTypeSource(followUpSource, ratingsDoc, NO_FOLLOW_UPS);
}
