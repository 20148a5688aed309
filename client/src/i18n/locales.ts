import { de } from "./messages/de.ts";
import { en, type MessageKey } from "./messages/en.ts";
import { es } from "./messages/es.ts";
import type { Message } from "./translate.ts";

/**
 * The locales the app ships. To add one, write `messages/<code>.ts` as a
 * `Partial<Catalogue>` (missing keys fall back to English) and register it here.
 */
export const LOCALES = {
  en: { label: "English", messages: en },
  de: { label: "Deutsch", messages: de },
  es: { label: "Español", messages: es },
} satisfies Record<string, { label: string; messages: Partial<Record<MessageKey, Message>> }>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}

/** The first of the user's preferred languages that the app ships, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split("-")[0] ?? "";
    if (isLocale(code)) return code;
  }
  return DEFAULT_LOCALE;
}
