import { mayRecordTeamRating, mayVote, reviewDocumentName, type Rating, type TeamRatingRequest } from "@review/shared";
import { locateCards } from "@review/shared/board";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, notFound, forbidden } from "../../errors/apiError.ts";
import { readDocument } from "../../export/loadReport.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import { signalScorecardChange } from "../../scorecard/scorecardSignal.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, ProjectStore, RatingStore, ReviewRecord, ReviewStore, WrapUpStore } from "../../store/store.ts";

type RatingDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };


export async function memberReview(store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & WrapUpStore, userId: string, reviewId: string) {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  return { review, role };
}

/** The factor must be one the review assesses: its benchmark's core module or a chosen theme. */
export async function requireFactorInScope(store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & WrapUpStore, review: ReviewRecord, factorId: string): Promise<void> {
  const benchmark = review.benchmarkId ? await store.findBenchmark(review.benchmarkId, review.benchmarkVersion ?? undefined) : null;
  const inScope = benchmark?.modules.some(
    (module) => (module.kind === "core" || review.modules.includes(module.id)) && module.factors.some((factor) => factor.id === factorId),
  );
  if (!inScope) throw notFound("factor_not_in_review");
}

/** Which host project a rating is of: the review's first project (the older routes) or a named one. */
export type RatedProject = { projectId: string | null };

async function requireProject(store: ProjectStore, reviewId: string, { projectId }: RatedProject): Promise<string> {
  if (projectId === null) return reviewId;
  const projects = await store.listProjects(reviewId);
  if (!projects.some((project) => project.id === projectId)) throw notFound("project_not_found");
  return projectId;
}

/**
 * Records a factor's team rating of a host project (moderators only). Every cited card must be
 * on this factor's board now; the rating, its rationale and its cites are written as one row,
 * then mirrored to the ratings document that everyone sees live.
 */
export async function recordTeamRating(deps: RatingDeps, actorId: string, reviewId: string, factorId: string, input: TeamRatingRequest, rated: RatedProject = { projectId: null }): Promise<void> {
  const { review, role } = await memberReview(deps.store, actorId, reviewId);
  if (!mayRecordTeamRating(role)) throw forbidden("moderator_records_ratings");
  const projectId = await requireProject(deps.store, reviewId, rated);
  await requireFactorInScope(deps.store, review, factorId);
  const cites = [...new Set(input.cites)];
  const elsewhere = await readDocument(deps, reviewDocumentName(reviewId, "board"), (doc) => {
    const winners = locateCards(doc).winners;
    return cites.filter((cardId) => winners.get(cardId)?.factorId !== factorId);
  });
  if (elsewhere.length > 0) throw new ApiError("invalid_citation", `Cited cards are not on this factor: ${elsewhere.join(", ")}`, "cites_elsewhere");
  const saved = await deps.store.saveTeamRating({ reviewId, projectId, factorId, rating: input.rating, rationale: input.rationale, cites, ratedBy: actorId, ratedAt: new Date() });
  if (!saved) throw notFound("project_not_found");
  await syncRatingsDocument(deps, reviewId);
  void signalScorecardChange(deps.rooms);
}

/** Withdraws a factor's team rating of a host project (moderators only); withdrawing none is not an error. */
export async function withdrawTeamRating(deps: RatingDeps, actorId: string, reviewId: string, factorId: string, rated: RatedProject = { projectId: null }): Promise<void> {
  const { role } = await memberReview(deps.store, actorId, reviewId);
  if (!mayRecordTeamRating(role)) throw forbidden("moderator_withdraws_ratings");
  const projectId = await requireProject(deps.store, reviewId, rated);
  if (!(await deps.store.deleteTeamRating(reviewId, projectId, factorId))) return;
  await syncRatingsDocument(deps, reviewId);
  void signalScorecardChange(deps.rooms);
}

/** Casts (or with null withdraws) the caller's own vote: whose vote it is comes from the session, never from the request. */
export async function castVote(deps: RatingDeps, voterId: string, reviewId: string, factorId: string, rating: Rating | null): Promise<void> {
  const { review, role } = await memberReview(deps.store, voterId, reviewId);
  if (!mayVote(role)) throw forbidden("team_votes");
  await requireFactorInScope(deps.store, review, factorId);
  await deps.store.saveVote({ reviewId, factorId, userId: voterId, rating });
  await syncRatingsDocument(deps, reviewId);
}
