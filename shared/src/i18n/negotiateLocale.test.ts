import { describe, expect, it } from "vitest";
import { LOCALE_CODES, localeSchema } from "../schema/locale.ts";
import { negotiateLocale } from "./negotiateLocale.ts";

describe("negotiateLocale", () => {
  it("defaults to English without a usable header", () => {
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("fr-FR, it;q=0.8")).toBe("en");
    expect(negotiateLocale(",,;;q=")).toBe("en");
  });

  it("takes the first supported language in the order written", () => {
    expect(negotiateLocale("de")).toBe("de");
    expect(negotiateLocale("fr, es, de")).toBe("es");
    expect(negotiateLocale("ES")).toBe("es");
  });

  it("maps region and script subtags to the base language", () => {
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("es-419,en;q=0.5")).toBe("es");
    expect(negotiateLocale("de-Latn-CH")).toBe("de");
    expect(negotiateLocale("en-GB")).toBe("en");
  });

  it("respects q-values over the written order", () => {
    expect(negotiateLocale("en;q=0.3, de;q=0.9, es;q=0.5")).toBe("de");
    expect(negotiateLocale("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.85, *;q=0.5")).toBe("de");
    expect(negotiateLocale("en; q=0.5, es ; q=1")).toBe("es");
  });

  it("never picks a refused or malformed entry", () => {
    expect(negotiateLocale("de;q=0, es;q=0.1")).toBe("es");
    expect(negotiateLocale("de;q=0.000")).toBe("en");
    expect(negotiateLocale("de;q=2, es;q=0.2")).toBe("es");
    expect(negotiateLocale("de;q=abc")).toBe("en");
  });

  it("reads the wildcard as the default", () => {
    expect(negotiateLocale("*")).toBe("en");
    expect(negotiateLocale("fr, *;q=0.5, de;q=0.4")).toBe("en");
  });

  it("reads only the first entries of a very long header", () => {
    expect(negotiateLocale(`${Array.from({ length: 100 }, (_, i) => `x${i}`).join(",")},de`)).toBe("en");
  });
});

describe("localeSchema", () => {
  it("accepts exactly the three codes", () => {
    expect(LOCALE_CODES).toEqual(["en", "de", "es"]);
    for (const code of LOCALE_CODES) expect(localeSchema.parse(code)).toBe(code);
    for (const other of ["fr", "DE", "de-AT", "", null]) expect(localeSchema.safeParse(other).success).toBe(false);
  });
});
