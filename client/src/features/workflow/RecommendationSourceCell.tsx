import type { RecommendationSource } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";

/** Where a recommendation of the network's list is written: a review's findings report or a policy paper, linked. */
export function RecommendationSourceCell({ source }: { source: RecommendationSource }) {
  const t = useT();
  if (source.kind === "paper") {
    return (
      <>
        <span className="recommendations-table__kind">{t("recommendations.kind.paper")}</span>
        <Link to={paths.paper(source.id)} aria-label={t("recommendations.openPaper", { title: source.title })}>
          {source.title}
        </Link>
      </>
    );
  }
  return (
    <>
      <span className="recommendations-table__kind">{t("recommendations.kind.report")}</span>
      <Link to={paths.reviewReport(source.id)} aria-label={t("recommendations.openReport", { title: source.title })}>
        {source.title}
      </Link>
      <span className="recommendations-table__sub">
        {source.hostProject}
        {source.country ? ` · ${source.country}` : ""}
      </span>
    </>
  );
}
