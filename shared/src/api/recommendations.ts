import { z } from "zod";
import type { ReviewRole } from "../schema/role.ts";

/**
 * Recommendations addressed to actors and followed up (issue 13, item 3). A recommendation
 * is a passage of a findings report or of a policy paper marked as one (its id lives in the
 * document's text); who it is addressed to and how it is followed up are rows on the server,
 * changed through the commands below. A report's are mirrored live into the review's
 * server-written ratings document; a paper's are answered by the paper's commands.
 */

/** The actors of the final report's table of recommendations, in its order. */
export const RECOMMENDATION_ACTORS = [
  "european_commission",
  "managing_authorities",
  "national_regional_authorities",
  "local_authorities",
  "employers_bodies",
  "ngos",
  "skills_bodies",
  "projects",
] as const;
export const recommendationActorSchema = z.enum(RECOMMENDATION_ACTORS);
export type RecommendationActor = z.infer<typeof recommendationActorSchema>;

/** Where a recommendation stands after the report: proposed until someone records otherwise. */
export const FOLLOW_UP_STATUSES = ["proposed", "accepted", "in_progress", "done", "declined"] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;

export const FOLLOW_UP_NOTE_MAX = 2000;

/** English names, for exports (the client translates its own). */
export const RECOMMENDATION_ACTOR_LABELS: Record<RecommendationActor, string> = {
  european_commission: "European Commission",
  managing_authorities: "Managing authorities",
  national_regional_authorities: "National and regional authorities",
  local_authorities: "Local authorities",
  employers_bodies: "Employers' bodies",
  ngos: "NGOs",
  skills_bodies: "Skills and qualification bodies",
  projects: "Projects",
};
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  proposed: "Proposed",
  accepted: "Accepted",
  in_progress: "In progress",
  done: "Done",
  declined: "Declined",
};

/** Who sets a report recommendation's addressees: the report's writers (a paper's: the paper's writers). */
export const ADDRESSING_ROLES = ["moderator", "peer"] as const satisfies readonly ReviewRole[];
/** Who records a report recommendation's follow-up, once the report is final: its writers and the host project. */
export const FOLLOW_UP_ROLES = ["moderator", "peer", "host"] as const satisfies readonly ReviewRole[];

/** Addressees are a set: no repeats, at least none and at most all of them. */
export const addresseesSchema = z
  .array(recommendationActorSchema)
  .max(RECOMMENDATION_ACTORS.length)
  .refine((list) => new Set(list).size === list.length, { message: "Each addressee at most once" });

/** `PUT /api/reviews/:id/recommendations/:recommendationId/addressees` (and `/api/papers/:id/…`). */
export const setAddresseesRequestSchema = z.strictObject({ addressees: addresseesSchema });
export type SetAddresseesRequest = z.infer<typeof setAddresseesRequestSchema>;

/** `POST /api/reviews/:id/recommendations/:recommendationId/follow-up` (and `/api/papers/:id/…`): a dated note with the status it sets. */
export const addFollowUpRequestSchema = z.strictObject({
  status: followUpStatusSchema,
  note: z.string().trim().max(FOLLOW_UP_NOTE_MAX),
});
export type AddFollowUpRequest = z.infer<typeof addFollowUpRequestSchema>;

export const followUpNoteSchema = z.object({
  id: z.string(),
  status: followUpStatusSchema,
  note: z.string(),
  /** The author's name; null once the account is gone. */
  by: z.string().nullable(),
  at: z.string(),
});
export type FollowUpNote = z.infer<typeof followUpNoteSchema>;

export const recommendationFollowUpSchema = z.object({
  recommendationId: z.string(),
  /** The passage as the report or paper has it now. */
  text: z.string(),
  addressees: z.array(recommendationActorSchema),
  status: followUpStatusSchema,
  /** Newest first. */
  notes: z.array(followUpNoteSchema),
});
export type RecommendationFollowUp = z.infer<typeof recommendationFollowUpSchema>;

/**
 * `GET /api/reviews/:id/recommendations` and `GET /api/papers/:id/recommendations`: the
 * document's recommendations in reading order, and what the caller may do with them.
 */
export const recommendationListResponseSchema = z.object({
  recommendations: z.array(recommendationFollowUpSchema),
  canAddress: z.boolean(),
  canFollowUp: z.boolean(),
});
export type RecommendationListResponse = z.infer<typeof recommendationListResponseSchema>;

export const recommendationResponseSchema = z.object({ recommendation: recommendationFollowUpSchema });

/** Where a recommendation of the network's list is written: a review's findings report or a policy paper. */
export const recommendationSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("review"), id: z.string(), title: z.string(), hostProject: z.string(), country: z.string() }),
  z.object({ kind: z.literal("paper"), id: z.string(), title: z.string() }),
]);
export type RecommendationSource = z.infer<typeof recommendationSourceSchema>;
export type RecommendationSourceKind = RecommendationSource["kind"];

/** One row of the network's list: a recommendation with the report or paper it comes from. */
export const networkRecommendationSchema = recommendationFollowUpSchema.extend({ source: recommendationSourceSchema });
export type NetworkRecommendation = z.infer<typeof networkRecommendationSchema>;

const SOURCE_ID = "[A-Za-z0-9_-]{1,100}";
/**
 * The list's source filter: `reviews` (every report), `papers` (every paper), or one of them as
 * `review:<id>` / `paper:<id>` (`sourceKey`).
 */
export const recommendationSourceFilterSchema = z.string().regex(new RegExp(`^(reviews|papers|review:${SOURCE_ID}|paper:${SOURCE_ID})$`));

/** `review:<id>` or `paper:<id>`: one source, as the filter and the client's keys name it. */
export const sourceKey = (source: Pick<RecommendationSource, "kind" | "id">): string => `${source.kind}:${source.id}`;

/** `GET /api/network/recommendations?actor=&status=&source=[&review=][&format=csv]`; `review=<id>` is `source=review:<id>`. */
export const networkRecommendationsQuerySchema = z.strictObject({
  actor: recommendationActorSchema.optional(),
  status: followUpStatusSchema.optional(),
  source: recommendationSourceFilterSchema.optional(),
  review: z.string().regex(new RegExp(`^${SOURCE_ID}$`)).optional(),
  format: z.enum(["json", "csv"]).optional(),
});
export type NetworkRecommendationsQuery = z.infer<typeof networkRecommendationsQuerySchema>;
export type NetworkRecommendationsFilter = Omit<NetworkRecommendationsQuery, "format">;

export const networkRecommendationsResponseSchema = z.object({ recommendations: z.array(networkRecommendationSchema) });
export type NetworkRecommendationsResponse = z.infer<typeof networkRecommendationsResponseSchema>;

/** Whether a source matches the filter's `source` and `review`. */
export function matchesSourceFilter(source: Pick<RecommendationSource, "kind" | "id">, filter: Pick<NetworkRecommendationsQuery, "source" | "review">): boolean {
  if (filter.review && sourceKey(source) !== `review:${filter.review}`) return false;
  if (!filter.source) return true;
  if (filter.source === "reviews") return source.kind === "review";
  if (filter.source === "papers") return source.kind === "paper";
  return sourceKey(source) === filter.source;
}

/** Whether a recommendation matches the network list's filters. */
export function matchesRecommendationFilter(
  recommendation: Pick<NetworkRecommendation, "addressees" | "status" | "source">,
  filter: NetworkRecommendationsFilter,
): boolean {
  if (filter.actor && !recommendation.addressees.includes(filter.actor)) return false;
  if (filter.status && recommendation.status !== filter.status) return false;
  return matchesSourceFilter(recommendation.source, filter);
}
