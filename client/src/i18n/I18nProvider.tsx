import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { en, type MessageKey } from "./messages/en.ts";
import { DEFAULT_LOCALE, LOCALES, pickLocale, type Locale } from "./locales.ts";
import { createTranslator, type Translator } from "./translate.ts";

export type T = Translator<MessageKey>;

type I18nContextValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: T;
  /** A date as the locale writes it, e.g. "12 Mar 2026". */
  formatDate: (date: Date | string) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

function preferredLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/** Provides the translator; the locale follows the browser until `setLocale` is called. */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? pickLocale(preferredLanguages()) ?? DEFAULT_LOCALE);

  const value = useMemo<I18nContextValue>(() => {
    const t = createTranslator<MessageKey>(locale, LOCALES[locale].messages, en);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const formatDate = (date: Date | string) => {
      const parsed = typeof date === "string" ? new Date(date) : date;
      return Number.isNaN(parsed.getTime()) ? "" : dates.format(parsed);
    };
    return { locale, setLocale, t, formatDate };
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs an <I18nProvider>");
  return value;
}

/** The translator for the current locale: `t("auth.signIn.title")`. */
export function useT(): T {
  return useI18n().t;
}
