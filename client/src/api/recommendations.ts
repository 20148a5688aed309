import {
  RECOMMENDATION_ROUTES,
  networkRecommendationsResponseSchema,
  recommendationResponseSchema,
  type AddFollowUpRequest,
  type NetworkRecommendation,
  type NetworkRecommendationsQuery,
  type RecommendationActor,
  type RecommendationFollowUp,
} from "@review/shared";
import { request } from "./http.ts";

/** Names who a recommendation is addressed to (moderators and peers). */
export async function setRecommendationAddressees(reviewId: string, recommendationId: string, addressees: RecommendationActor[]): Promise<RecommendationFollowUp> {
  const { recommendation } = await request(RECOMMENDATION_ROUTES.addressees(reviewId, recommendationId), {
    method: "PUT",
    body: { addressees },
    schema: recommendationResponseSchema,
  });
  return recommendation;
}

/** Records a dated follow-up note with the status it sets (team and host, final reports). */
export async function addRecommendationFollowUp(reviewId: string, recommendationId: string, input: AddFollowUpRequest): Promise<RecommendationFollowUp> {
  const { recommendation } = await request(RECOMMENDATION_ROUTES.followUp(reviewId, recommendationId), {
    method: "POST",
    body: input,
    schema: recommendationResponseSchema,
  });
  return recommendation;
}

/** The query string of the network's list for `filter` (also the page's URL). */
export function recommendationFilterQuery(filter: Omit<NetworkRecommendationsQuery, "format">, format?: "csv"): string {
  const search = new URLSearchParams();
  if (filter.actor) search.set("actor", filter.actor);
  if (filter.status) search.set("status", filter.status);
  if (filter.review) search.set("review", filter.review);
  if (format) search.set("format", format);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function listNetworkRecommendations(filter: Omit<NetworkRecommendationsQuery, "format">): Promise<NetworkRecommendation[]> {
  const { recommendations } = await request(RECOMMENDATION_ROUTES.network + recommendationFilterQuery(filter), { schema: networkRecommendationsResponseSchema });
  return recommendations;
}

/** Where the browser downloads the list as CSV. */
export const recommendationsCsvUrl = (filter: Omit<NetworkRecommendationsQuery, "format">) => RECOMMENDATION_ROUTES.network + recommendationFilterQuery(filter, "csv");
