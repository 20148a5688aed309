import { EDITOR_FRAGMENT, paperDocumentName, reviewDocumentName, sourceKey, type RecommendationFollowUp } from "@review/shared";
import { readDocument, type ExportDeps } from "../export/loadReport.ts";
import { readRecommendations, type MarkedRecommendation } from "../export/recommendations.ts";
import type { FollowUpStore, RecommendationOwner, RecommendationRows } from "../store/followUpRecords.ts";
import { withFollowUps } from "./followUps.ts";

/** The document whose text marks the owner's recommendations: the review's report or the paper. */
export function recommendationDocumentName(owner: RecommendationOwner): string {
  return owner.kind === "review" ? reviewDocumentName(owner.id, "report") : paperDocumentName(owner.id);
}

/** The passages of a report or paper marked as recommendations, as the text is now. */
export function readDocumentRecommendations(deps: ExportDeps, owner: RecommendationOwner): Promise<MarkedRecommendation[]> {
  return readDocument(deps, recommendationDocumentName(owner), (doc) => readRecommendations(doc.getXmlFragment(EDITOR_FRAGMENT)));
}

/** One owner's addressee and follow-up rows (undefined: none yet). */
export async function recommendationRowsOf(store: FollowUpStore, owner: RecommendationOwner): Promise<RecommendationRows | undefined> {
  return (await store.listRecommendationRows([owner])).get(sourceKey(owner));
}

/** The owner's recommendations in reading order, each with its addressees and follow-up. */
export async function loadFollowUps(deps: ExportDeps, owner: RecommendationOwner): Promise<RecommendationFollowUp[]> {
  const [recommendations, rows] = await Promise.all([readDocumentRecommendations(deps, owner), recommendationRowsOf(deps.store, owner)]);
  return withFollowUps(recommendations, rows);
}
