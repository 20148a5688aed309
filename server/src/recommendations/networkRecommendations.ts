import {
  FOLLOW_UP_STATUS_LABELS,
  RECOMMENDATION_ACTOR_LABELS,
  matchesRecommendationFilter,
  type NetworkRecommendation,
  type NetworkRecommendationsQuery,
} from "@review/shared";
import { csvField } from "../export/excerptsCsv.ts";
import type { ExportDeps } from "../export/loadReport.ts";
import { withFollowUps } from "./followUps.ts";
import { readReportRecommendations } from "./reportRecommendations.ts";

/**
 * The network's recommendations for `userId`: every final report's and those of the reviews
 * they belong to (a draft stays inside its team), read from the reports as they are now,
 * with addressees and follow-up, filtered by actor, status and review.
 */
export async function listNetworkRecommendations(deps: ExportDeps, userId: string, filter: NetworkRecommendationsQuery): Promise<NetworkRecommendation[]> {
  const reviews = (await deps.store.listRecommendationReviews(userId)).filter((review) => !filter.review || review.id === filter.review);
  const [texts, rows] = await Promise.all([
    Promise.all(reviews.map((review) => readReportRecommendations(deps, review.id))),
    deps.store.listRecommendationRows(reviews.map((review) => review.id)),
  ]);
  return reviews.flatMap((review, index) =>
    withFollowUps(texts[index]!, rows.get(review.id))
      .map((recommendation) => ({ ...recommendation, review }))
      .filter((recommendation) => matchesRecommendationFilter(recommendation, filter)),
  );
}

// Column names stay the same in every language: scripts select by them.
const COLUMNS = ["review", "host_project", "country", "recommendation", "addressees", "status", "last_note", "last_note_at"] as const;

/** The list as CSV (UTF-8 with a byte-order mark, CRLF), one row per recommendation. */
export function renderRecommendationsCsv(recommendations: readonly NetworkRecommendation[]): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const recommendation of recommendations) {
    const latest = recommendation.notes[0];
    rows.push([
      recommendation.review.title,
      recommendation.review.hostProject,
      recommendation.review.country,
      recommendation.text,
      recommendation.addressees.map((actor) => RECOMMENDATION_ACTOR_LABELS[actor]).join("; "),
      FOLLOW_UP_STATUS_LABELS[recommendation.status],
      latest?.note ?? "",
      latest?.at ?? "",
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
