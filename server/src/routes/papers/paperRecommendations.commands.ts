import type { AddFollowUpRequest, RecommendationActor, RecommendationFollowUp, RecommendationListResponse } from "@review/shared";
import { canWritePaper } from "../../auth/paperAccess.ts";
import { forbidden, refusal } from "../../errors/apiError.ts";
import type { ExportDeps } from "../../export/loadReport.ts";
import { addFollowUp, listRecommendations, setAddressees, type RecommendationScope } from "../../recommendations/recommendationCommands.ts";
import type { PaperStore } from "../../store/store.ts";
import { findPaperOr404, type PaperActor } from "./papers.commands.ts";

type PaperRecommendationDeps = ExportDeps & { store: ExportDeps["store"] & PaperStore };

/**
 * A paper's recommendations as the caller sees them: every account reads them (as it reads the
 * paper); the paper's writers (its authors, network moderators, administrators) address them at
 * any status and follow them up once the paper is published (before that they are still being
 * written, as a report's before final).
 */
async function paperScope(deps: PaperRecommendationDeps, actor: PaperActor, paperId: string): Promise<RecommendationScope> {
  const paper = await findPaperOr404(deps.store, paperId);
  const writes = await canWritePaper(deps.store, actor, paperId);
  const byWriters = forbidden("paper_recommendations_by_writers");
  return {
    owner: { kind: "paper", id: paperId },
    addressRefusal: writes ? null : byWriters,
    followUpRefusal: !writes ? byWriters : paper.status !== "published" ? refusal("invalid_transition", "paper_follow_up_after_published") : null,
    notFoundReason: "paper_recommendation_not_found",
  };
}

export async function listPaperRecommendations(deps: PaperRecommendationDeps, actor: PaperActor, paperId: string): Promise<RecommendationListResponse> {
  return listRecommendations(deps, await paperScope(deps, actor, paperId));
}

export async function setPaperRecommendationAddressees(
  deps: PaperRecommendationDeps,
  actor: PaperActor,
  paperId: string,
  recommendationId: string,
  addressees: RecommendationActor[],
): Promise<RecommendationFollowUp> {
  return setAddressees(deps, await paperScope(deps, actor, paperId), actor.id, recommendationId, addressees);
}

export async function addPaperRecommendationFollowUp(
  deps: PaperRecommendationDeps,
  actor: PaperActor,
  paperId: string,
  recommendationId: string,
  input: AddFollowUpRequest,
): Promise<RecommendationFollowUp> {
  return addFollowUp(deps, await paperScope(deps, actor, paperId), actor.id, recommendationId, input);
}
