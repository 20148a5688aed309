import { z } from "zod";

/** The languages the product speaks: the interface, a user's stored choice, the exports. */
export const LOCALE_CODES = ["en", "de", "es"] as const;
export const localeSchema = z.enum(LOCALE_CODES);
/** A supported language as its ISO 639-1 code (the client's `Locale` is the subset it has catalogues for). */
export type LocaleCode = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE_CODE: LocaleCode = "en";

export function isLocaleCode(value: unknown): value is LocaleCode {
  return localeSchema.safeParse(value).success;
}
