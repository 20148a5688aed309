import { PAPER_DOCUMENT_PREFIX, type PaperResponse } from "@review/shared";
import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { getPaper } from "../../api/papers.ts";
import { onPermissionsChanged } from "../../collab/permissionsChanged.ts";
import { Link } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ArrowLeftIcon, PencilIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { PaperAuthors } from "./PaperAuthors.tsx";
import { PaperDetailsForm } from "./PaperDetailsForm.tsx";
import { PaperStatusBar } from "./PaperStatusBar.tsx";
import { PaperWorkspace } from "./PaperWorkspace.tsx";
import "./papers.css";

type PageState = { status: "loading" } | { status: "failed"; error: unknown } | ({ status: "loaded" } & PaperResponse);

/** A quiet refresh that fails keeps the paper shown. */
function pageState(query: UseQueryResult<PaperResponse>): PageState {
  if (query.data !== undefined) return { status: "loaded", ...query.data };
  if (query.isError) return { status: "failed", error: query.error };
  return { status: "loading" };
}

/** One policy paper: title and summary, the live text, and the score card beside it. */
export function PaperPage({ paperId }: { paperId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.papers.one(paperId), queryFn: () => getPaper(paperId) });
  const state = pageState(query);
  const [editing, setEditing] = useState(false);
  useDocumentTitle(state.status === "loaded" ? state.paper.title : t("papers.list.title"));

  const load = () => void queryClient.resetQueries({ queryKey: queryKeys.papers.one(paperId), exact: true });
  const change = (update: (response: PaperResponse) => PaperResponse) =>
    queryClient.setQueryData<PaperResponse>(queryKeys.papers.one(paperId), (current) => (current === undefined ? current : update(current)));

  // The server closed the paper's sockets (4409) because our network role or authorship, or the paper's status, changed:
  // fetch the paper again (without a spinner) so that the editor's access follows.
  useEffect(
    () =>
      onPermissionsChanged((documentName) => {
        if (!documentName.startsWith(`${PAPER_DOCUMENT_PREFIX}${paperId}`)) return;
        void queryClient.refetchQueries({ queryKey: queryKeys.papers.one(paperId), exact: true });
      }),
    [paperId, queryClient],
  );

  return (
    <div className="page page--wide">
      <nav className="paper-back" aria-label={t("papers.page.back")}>
        <Link to={paths.papers()} className="paper-back__link">
          <ArrowLeftIcon size={16} />
          {t("papers.page.back")}
        </Link>
      </nav>
      {state.status === "loading" ? (
        <div className="page page--centered">
          <Spinner label={t("papers.page.loading")} size={28} />
        </div>
      ) : null}
      {state.status === "failed" ? (
        <LoadFailed title={t("papers.page.failed")} error={state.error} onRetry={load} />
      ) : null}
      {state.status === "loaded" ? (
        <>
          <header className="page-header paper-header">
            {editing ? (
              <PaperDetailsForm
                paper={state.paper}
                onSaved={(paper) => {
                  change((current) => ({ ...current, paper }));
                  void queryClient.invalidateQueries({ queryKey: queryKeys.papers.list() });
                  setEditing(false);
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <div>
                  <h1 className="page-header__title">{state.paper.title}</h1>
                  {state.paper.summary ? <p className="page-header__lede">{state.paper.summary}</p> : null}
                </div>
                {state.canWrite ? (
                  <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                    <PencilIcon size={16} />
                    {t("papers.page.edit")}
                  </button>
                ) : null}
              </>
            )}
          </header>
          <PaperAuthors
            paper={state.paper}
            authors={state.authors}
            members={state.members}
            canManage={state.canManageAuthors}
            onAuthorsChange={(authors) => change((current) => ({ ...current, authors }))}
          />
          <PaperStatusBar state={state} />
          {/* A published paper's text is read-only for its writers too (the server drops their updates). */}
          <PaperWorkspace paper={state.paper} canWrite={state.canWrite && state.paper.status !== "published"} members={state.members} />
        </>
      ) : null}
    </div>
  );
}
