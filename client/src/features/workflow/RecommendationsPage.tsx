import {
  FOLLOW_UP_STATUSES,
  RECOMMENDATION_ACTORS,
  followUpStatusSchema,
  matchesRecommendationFilter,
  recommendationActorSchema,
  recommendationSourceFilterSchema,
  sourceKey,
  type NetworkRecommendationsFilter,
  type RecommendationSource,
} from "@review/shared";
import { useId, useMemo } from "react";
import { listNetworkRecommendations, recommendationsCsvUrl } from "../../api/recommendations.ts";
import { navigate, useLocation } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { FilterSelect } from "../../ui/FilterSelect.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ACTOR_LABEL, FOLLOW_UP_STATUS_LABEL, FOLLOW_UP_TONE } from "../../ui/recommendations/followUpLabels.ts";
import { RecommendationSourceCell } from "./RecommendationSourceCell.tsx";
import "../../ui/recommendations/followUp.css";
import "./recommendationsPage.css";

type Filter = Pick<NetworkRecommendationsFilter, "actor" | "status" | "source">;

/** The filter the URL holds; anything it does not recognise is left out. An older link's `review=<id>` is that report. */
function filterFrom(search: URLSearchParams): Filter {
  const actor = recommendationActorSchema.safeParse(search.get("actor"));
  const status = followUpStatusSchema.safeParse(search.get("status"));
  const review = search.get("review");
  const source = recommendationSourceFilterSchema.safeParse(search.get("source") ?? (review ? `review:${review}` : null));
  return { actor: actor.success ? actor.data : undefined, status: status.success ? status.data : undefined, source: source.success ? source.data : undefined };
}

/**
 * Every recommendation the signed-in person may read across the network (final reports, their
 * own reviews', and every policy paper's), filtered by addressee, follow-up status and source
 * (all reports, all papers, or one of them); the filters live in the URL so that a link or a
 * reload shows the same list, and the CSV holds what is shown.
 */
export function RecommendationsPage() {
  const { t, formatDate } = useI18n();
  const id = useId();
  const { search } = useLocation();
  useDocumentTitle(t("recommendations.title"));
  const filter = filterFrom(search);
  const { state, reload } = useLoad(queryKeys.networkRecommendations(), () => listNetworkRecommendations({}));
  const all = state.status === "loaded" ? state.data : null;
  const sources = useMemo(() => {
    const byKey = new Map<string, RecommendationSource>((all ?? []).map((one) => [sourceKey(one.source), one.source]));
    return [...byKey.values()];
  }, [all]);
  const sourceOptions = [
    { value: "reviews", label: t("recommendations.source.allReports") },
    { value: "papers", label: t("recommendations.source.allPapers") },
    ...sources.map((source) => ({
      value: sourceKey(source),
      label: t(source.kind === "review" ? "recommendations.source.report" : "recommendations.source.paper", { title: source.title }),
    })),
  ];
  const shown = (all ?? []).filter((one) => matchesRecommendationFilter(one, filter));
  const change = (next: Filter) => navigate(paths.recommendations(next), { replace: true });
  const anyFilter = Boolean(filter.actor || filter.status || filter.source);

  const select = (field: keyof Filter, label: string, options: readonly { value: string; label: string }[]) => (
    <FilterSelect
      id={`${id}-${field}`}
      label={label}
      anyLabel={t("recommendations.filter.any")}
      value={filter[field]}
      options={options}
      onChange={(value) => change({ ...filter, [field]: value ?? undefined })}
      classes={{ field: "rec-filter", label: "rec-filter__label", select: "input select" }}
    />
  );

  return (
    <div className="page recommendations-page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("recommendations.title")}</h1>
          <p className="page-header__lede">{t("recommendations.lede")}</p>
        </div>
        <a className="button button--secondary" href={recommendationsCsvUrl(filter)} download>
          {t("recommendations.download")}
        </a>
      </header>

      <fieldset className="rec-filters">
        <legend className="visually-hidden">{t("recommendations.filters")}</legend>
        <div className="rec-filters__row">
          {select("actor", t("recommendations.filter.actor"), RECOMMENDATION_ACTORS.map((actor) => ({ value: actor, label: t(ACTOR_LABEL[actor]) })))}
          {select("status", t("recommendations.filter.status"), FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(FOLLOW_UP_STATUS_LABEL[status]) })))}
          {select("source", t("recommendations.filter.source"), sourceOptions)}
        </div>
        {anyFilter ? (
          <div className="rec-filters__end">
            <button type="button" className="button button--ghost button--small" onClick={() => change({})}>
              {t("recommendations.clear")}
            </button>
          </div>
        ) : null}
      </fieldset>

      {state.status === "loading" ? (
        <p role="status" className="recommendations-page__status">
          {t("recommendations.loading")}
        </p>
      ) : null}
      {state.status === "failed" ? <LoadFailed title={t("recommendations.failed")} error={state.error} onRetry={reload} /> : null}

      {all ? (
        <>
          <p className="recommendations-page__count" role="status">
            {t("recommendations.count", { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="recommendations-page__empty">{t("recommendations.empty")}</p>
          ) : (
            <div className="recommendations-table__wrap">
              <table className="recommendations-table">
                <thead>
                  <tr>
                    <th scope="col">{t("recommendations.column.recommendation")}</th>
                    <th scope="col">{t("recommendations.column.source")}</th>
                    <th scope="col">{t("recommendations.column.addressees")}</th>
                    <th scope="col">{t("recommendations.column.status")}</th>
                    <th scope="col">{t("recommendations.column.latest")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((one) => {
                    const latest = one.notes[0];
                    return (
                      <tr key={`${sourceKey(one.source)}:${one.recommendationId}`} data-recommendation-id={one.recommendationId} data-source={sourceKey(one.source)}>
                        <td className="recommendations-table__text">{one.text}</td>
                        <td data-label={t("recommendations.column.source")}>
                          <RecommendationSourceCell source={one.source} />
                        </td>
                        <td data-label={t("recommendations.column.addressees")}>
                          {one.addressees.length > 0 ? (
                            <ul className="follow-up__actors">
                              {one.addressees.map((actor) => (
                                <li key={actor} className="pill pill--neutral pill--small">
                                  {t(ACTOR_LABEL[actor])}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <span className="recommendations-table__sub">{t("workflow.followUp.noAddressee")}</span>
                          )}
                        </td>
                        <td data-label={t("recommendations.column.status")}>
                          <span className={`pill pill--small pill--${FOLLOW_UP_TONE[one.status]}`}>{t(FOLLOW_UP_STATUS_LABEL[one.status])}</span>
                        </td>
                        <td data-label={t("recommendations.column.latest")}>
                          {latest ? (
                            <>
                              {latest.note ? <span className="recommendations-table__note">{latest.note}</span> : null}
                              <span className="recommendations-table__sub">
                                <time dateTime={latest.at}>{formatDate(latest.at)}</time>
                                {latest.by ? ` · ${latest.by}` : ""}
                              </span>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
