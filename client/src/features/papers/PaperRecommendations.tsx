import { PAPER_RECOMMENDATIONS_SIGNAL, type Paper, type RecommendationFollowUp, type RecommendationListResponse } from "@review/shared";
import { NO_FOLLOW_UP, toFollowUpEntry } from "@review/shared/ratings";
import { useEffect, useId, useMemo } from "react";
import type * as Y from "yjs";
import { listPaperRecommendations, paperRecommendationCommands, type RecommendationCommands } from "../../api/recommendations.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useDocumentRecommendations } from "../../editor/documentRecommendations.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { FollowUpSection } from "../../ui/recommendations/FollowUpSection.tsx";

const INTRO = {
  draft: { writer: "papers.recommendations.introDraft", reader: "papers.recommendations.introReader" },
  published: { writer: "papers.recommendations.introPublished", reader: "papers.recommendations.introPublishedReader" },
} as const;

type PaperRecommendationsProps = {
  paper: Paper;
  /** The paper's live text (null until it is open): which passages are recommendations, as written now. */
  doc: Y.Doc | null;
};

/**
 * The paper's recommendations with who they are addressed to and how they are followed up.
 * The passages come live from the text; addressees and notes from the paper's commands, which
 * also say whether the caller may change them (its writers; follow-up once it is published).
 */
export function PaperRecommendations({ paper, doc }: PaperRecommendationsProps) {
  const t = useT();
  const headingId = useId();
  const live = useDocumentRecommendations(doc);
  const { state, reload, update } = useLoad(queryKeys.papers.recommendations(paper.id, paper.status), () => listPaperRecommendations(paper.id));
  const loaded: RecommendationListResponse | null = state.status === "loaded" ? state.data : null;

  // A passage marked or unmarked: ask again, quietly, so that addressees follow the text.
  const ids = live.map((one) => one.id).join(" ");
  useEffect(() => {
    if (ids) reload({ quietly: true });
  }, [ids, reload]);
  // Another writer addressed or followed one up: the server bumps the paper's cue.
  useEffect(() => {
    if (!doc) return;
    const root = doc.getMap<unknown>(PAPER_RECOMMENDATIONS_SIGNAL.root);
    const changed = () => reload({ quietly: true });
    root.observe(changed);
    return () => root.unobserve(changed);
  }, [doc, reload]);

  const commands = useMemo<RecommendationCommands>(() => {
    const base = paperRecommendationCommands(paper.id);
    const replace = (changed: RecommendationFollowUp) => {
      update((data) => ({
        ...data,
        recommendations: data.recommendations.some((one) => one.recommendationId === changed.recommendationId)
          ? data.recommendations.map((one) => (one.recommendationId === changed.recommendationId ? changed : one))
          : [...data.recommendations, changed],
      }));
      return changed;
    };
    return {
      setAddressees: (id, addressees) => base.setAddressees(id, addressees).then(replace),
      addFollowUp: (id, input) => base.addFollowUp(id, input).then(replace),
    };
  }, [paper.id, update]);

  const entries = new Map((loaded?.recommendations ?? []).map((one) => [one.recommendationId, toFollowUpEntry(one)]));
  // Until the text is open, the server's reading of it.
  const shown = doc ? live : (loaded?.recommendations ?? []).map((one) => ({ id: one.recommendationId, text: one.text }));
  const published = paper.status === "published";

  return (
    <section className="decisions surface-box paper-recommendations" aria-labelledby={headingId}>
      <header className="decisions__header cluster">
        <h3 className="decisions__title" id={headingId}>
          {t("papers.recommendations.title")}
        </h3>
        {shown.length > 0 ? <span className="decisions__count">{t("papers.recommendations.count", { count: shown.length })}</span> : null}
      </header>
      <p className="decisions__intro">{t(INTRO[published ? "published" : "draft"][loaded?.canAddress ? "writer" : "reader"])}</p>
      {state.status === "failed" ? <LoadFailed title={t("papers.recommendations.failed")} error={state.error} onRetry={() => reload()} /> : null}
      {shown.length === 0 ? (
        <p className="decisions__empty">{loaded?.canAddress ? t("papers.recommendations.empty") : t("papers.recommendations.emptyReader")}</p>
      ) : (
        <ol className="decisions__list stack">
          {shown.map((recommendation, index) => (
            <li key={recommendation.id} className="decision" data-recommendation-id={recommendation.id}>
              <div className="decision__head">
                <span className="decision__index" aria-hidden="true">
                  {index + 1}
                </span>
                <blockquote className="decision__text">{recommendation.text || t("workflow.decisions.emptyText")}</blockquote>
              </div>
              <FollowUpSection
                commands={commands}
                recommendationId={recommendation.id}
                index={index + 1}
                entry={entries.get(recommendation.id) ?? NO_FOLLOW_UP}
                canAddress={loaded?.canAddress ?? false}
                canFollowUp={loaded?.canFollowUp ?? false}
                tracking={published}
              />
            </li>
          ))}
        </ol>
      )}
      <p className="decisions__network">
        <Link to={paths.recommendations({ source: `paper:${paper.id}` })}>{t("papers.recommendations.networkLink")}</Link>
      </p>
    </section>
  );
}
