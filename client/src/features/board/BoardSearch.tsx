import { useDeferredValue, useId, useState } from "react";
import type { FactorState } from "@review/shared/board";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { SOURCE_LABEL, STANCE_LABEL } from "../../ui/evidenceLabels.ts";
import { searchCards } from "./cardFilters.ts";
import { cardAnchor } from "../../app/cardAnchor.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";

/** Results shown at once; the count says how many more matched. */
const MAX_SHOWN = 30;

/** Searches the text and source labels of every card of the review, with links to their factors. */
export function BoardSearch({ board }: { board: ReadonlyMap<string, FactorState> }) {
  const t = useT();
  const contentLang = useContentLang();
  const { review, scope } = useBoardEnv();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const inputId = useId();
  const hits = searchCards(board, scope, deferred);
  const searching = deferred.trim().length > 0;

  return (
    <div className="board-search" role="search">
      <label className="field__label" htmlFor={inputId}>
        {t("board.search.label")}
      </label>
      <input
        id={inputId}
        className="input board-search__input"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("board.search.placeholder")}
        autoComplete="off"
      />
      <p className="board-search__count" role="status">
        {searching ? (hits.length === 0 ? t("board.search.none") : t("board.search.count", { count: hits.length })) : ""}
      </p>
      {searching && hits.length > 0 ? (
        <ol className="board-search__results">
          {hits.slice(0, MAX_SHOWN).map(({ card, factor }) => (
            <li key={card.id} className="board-search__hit">
              <Link to={`${paths.reviewBoard(review.id, factor.id)}#${cardAnchor(card.id)}`} className="board-search__link">
                <span className="board-search__factor">
                  {factor.number}. <span lang={contentLang}>{factor.name}</span>
                </span>
                <span className="board-search__text">{card.text}</span>
                <span className="board-search__meta">
                  {t(SOURCE_LABEL[card.source])}
                  {card.sourceLabel ? ` · ${card.sourceLabel}` : ""} · {t(STANCE_LABEL[card.stance])}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      {hits.length > MAX_SHOWN ? <p className="board-search__more">{t("board.search.more", { count: hits.length - MAX_SHOWN })}</p> : null}
    </div>
  );
}
