import {
  PAPER_RECOMMENDATION_ROUTES,
  RECOMMENDATION_ROUTES,
  networkRecommendationsResponseSchema,
  recommendationListResponseSchema,
  recommendationResponseSchema,
  type AddFollowUpRequest,
  type NetworkRecommendation,
  type NetworkRecommendationsFilter,
  type RecommendationActor,
  type RecommendationFollowUp,
  type RecommendationListResponse,
} from "@review/shared";
import { request } from "./http.ts";

/** The addressee and follow-up commands of one report or paper (the server decides who may). */
export type RecommendationCommands = {
  setAddressees(recommendationId: string, addressees: RecommendationActor[]): Promise<RecommendationFollowUp>;
  addFollowUp(recommendationId: string, input: AddFollowUpRequest): Promise<RecommendationFollowUp>;
};

/** The path builders a report and a paper share (their patterns differ). */
type RecommendationRoutes = Record<"addressees" | "followUp", (ownerId: string, recommendationId: string) => string>;

function commandsOn(routes: RecommendationRoutes, ownerId: string): RecommendationCommands {
  return {
    async setAddressees(recommendationId, addressees) {
      const { recommendation } = await request(routes.addressees(ownerId, recommendationId), { method: "PUT", body: { addressees }, schema: recommendationResponseSchema });
      return recommendation;
    },
    async addFollowUp(recommendationId, input) {
      const { recommendation } = await request(routes.followUp(ownerId, recommendationId), { method: "POST", body: input, schema: recommendationResponseSchema });
      return recommendation;
    },
  };
}

/** A report's: moderators and peers address; the team and the host follow up once it is final. */
export const reportRecommendationCommands = (reviewId: string) => commandsOn(RECOMMENDATION_ROUTES, reviewId);
/** A paper's: its writers address, and follow up once it is published. */
export const paperRecommendationCommands = (paperId: string) => commandsOn(PAPER_RECOMMENDATION_ROUTES, paperId);

/** A paper's recommendations with addressees and follow-up, and what the caller may do. */
export function listPaperRecommendations(paperId: string): Promise<RecommendationListResponse> {
  return request(PAPER_RECOMMENDATION_ROUTES.list(paperId), { schema: recommendationListResponseSchema });
}

/** The query string of the network's list for `filter` (also the page's URL). */
export function recommendationFilterQuery(filter: NetworkRecommendationsFilter, format?: "csv"): string {
  const search = new URLSearchParams();
  if (filter.actor) search.set("actor", filter.actor);
  if (filter.status) search.set("status", filter.status);
  if (filter.source) search.set("source", filter.source);
  if (filter.review) search.set("review", filter.review);
  if (format) search.set("format", format);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function listNetworkRecommendations(filter: NetworkRecommendationsFilter): Promise<NetworkRecommendation[]> {
  const { recommendations } = await request(RECOMMENDATION_ROUTES.network + recommendationFilterQuery(filter), { schema: networkRecommendationsResponseSchema });
  return recommendations;
}

/** Where the browser downloads the list as CSV. */
export const recommendationsCsvUrl = (filter: NetworkRecommendationsFilter) => RECOMMENDATION_ROUTES.network + recommendationFilterQuery(filter, "csv");
