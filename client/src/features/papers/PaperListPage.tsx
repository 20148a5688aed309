import { useState } from "react";
import { listPapers } from "../../api/papers.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { BookIcon, ClockIcon, PlusIcon } from "../../ui/icons.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { NewPaperDialog } from "./NewPaperDialog.tsx";
import "./papers.css";

/** Every policy paper of the network, most recently changed first; moderators start new ones. */
export function PaperListPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t("papers.list.title"));
  const { state, reload } = useLoad(queryKeys.papers.list(), () => listPapers());
  const [creating, setCreating] = useState(false);
  const loaded = state.status === "loaded" ? state.data : null;
  const canWrite = loaded?.canWrite === true;
  const newButton = canWrite ? (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <PlusIcon size={16} />
      {t("papers.list.new")}
    </button>
  ) : null;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("papers.list.title")}</h1>
          <p className="page-header__lede">{t("papers.list.lede")}</p>
          <p className="paper-list__see-also">
            <Link to={paths.recommendations()}>{t("papers.list.recommendations")}</Link>
          </p>
        </div>
        {loaded && loaded.papers.length > 0 ? newButton : null}
      </header>

      {state.status === "loading" ? (
        <div className="paper-list" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t("papers.list.loading")}
          </span>
          {[0, 1].map((key) => (
            <div key={key} className="paper-item paper-item--skeleton" aria-hidden="true">
              <div className="skeleton skeleton--title" />
              <div className="skeleton skeleton--line" />
            </div>
          ))}
        </div>
      ) : null}

      {state.status === "failed" ? <LoadFailed title={t("papers.list.failed")} error={state.error} onRetry={reload} /> : null}

      {loaded && loaded.papers.length === 0 ? (
        <div className="empty-state">
          <div className="empty-state__art" aria-hidden="true">
            <BookIcon size={32} />
          </div>
          <h2 className="empty-state__title">{t("papers.list.empty.title")}</h2>
          <p className="empty-state__text">{t(canWrite ? "papers.list.empty.writer" : "papers.list.empty.reader")}</p>
          {newButton}
        </div>
      ) : null}

      {loaded && loaded.papers.length > 0 ? (
        <>
          {!canWrite ? <p className="paper-list__note">{t("papers.list.readerNote")}</p> : null}
          <ul className="paper-list">
            {loaded.papers.map((paper) => (
              <li key={paper.id} className="paper-item">
                <div className="paper-item__icon" aria-hidden="true">
                  <BookIcon size={20} />
                </div>
                <div className="paper-item__body">
                  <h2 className="paper-item__title">
                    <Link to={paths.paper(paper.id)} className="paper-item__link">
                      {paper.title}
                    </Link>
                  </h2>
                  {paper.summary ? <p className="paper-item__summary">{paper.summary}</p> : null}
                  <p className="paper-item__meta">
                    <ClockIcon size={14} />
                    <time dateTime={paper.updatedAt}>{t("papers.list.updated", { date: formatDate(paper.updatedAt) })}</time>
                    {paper.createdBy ? <span>{t("papers.list.by", { name: paper.createdBy.name })}</span> : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <NewPaperDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
