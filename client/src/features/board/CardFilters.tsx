import { useId } from "react";
import { SOURCE_KINDS, type EvidenceCard, type SourceKind } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import { NO_FILTER, isFiltering, visitDayOptions, type CardFilter } from "./cardFilters.ts";

/** Narrows the factor's cards by source kind, visit day and author. */
export function CardFilters({
  cards,
  filter,
  onChange,
  shown,
}: {
  cards: readonly EvidenceCard[];
  filter: CardFilter;
  onChange: (filter: CardFilter) => void;
  shown: number;
}) {
  const t = useT();
  const { review, members } = useBoardEnv();
  const id = useId();
  const days = visitDayOptions(review, cards.map((card) => card.visitDay));
  const authors = [...new Set(cards.map((card) => card.author))]
    .map((userId) => ({ userId, name: members.get(userId)?.name ?? t("board.card.formerMember") }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="card-filters" role="group" aria-label={t("board.filter.label")}>
      <div className="card-filters__field">
        <label htmlFor={`${id}-source`}>{t("board.filter.source")}</label>
        <select
          id={`${id}-source`}
          className="input select card-filters__select"
          value={filter.source}
          onChange={(event) => onChange({ ...filter, source: event.target.value as SourceKind | "all" })}
        >
          <option value="all">{t("board.filter.anySource")}</option>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(SOURCE_LABEL[kind])}
            </option>
          ))}
        </select>
      </div>
      <div className="card-filters__field">
        <label htmlFor={`${id}-day`}>{t("board.filter.day")}</label>
        <select
          id={`${id}-day`}
          className="input select card-filters__select"
          value={String(filter.visitDay)}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, visitDay: value === "all" || value === "none" ? value : Number(value) });
          }}
        >
          <option value="all">{t("board.filter.anyDay")}</option>
          {days.map((day) => (
            <option key={day} value={day}>
              {t("board.visitDay", { day })}
            </option>
          ))}
          <option value="none">{t("board.visitDay.none")}</option>
        </select>
      </div>
      <div className="card-filters__field">
        <label htmlFor={`${id}-author`}>{t("board.filter.author")}</label>
        <select
          id={`${id}-author`}
          className="input select card-filters__select"
          value={filter.author}
          onChange={(event) => onChange({ ...filter, author: event.target.value })}
        >
          <option value="all">{t("board.filter.anyAuthor")}</option>
          {authors.map((author) => (
            <option key={author.userId} value={author.userId}>
              {author.name}
            </option>
          ))}
        </select>
      </div>
      <div className={isFiltering(filter) ? "card-filters__status" : "visually-hidden"}>
        <span role="status">{isFiltering(filter) ? t("board.filter.showing", { shown, total: cards.length }) : ""}</span>
        {isFiltering(filter) ? (
          <button type="button" className="button button--ghost" onClick={() => onChange(NO_FILTER)}>
            {t("board.filter.clear")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
