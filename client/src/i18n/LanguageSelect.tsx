import { useId } from "react";
import { useI18n } from "./I18nProvider.tsx";
import { isLocale, LOCALES } from "./locales.ts";
import "./languageSelect.css";

/**
 * The interface language as a labelled `<select>`. Each option names its language in that
 * language (with `lang`, so screen readers pronounce it right), whatever the current one is.
 */
export function LanguageSelect({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  const codes = Object.keys(LOCALES).filter(isLocale);
  return (
    <div className={`language-select${className ? ` ${className}` : ""}`}>
      <label className="language-select__label" htmlFor={id}>
        {t("language.label")}
      </label>
      <select
        id={id}
        className="input select language-select__input"
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (isLocale(next)) setLocale(next);
        }}
      >
        {codes.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALES[code].label}
          </option>
        ))}
      </select>
    </div>
  );
}
