import type { LocaleCode } from "@review/shared";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { browserStorage } from "../app/browserStorage.ts";
import { accountLocale, initialLocaleChoice, rememberLocaleChoice, storeLocaleChoice } from "./localeChoice.ts";
import { en, type MessageKey } from "./messages/en.ts";
import { LOCALES, type Locale } from "./locales.ts";
import { createTranslator, type Translator } from "./translate.ts";

export type T = Translator<MessageKey>;

type I18nContextValue = {
  locale: Locale;
  /** Switches at once, remembers the choice in this browser and, when signed in, on the account. */
  setLocale: (locale: Locale) => void;
  t: T;
  /** A date as the locale writes it, e.g. "12 Mar 2026". */
  formatDate: (date: Date | string) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

function preferredLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

type I18nProviderProps = {
  children: ReactNode;
  initialLocale?: Locale;
  /**
   * The signed-in account and its stored language: taken when the session loads (and when the
   * server reports another). Null while signed out.
   */
  account?: { id: string; locale: string } | null;
  /** Remembers a choice on the account (signed in only); a failure keeps the choice locally. */
  saveLocale?: (locale: LocaleCode) => Promise<unknown>;
};

/**
 * Provides the translator. Signed out, the language is the choice stored in this browser,
 * else the browser's languages; signed in, the account's, until the user picks another.
 */
export function I18nProvider({ children, initialLocale, account = null, saveLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? initialLocaleChoice(browserStorage(), preferredLanguages()));

  const accountId = account?.id ?? null;
  const storedOnAccount = account?.locale ?? null;
  useEffect(() => {
    const adopted = accountId ? accountLocale(storedOnAccount) : null;
    if (!adopted) return;
    setLocaleState(adopted);
    storeLocaleChoice(browserStorage(), adopted);
  }, [accountId, storedOnAccount]);

  const save = useRef(saveLocale);
  useEffect(() => {
    save.current = saveLocale;
  }, [saveLocale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    void rememberLocaleChoice(next, { storage: browserStorage(), save: save.current });
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const t = createTranslator<MessageKey>(locale, LOCALES[locale].messages, en);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const formatDate = (date: Date | string) => {
      const parsed = typeof date === "string" ? new Date(date) : date;
      return Number.isNaN(parsed.getTime()) ? "" : dates.format(parsed);
    };
    return { locale, setLocale, t, formatDate };
  }, [locale, setLocale]);

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
