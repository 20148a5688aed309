import { describe, expect, it } from "vitest";
import { createTranslator, interpolate } from "./translate.ts";
import { pickLocale } from "./locales.ts";

const plain = (n: number) => String(n);

describe("interpolate", () => {
  it("replaces every placeholder with its parameter", () => {
    expect(interpolate("{name} joined {review} as {name}", { name: "Elena", review: "Lisbon" }, plain)).toBe(
      "Elena joined Lisbon as Elena",
    );
  });

  it("leaves unknown placeholders visible", () => {
    expect(interpolate("Hello {name}", {}, plain)).toBe("Hello {name}");
  });

  it("formats numbers with the locale's formatter", () => {
    expect(interpolate("{count} words", { count: 1200 }, (n) => new Intl.NumberFormat("en").format(n))).toBe("1,200 words");
  });

  it("returns the template untouched without parameters", () => {
    expect(interpolate("Saved {x}", undefined, plain)).toBe("Saved {x}");
  });
});

describe("createTranslator", () => {
  const fallback = {
    greeting: "Hello {name}",
    people: { one: "{count} person", other: "{count} people" },
    onlyEnglish: "Only in English",
  };

  it("interpolates and chooses plural forms", () => {
    const t = createTranslator("en", fallback, fallback);
    expect(t("greeting", { name: "Jonas" })).toBe("Hello Jonas");
    expect(t("people", { count: 1 })).toBe("1 person");
    expect(t("people", { count: 3 })).toBe("3 people");
  });

  it("falls back to English for keys a locale lacks", () => {
    const t = createTranslator<keyof typeof fallback>("de", { greeting: "Hallo {name}" }, fallback);
    expect(t("greeting", { name: "Aoife" })).toBe("Hallo Aoife");
    expect(t("onlyEnglish")).toBe("Only in English");
  });
});

describe("pickLocale", () => {
  it("takes the first supported language and ignores regions", () => {
    expect(pickLocale(["fr-FR", "en-GB"])).toBe("en");
  });

  it("picks German and Spanish by the base language of the browser's tags", () => {
    expect(pickLocale(["de-AT", "en"])).toBe("de");
    expect(pickLocale(["fr-FR", "de-DE", "en"])).toBe("de");
    expect(pickLocale(["es-ES", "en"])).toBe("es");
    expect(pickLocale(["es-419"])).toBe("es");
  });

  it("defaults to English", () => {
    expect(pickLocale([])).toBe("en");
    expect(pickLocale(["__proto__"])).toBe("en");
  });
});
