import { benchmarkLanguage, type Benchmark } from "@review/shared";
import { useId } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { factorCount, orderedThemeModules } from "../app/reviewModules.ts";
import { useContentLang } from "../i18n/ContentLanguage.tsx";
import "./modulePicker.css";

type ModulePickerProps = {
  benchmark: Benchmark;
  /** Chosen theme module ids. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  legend: string;
  disabled?: boolean;
  error?: string | undefined;
};

/** Core (always included, shown as such) and a checkbox per thematic module, with their factor counts. */
export function ModulePicker({ benchmark, selected, onChange, legend, disabled = false, error }: ModulePickerProps) {
  const t = useT();
  const contentLang = useContentLang(benchmarkLanguage(benchmark));
  const errorId = useId();
  const toggle = (id: string, checked: boolean) => {
    onChange(orderedThemeModules(benchmark, checked ? [...selected, id] : selected.filter((existing) => existing !== id)));
  };

  return (
    <fieldset className={`module-picker${error ? " module-picker--invalid" : ""}`} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      <ul className="module-picker__list">
        {benchmark.modules.map((module) => {
          const core = module.kind === "core";
          const checked = core || selected.includes(module.id);
          return (
            <li key={module.id}>
              <label className={`module-option${checked ? " module-option--checked" : ""}${core ? " module-option--core" : ""}`}>
                <input
                  type="checkbox"
                  className="module-option__box"
                  checked={checked}
                  disabled={core || disabled}
                  onChange={(event) => toggle(module.id, event.target.checked)}
                />
                <span className="module-option__text">
                  <span className="module-option__name">
                    <span lang={contentLang}>{module.name}</span>
                    {core ? <span className="module-option__tag">{t("setup.modules.alwaysIncluded")}</span> : null}
                  </span>
                  {module.description ? <span className="module-option__description" lang={contentLang}>
                      {module.description}
                    </span> : null}
                </span>
                <span className="module-option__count">{t("setup.modules.factors", { count: module.factors.length })}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="module-picker__total" aria-live="polite">
        {t("setup.modules.total", { count: factorCount(benchmark, selected) })}
      </p>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
