import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { ClockIcon } from "../../ui/icons.tsx";

/** The report header's way into its version history. */
export function HistoryButton({ reviewId }: { reviewId: string }) {
  const t = useT();
  return (
    <Link to={paths.reviewReportHistory(reviewId)} className="button button--secondary button--small" title={t("history.open.hint")}>
      <ClockIcon size={16} />
      {t("history.open")}
    </Link>
  );
}
