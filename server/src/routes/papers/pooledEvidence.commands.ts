import { EDITOR_FRAGMENT, mayWriteEveryPaper, reviewCoversModule, reviewDocumentName, type PooledReview, type PooledEvidenceResponse } from "@review/shared";
import { readBoard } from "@review/shared/board";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import { notFound } from "../../errors/apiError.ts";
import { reportPassages } from "../../export/codedExcerpts.ts";
import { readDocument, type ExportDeps } from "../../export/loadReport.ts";
import { readReport } from "../../export/reportModel.ts";
import type { PaperStore, ProjectStore, RatingStore } from "../../store/store.ts";

/**
 * One factor's evidence across the network: for every review on the benchmark that covers the
 * factor, its team rating, the report passages linked to it and the cards on its board, read as
 * they are now. Reviews with none of these are left out. Network moderators and administrators
 * only: they write the cross-cutting sections of the policy papers.
 */
export async function poolEvidence(deps: ExportDeps & { store: PaperStore & ProjectStore & RatingStore }, actor: NetworkActor, benchmarkId: string, factorId: string): Promise<PooledEvidenceResponse> {
  requireNetworkRole(actor, mayWriteEveryPaper, "network_pools_evidence");
  const benchmark = await deps.store.findBenchmark(benchmarkId);
  if (!benchmark) throw notFound("benchmark_not_found");
  const module = benchmark.modules.find((candidate) => candidate.factors.some((factor) => factor.id === factorId));
  if (!module) throw notFound("factor_not_in_benchmark");
  const [reviews, teamRows, projects] = await Promise.all([
    deps.store.listNetworkReviews(benchmark.id),
    deps.store.listNetworkProjectTeamRatings(benchmark.id),
    deps.store.listNetworkProjects(benchmark.id),
  ]);
  const ratingOf = (reviewId: string, projectId: string) =>
    teamRows.find((row) => row.reviewId === reviewId && row.projectId === projectId && row.factorId === factorId)?.rating ?? null;
  const covering = reviews.filter((review) => reviewCoversModule(review, module));
  const pooled = await Promise.all(
    covering.map(async (review): Promise<PooledReview> => {
      const [passages, cards] = await Promise.all([
        readDocument(deps, reviewDocumentName(review.id, "report"), (doc) => reportPassages(readReport(doc.getXmlFragment(EDITOR_FRAGMENT))).get(factorId) ?? []),
        readDocument(deps, reviewDocumentName(review.id, "board"), (doc) => readBoard(doc).get(factorId)?.cards ?? []),
      ]);
      return {
        review: { id: review.id, title: review.title, hostProject: review.hostProject, country: review.country },
        // The first project's id is the review's (migration 024).
        rating: ratingOf(review.id, review.id),
        projects: projects
          .filter((project) => project.reviewId === review.id)
          .sort((a, b) => a.position - b.position)
          .map((project) => ({ name: project.name, rating: ratingOf(review.id, project.id) })),
        passages: passages.map((passage) => ({ text: passage.text, section: passage.section })),
        cards: cards.map((card) => ({ id: card.id, text: card.text, source: card.source, sourceLabel: card.sourceLabel, stance: card.stance, visitDay: card.visitDay })),
      };
    }),
  );
  return { factorId, reviews: pooled.filter((one) => one.projects.some((project) => project.rating !== null) || one.rating !== null || one.passages.length > 0 || one.cards.length > 0) };
}
