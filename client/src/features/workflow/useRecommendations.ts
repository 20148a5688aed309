import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { FOLLOW_UPS_ROOT, readFollowUps, type FollowUpEntry } from "@review/shared/ratings";
import { readRecommendationDecisions, recommendationDecisionsRoot, type RecommendationDecision } from "@review/shared/self";
import { readReportRecommendations, type ReportRecommendation } from "./reportRecommendations.ts";

type Source<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

type Observable = { observeDeep(f: () => void): void; unobserveDeep(f: () => void): void };

/** A cached reading of one Y type of a doc, re-read only when the type changes. */
function createSource<T>(observe: (doc: Y.Doc) => Observable, read: (doc: Y.Doc) => T) {
  const sources = new WeakMap<Y.Doc, Source<T>>();
  return (doc: Y.Doc): Source<T> => {
    const existing = sources.get(doc);
    if (existing) return existing;
    let snapshot = read(doc);
    const listeners = new Set<() => void>();
    const onChange = () => {
      snapshot = read(doc);
      for (const listener of [...listeners]) listener();
    };
    const source: Source<T> = {
      subscribe(listener) {
        if (listeners.size === 0) {
          snapshot = read(doc);
          observe(doc).observeDeep(onChange);
        }
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
          if (listeners.size === 0) observe(doc).unobserveDeep(onChange);
        };
      },
      getSnapshot: () => snapshot,
    };
    sources.set(doc, source);
    return source;
  };
}

const noSubscription = () => () => {};

const recommendationSource = createSource((doc) => doc.getXmlFragment(EDITOR_FRAGMENT), readReportRecommendations);
const NO_RECOMMENDATIONS: ReportRecommendation[] = [];

/** The report's recommendations, live. */
export function useReportRecommendations(reportDoc: Y.Doc | null): ReportRecommendation[] {
  const source = reportDoc ? recommendationSource(reportDoc) : null;
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.getSnapshot : () => NO_RECOMMENDATIONS);
}

const decisionSource = createSource((doc) => recommendationDecisionsRoot(doc), readRecommendationDecisions);
const NO_DECISIONS: ReadonlyMap<string, RecommendationDecision> = new Map();

/** The host's decisions from the self document, live and validated. */
export function useRecommendationDecisions(selfDoc: Y.Doc | null): ReadonlyMap<string, RecommendationDecision> {
  const source = selfDoc ? decisionSource(selfDoc) : null;
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.getSnapshot : () => NO_DECISIONS);
}

const followUpSource = createSource((doc) => doc.getMap(FOLLOW_UPS_ROOT), readFollowUps);
const NO_FOLLOW_UPS: ReadonlyMap<string, FollowUpEntry> = new Map();

/** Addressees and follow-up per recommendation, from the server-written ratings document, live. */
export function useRecommendationFollowUps(ratingsDoc: Y.Doc | null): ReadonlyMap<string, FollowUpEntry> {
  const source = ratingsDoc ? followUpSource(ratingsDoc) : null;
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.getSnapshot : () => NO_FOLLOW_UPS);
}
