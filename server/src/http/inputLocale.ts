import { negotiateLocale, type LocaleCode } from "@review/shared";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "./appEnv.ts";

const LOCALE_ERRORS: Record<LocaleCode, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  de: z.locales.de,
  es: z.locales.es,
};

const errorMaps = new Map<LocaleCode, z.core.$ZodErrorMap>();

/**
 * Zod's own messages ("Too small: expected string to have >=1 characters") in `locale`, for one
 * parse. Messages a schema words itself stay as written.
 */
export function zodErrorMap(locale: LocaleCode): z.core.$ZodErrorMap {
  let map = errorMaps.get(locale);
  if (!map) {
    map = LOCALE_ERRORS[locale]().localeError;
    errorMaps.set(locale, map);
  }
  return map;
}

/** The language to word a refusal of this request in: the account's, else the browser's. */
export function requestLocale(c: Context<AppEnv>): LocaleCode {
  return c.get("user")?.locale ?? negotiateLocale(c.req.header("accept-language"));
}
