import { SEARCH_LIMITS, type SearchResult } from "@review/shared";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { searchEverything } from "../../api/search.ts";
import { Link, navigate, useLocation } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { searchTarget } from "./searchTarget.ts";
import "./search.css";

const KIND_LABEL: Record<SearchResult["kind"], MessageKey> = {
  report: "search.kind.report",
  card: "search.kind.card",
  comment: "search.kind.comment",
  paper: "search.kind.paper",
};

/** Search across the reviews one belongs to and the network's papers; a result opens its passage. */
export function SearchPage() {
  const t = useT();
  const { search } = useLocation();
  const query = search.get("q")?.trim() ?? "";
  useDocumentTitle(query ? t("search.titleFor", { query }) : t("search.title"));
  const [typed, setTyped] = useState(query);
  const [tooShort, setTooShort] = useState(false);
  const searching = query.length >= SEARCH_LIMITS.minQuery;
  const { data, error, isError, isPending } = useQuery({ queryKey: queryKeys.search(query), queryFn: () => searchEverything(query), enabled: searching });

  // A new query in the URL (a submit, Back, a link) shows in the field.
  useEffect(() => setTyped(query), [query]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = typed.trim();
    setTooShort(next.length < SEARCH_LIMITS.minQuery);
    if (next.length >= SEARCH_LIMITS.minQuery) navigate(`/search?q=${encodeURIComponent(next.slice(0, SEARCH_LIMITS.maxQuery))}`);
  };

  return (
    <div className="page search-page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("search.title")}</h1>
          <p className="page-header__lede">{t("search.lede")}</p>
        </div>
      </header>
      <form className="search-form" role="search" onSubmit={onSubmit}>
        <label className="visually-hidden" htmlFor="search-query">
          {t("search.label")}
        </label>
        <input
          id="search-query"
          className="input search-form__input"
          type="search"
          name="q"
          value={typed}
          maxLength={SEARCH_LIMITS.maxQuery}
          autoFocus
          aria-describedby={tooShort ? "search-too-short" : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
      </form>
      {tooShort ? (
        <p className="field__error" id="search-too-short" role="alert">
          {t("search.tooShort", { count: SEARCH_LIMITS.minQuery })}
        </p>
      ) : null}
      {searching && isPending ? <Spinner label={t("search.searching")} size={20} /> : null}
      {searching && isError ? <LoadFailed title={t("search.failed")} error={error} /> : null}
      {searching && data ? (
        <>
          <p className="search-summary" role="status">
            {data.results.length === 0 ? t("search.none", { query }) : t(data.truncated ? "search.countMore" : "search.count", { count: data.results.length, query })}
          </p>
          <ol className="search-results">
            {data.results.map((result, index) => (
              <li key={index} className="search-result">
                <Link to={searchTarget(result)} className="search-result__link">
                  <span className="search-result__where">
                    <span className={`search-result__kind search-result__kind--${result.kind}`}>{t(KIND_LABEL[result.kind])}</span>
                    <span className="search-result__title">{result.title}</span>
                  </span>
                  <span className="search-result__text">
                    {result.before}
                    <mark>{result.match}</mark>
                    {result.after}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
