import type { Benchmark, ScorecardReview } from "@review/shared";
import { useId } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import { FilterSelect } from "../../ui/FilterSelect.tsx";
import { NO_FILTERS, filterOptions, themeFilterOptions, type ScorecardFilters as Filters } from "./scorecardModel.ts";

type ScorecardFiltersProps = {
  benchmark: Benchmark;
  reviews: readonly ScorecardReview[];
  filters: Filters;
  onChange: (filters: Filters) => void;
  showSelf: boolean;
  onShowSelf: (show: boolean) => void;
};

/** Module, theme and country filters, and the self-assessment toggle. */
export function ScorecardFilters({ benchmark, reviews, filters, onChange, showSelf, onShowSelf }: ScorecardFiltersProps) {
  const t = useT();
  const id = useId();
  const any = filters.module !== null || filters.theme !== null || filters.country !== null;
  const select = (field: keyof Filters, label: string, options: { value: string; label: string }[]) => (
    <FilterSelect
      id={`${id}-${field}`}
      label={label}
      anyLabel={t("scorecard.filter.all")}
      value={filters[field]}
      options={options}
      onChange={(value) => onChange({ ...filters, [field]: value })}
      classes={{ field: "scorecard-filter", label: "scorecard-filter__label", select: "input select scorecard-filter__select" }}
    />
  );

  return (
    <fieldset className="scorecard-filters">
      <legend className="visually-hidden">{t("scorecard.filters")}</legend>
      <div className="scorecard-filters__row">
        {select(
          "module",
          t("scorecard.filter.module"),
          benchmark.modules.map((module) => ({ value: module.id, label: module.kind === "core" ? t("scorecard.module.core") : module.name })),
        )}
        {select("theme", t("scorecard.filter.theme"), themeFilterOptions(benchmark, reviews))}
        {select("country", t("scorecard.filter.country"), filterOptions(reviews, "country").map((value) => ({ value, label: value })))}
      </div>
      <div className="scorecard-filters__row scorecard-filters__row--end">
        <label className="scorecard-toggle">
          <input type="checkbox" checked={showSelf} onChange={(event) => onShowSelf(event.target.checked)} />
          {t("scorecard.self.toggle")}
        </label>
        {any ? (
          <button type="button" className="bench-sidebar__link-button" onClick={() => onChange(NO_FILTERS)}>
            {t("scorecard.filter.clear")}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
