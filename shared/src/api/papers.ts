import { z } from "zod";
import { hostProjectSchema } from "./projects.ts";
import { userText } from "../schema/text.ts";
import { ratingSchema } from "../benchmark/ratingScale.ts";
import { paperStatusSchema } from "../schema/paperStatus.ts";

/** Ids of papers and reviews: 16 characters of lowercase base32 (see server/src/ids.ts). */
export const paperIdSchema = z.string().regex(/^[a-z0-9]{16}$/, { message: "Not a paper id" });

const paperFields = {
  title: userText().trim().min(1).max(200),
  summary: userText().trim().max(2000),
};

export const createPaperRequestSchema = z.strictObject({
  title: paperFields.title,
  summary: paperFields.summary.optional(),
});
export type CreatePaperRequest = z.infer<typeof createPaperRequestSchema>;

/** A paper's writers change its title or summary; at least one field. */
export const updatePaperRequestSchema = z
  .strictObject(paperFields)
  .partial()
  .refine((patch) => patch.title !== undefined || patch.summary !== undefined, { message: "Change the title or the summary" });
export type UpdatePaperRequest = z.infer<typeof updatePaperRequestSchema>;

/** `PUT /api/papers/:id/status`: the paper's writers move it (see `PAPER_STATUS_TRANSITIONS`). */
export const changePaperStatusRequestSchema = z.strictObject({ status: paperStatusSchema });
export type ChangePaperStatusRequest = z.infer<typeof changePaperStatusRequestSchema>;

/** A policy paper's metadata; its text is the collaborative document `paper:<id>`. */
export const paperSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  status: paperStatusSchema,
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Paper = z.infer<typeof paperSchema>;

/** `canWrite`: whether the caller may create papers (administrators and network moderators, who write every paper). */
export const paperListResponseSchema = z.object({ papers: z.array(paperSchema), canWrite: z.boolean() });
export type PaperListResponse = z.infer<typeof paperListResponseSchema>;
/** A registered account as papers show it (comment authors, mentions): every account may read and comment. */
export const networkMemberSchema = z.object({ userId: z.string(), name: z.string(), color: z.string() });
export type NetworkMember = z.infer<typeof networkMemberSchema>;

/**
 * One paper, whether the caller writes it, the network's members (who read and comment on it),
 * its authors (who write it besides the network moderators) and whether the caller may change
 * who its authors are (its creator and administrators).
 */
export const paperResponseSchema = z.object({
  paper: paperSchema,
  canWrite: z.boolean(),
  members: z.array(networkMemberSchema),
  authors: z.array(networkMemberSchema),
  canManageAuthors: z.boolean(),
});
export type PaperResponse = z.infer<typeof paperResponseSchema>;

export const scorecardQuerySchema = z.strictObject({ benchmark: userText().min(1).max(100).optional() });

/** One review in the score card: what it is, and its ratings per factor id (unrated factors are absent). */
export const scorecardReviewSchema = z.object({
  id: z.string(),
  title: z.string(),
  hostProject: z.string(),
  country: z.string(),
  /** The review's theme: a thematic module id of the benchmark, or null. */
  themeModuleId: z.string().nullable(),
  /** Theme module ids the review covers besides the core module. */
  modules: z.array(z.string()),
  benchmarkVersion: z.string().nullable(),
  /** Whether the caller is a member (and so may open the review's board). */
  isMember: z.boolean(),
  /** The earlier review this one is a later round of, or null. */
  followsReviewId: z.string().nullable(),
  ratings: z.record(z.string(), ratingSchema),
  selfRatings: z.record(z.string(), ratingSchema),
  /**
   * The host project this entry rates: the card has one entry per (review, host project), the
   * first project first; `title` then reads "review — project" when the review has several.
   * Self ratings are the review's (its first project's) only.
   */
  project: hostProjectSchema.optional(),
});
export type ScorecardReview = z.infer<typeof scorecardReviewSchema>;

/** One score-card entry's key: the review and its host project. */
export function scorecardEntryKey(entry: Pick<ScorecardReview, "id" | "project">): string {
  return entry.project ? `${entry.id}/${entry.project.id}` : entry.id;
}

export const ratingTallySchema = z.object({
  wholly: z.number().int().nonnegative(),
  partly: z.number().int().nonnegative(),
  not: z.number().int().nonnegative(),
  unrated: z.number().int().nonnegative(),
});
export type RatingTally = z.infer<typeof ratingTallySchema>;

/**
 * Reviews × factors of one benchmark across the network. `counts` tallies the team
 * ratings per factor over the reviews the factor applies to (core: all; a theme factor:
 * the reviews that chose its module).
 */
export const scorecardResponseSchema = z.object({
  benchmark: z.object({ id: z.string(), name: z.string(), version: z.string() }),
  reviews: z.array(scorecardReviewSchema),
  counts: z.record(z.string(), ratingTallySchema),
});
export type ScorecardResponse = z.infer<typeof scorecardResponseSchema>;

/**
 * The score card document (`network:scorecard`) holds one root map with a counter the server
 * bumps whenever what the card shows may have changed (team or self ratings, rounds, a review's
 * setup): an open card fetches itself again instead of polling.
 */
export const SCORECARD_SIGNAL = { root: "scorecard", changed: "changed" } as const;

/**
 * In a paper's text (`paper:<id>`): a counter the server bumps after a recommendation's addressees
 * or follow-up changed, so open pages fetch the list again. Only a cue: the rows stay the truth
 * (a writer could bump it too, which only makes readers ask again).
 */
export const PAPER_RECOMMENDATIONS_SIGNAL = { root: "recommendationSignal", changed: "changed" } as const;

/** `POST` to a paper's authors: adds an account as an author (by the paper's creator or an administrator). */
export const addPaperAuthorRequestSchema = z.strictObject({ userId: z.string().min(1).max(100) });
export type AddPaperAuthorRequest = z.infer<typeof addPaperAuthorRequestSchema>;

export const paperAuthorsResponseSchema = z.object({ authors: z.array(networkMemberSchema) });
export type PaperAuthorsResponse = z.infer<typeof paperAuthorsResponseSchema>;
