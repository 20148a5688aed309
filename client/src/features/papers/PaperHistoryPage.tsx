import { useMemo } from "react";
import { getPaper } from "../../api/papers.ts";
import { paperVersions } from "../../api/versions.ts";
import { describeError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { DocumentHistory, type HistoryWording } from "../history/index.ts";

const PAPER_WORDING: HistoryWording = {
  back: "history.paper.back",
  emptyText: "history.paper.empty.text",
  current: "history.paper.compare.current",
  headingCurrent: "history.paper.compare.headingCurrent",
  restoreText: "history.paper.restore.text",
  statusTitles: {
    draft: "history.label.paperStatus.draft",
    steering_review: "history.label.paperStatus.steering_review",
    published: "history.label.paperStatus.published",
  },
};

/** A policy paper's version history (see `DocumentHistory`); nothing is restored while it is published. */
export function PaperHistoryPage({ paperId }: { paperId: string }) {
  const t = useT();
  const { state } = useLoad(queryKeys.papers.one(paperId), () => getPaper(paperId));
  const api = useMemo(() => paperVersions(paperId), [paperId]);
  useDocumentTitle(state.status === "loaded" ? `${t("history.title")} · ${state.data.paper.title}` : t("history.title"));

  return (
    <div className="page page--wide">
      {state.status === "loading" ? (
        <div className="page page--centered">
          <Spinner label={t("papers.page.loading")} size={28} />
        </div>
      ) : null}
      {state.status === "failed" ? (
        <Alert tone="error" title={t("papers.page.failed")}>
          {describeError(t, state.error)}
        </Alert>
      ) : null}
      {state.status === "loaded" ? (
        <DocumentHistory
          api={api}
          documentPath={paths.paper(paperId)}
          historyPath={(select) => paths.paperHistory(paperId, select)}
          lockedNotice={state.data.paper.status === "published" ? "history.paper.restore.published" : null}
          wording={PAPER_WORDING}
        />
      ) : null}
    </div>
  );
}
