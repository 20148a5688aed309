import {
  FOLLOW_UP_STATUS_LABELS,
  RECOMMENDATION_ACTOR_LABELS,
  matchesRecommendationFilter,
  matchesSourceFilter,
  sourceKey,
  type NetworkRecommendation,
  type NetworkRecommendationsQuery,
  type RecommendationSource,
} from "@review/shared";
import { csvField } from "../export/excerptsCsv.ts";
import type { PaperStore } from "../store/store.ts";
import { recommendationDocumentName } from "./documentRecommendations.ts";
import { withFollowUps } from "./followUps.ts";
import { recommendationTexts, type RecommendationTextsDeps } from "./recommendationTexts.ts";

type NetworkDeps = RecommendationTextsDeps & { store: RecommendationTextsDeps["store"] & PaperStore };

/**
 * The network's recommendations for `userId`: every final report's and those of the reviews
 * they belong to (a draft stays inside its team), and every policy paper's (every account reads
 * every paper), with addressees and follow-up, filtered by actor, status and source. The texts
 * come from `RecommendationTexts`: only documents changed since the last request are read again.
 */
export async function listNetworkRecommendations(deps: NetworkDeps, userId: string, filter: NetworkRecommendationsQuery): Promise<NetworkRecommendation[]> {
  const [reviews, papers] = await Promise.all([deps.store.listRecommendationReviews(userId), deps.store.listPapers()]);
  const sources: RecommendationSource[] = [
    ...reviews.map((review) => ({ kind: "review" as const, ...review })),
    ...papers.map((paper) => ({ kind: "paper" as const, id: paper.id, title: paper.title })),
  ].filter((source) => matchesSourceFilter(source, filter));
  const [texts, rows] = await Promise.all([
    recommendationTexts(deps.rooms).read(deps, sources.map(recommendationDocumentName)),
    deps.store.listRecommendationRows(sources),
  ]);
  return sources.flatMap((source) =>
    withFollowUps(texts.get(recommendationDocumentName(source)) ?? [], rows.get(sourceKey(source)))
      .map((recommendation) => ({ ...recommendation, source }))
      .filter((recommendation) => matchesRecommendationFilter(recommendation, filter)),
  );
}

// Column names stay the same in every language: scripts select by them.
const COLUMNS = ["source", "review", "host_project", "country", "paper", "recommendation", "addressees", "status", "last_note", "last_note_at"] as const;

/** The list as CSV (UTF-8 with a byte-order mark, CRLF), one row per recommendation; `source` is `report` or `paper`. */
export function renderRecommendationsCsv(recommendations: readonly NetworkRecommendation[]): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const recommendation of recommendations) {
    const latest = recommendation.notes[0];
    const { source } = recommendation;
    rows.push([
      source.kind === "review" ? "report" : "paper",
      source.kind === "review" ? source.title : "",
      source.kind === "review" ? source.hostProject : "",
      source.kind === "review" ? source.country : "",
      source.kind === "paper" ? source.title : "",
      recommendation.text,
      recommendation.addressees.map((actor) => RECOMMENDATION_ACTOR_LABELS[actor]).join("; "),
      FOLLOW_UP_STATUS_LABELS[recommendation.status],
      latest?.note ?? "",
      latest?.at ?? "",
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
