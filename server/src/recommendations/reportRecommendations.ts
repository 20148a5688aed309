import { EDITOR_FRAGMENT, reviewDocumentName } from "@review/shared";
import { readDocument, type ExportDeps } from "../export/loadReport.ts";
import { readRecommendations, type MarkedRecommendation } from "../export/recommendations.ts";

/** The passages of the review's report marked as recommendations, as the report is now. */
export function readReportRecommendations(deps: ExportDeps, reviewId: string): Promise<MarkedRecommendation[]> {
  return readDocument(deps, reviewDocumentName(reviewId, "report"), (doc) => readRecommendations(doc.getXmlFragment(EDITOR_FRAGMENT)));
}
