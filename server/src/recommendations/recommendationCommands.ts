import type { AddFollowUpRequest, ErrorReason, RecommendationActor, RecommendationFollowUp, RecommendationListResponse } from "@review/shared";
import { notFound, type ApiError } from "../errors/apiError.ts";
import type { ExportDeps } from "../export/loadReport.ts";
import { newId } from "../ids.ts";
import type { RecommendationOwner } from "../store/followUpRecords.ts";
import { loadFollowUps } from "./documentRecommendations.ts";

/**
 * What the caller may do with one document's recommendations, decided by its owner's commands
 * (a review's: by role and report status; a paper's: by who writes it and its status). The
 * commands below are the same for both.
 */
export type RecommendationScope = {
  owner: RecommendationOwner;
  /** Why the caller may not set addressees (a 403), or null when they may. */
  addressRefusal: ApiError | null;
  /** Why the caller may not record follow-up now (403 by role, 409 by status), or null. */
  followUpRefusal: ApiError | null;
  /** The 404's reason for an id the text does not mark now. */
  notFoundReason: ErrorReason;
  /** After a change: where the document's readers see it live (a review's ratings mirror). */
  afterChange?: () => Promise<void>;
};

async function oneFollowUp(deps: ExportDeps, scope: RecommendationScope, recommendationId: string): Promise<RecommendationFollowUp> {
  const found = (await loadFollowUps(deps, scope.owner)).find((recommendation) => recommendation.recommendationId === recommendationId);
  if (!found) throw notFound(scope.notFoundReason);
  return found;
}

/** The document's recommendations with addressees and follow-up, and what the caller may do. */
export async function listRecommendations(deps: ExportDeps, scope: RecommendationScope): Promise<RecommendationListResponse> {
  return { recommendations: await loadFollowUps(deps, scope.owner), canAddress: !scope.addressRefusal, canFollowUp: !scope.followUpRefusal };
}

/** Names who a recommendation is addressed to; it must be marked in the text as it is now. */
export async function setAddressees(
  deps: ExportDeps,
  scope: RecommendationScope,
  actorId: string,
  recommendationId: string,
  addressees: RecommendationActor[],
): Promise<RecommendationFollowUp> {
  if (scope.addressRefusal) throw scope.addressRefusal;
  await oneFollowUp(deps, scope, recommendationId);
  await deps.store.setRecommendationAddressees({ owner: scope.owner, recommendationId, addressees, actorId, at: new Date() });
  await scope.afterChange?.();
  return oneFollowUp(deps, scope, recommendationId);
}

/** Records a dated follow-up note with the status it sets. */
export async function addFollowUp(
  deps: ExportDeps,
  scope: RecommendationScope,
  actorId: string,
  recommendationId: string,
  input: AddFollowUpRequest,
): Promise<RecommendationFollowUp> {
  if (scope.followUpRefusal) throw scope.followUpRefusal;
  await oneFollowUp(deps, scope, recommendationId);
  await deps.store.addFollowUpNote({
    id: newId(),
    owner: scope.owner,
    recommendationId,
    status: input.status,
    note: input.note,
    createdBy: actorId,
    createdAt: new Date(),
  });
  await scope.afterChange?.();
  return oneFollowUp(deps, scope, recommendationId);
}
