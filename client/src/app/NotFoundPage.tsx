import { useT } from "../i18n/I18nProvider.tsx";
import { Link } from "./navigation.tsx";
import { paths } from "./routes.ts";
import { useDocumentTitle } from "./useDocumentTitle.ts";

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="page">
      <div className="empty-state">
        <h1 className="empty-state__title">{t("notFound.title")}</h1>
        <p className="empty-state__text">{t("notFound.text")}</p>
        <Link to={paths.reviews()} className="button button--primary">
          {t("notFound.home")}
        </Link>
      </div>
    </div>
  );
}
