import { isLocaleCode, type LocaleCode } from "@review/shared";
import { isLocale, pickLocale, type Locale } from "./locales.ts";

/** Where the language chosen before (or without) signing in is kept in the browser. */
export const LOCALE_STORAGE_KEY = "review.locale";

type ChoiceStorage = Pick<Storage, "getItem" | "setItem">;

/** The stored choice when it is a language the app ships now (a stale or foreign value is ignored). */
export function readLocaleChoice(storage: ChoiceStorage | null): Locale | null {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
    return stored !== null && isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers the choice; a full or forbidden storage only means it is not remembered. */
export function storeLocaleChoice(storage: ChoiceStorage | null, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Nothing to tell the user: the choice still holds for this page.
  }
}

/** The language before anyone signs in: the stored choice, else the first of the browser's languages the app ships. */
export function initialLocaleChoice(storage: ChoiceStorage | null, preferred: readonly string[]): Locale {
  return readLocaleChoice(storage) ?? pickLocale(preferred);
}

/** A signed-in user's stored language as one the app ships, or null (then the current one stays). */
export function accountLocale(code: string | null | undefined): Locale | null {
  return code && isLocale(code) ? code : null;
}

/**
 * What choosing a language does besides switching the interface: remember it in this browser
 * and, when `save` is given (signed in), on the account. Optimistic: a failed save keeps the
 * choice here and is only logged; the returned promise never rejects.
 */
export function rememberLocaleChoice(
  locale: Locale,
  options: { storage: ChoiceStorage | null; save?: (locale: LocaleCode) => Promise<unknown>; log?: (message: string, error: unknown) => void },
): Promise<void> {
  storeLocaleChoice(options.storage, locale);
  if (!options.save || !isLocaleCode(locale)) return Promise.resolve();
  const log = options.log ?? ((message, error) => console.warn(message, error));
  return options.save(locale).then(
    () => undefined,
    (error: unknown) => log("[i18n] the language choice was not saved on the account", error),
  );
}
