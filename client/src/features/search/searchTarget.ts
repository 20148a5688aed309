import type { SearchResult } from "@review/shared";
import { paths } from "../../app/routes.ts";
import { cardAnchor } from "../../app/cardAnchor.ts";

/** Where a result opens: the passage in the report or paper, or the card on its factor's board. */
export function searchTarget(result: SearchResult): string {
  const find = result.find ? `?find=${encodeURIComponent(result.find)}${result.kind === "comment" ? "" : `&hit=${encodeURIComponent(result.match)}`}` : "";
  if (result.paperId) return `${paths.paper(result.paperId)}${find}`;
  const reviewId = result.reviewId ?? "";
  if (result.kind === "card" && result.factorId && result.cardId) return `${paths.reviewBoard(reviewId, result.factorId)}#${cardAnchor(result.cardId)}`;
  return `${paths.reviewReport(reviewId)}${find}`;
}
