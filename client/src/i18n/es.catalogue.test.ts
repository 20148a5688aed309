import { describe, expect, it } from "vitest";
import { en } from "./messages/en.ts";
import { es } from "./messages/es.ts";
import { pickLocale } from "./locales.ts";
import type { Message } from "./translate.ts";

const PLACEHOLDER = /\{(\w+)\}/g;

function forms(message: Message): Array<[string, string]> {
  return typeof message === "string" ? [["", message]] : Object.entries(message).filter((entry): entry is [string, string] => entry[1] !== undefined);
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].sort();
}

/** The placeholders of an English entry: the union over its forms (a `one` form may spell out the count). */
function englishPlaceholders(message: Message): string[] {
  return [...new Set(forms(message).flatMap(([, text]) => placeholders(text)))].sort();
}

const englishKeys = Object.keys(en).sort();
const spanishKeys = Object.keys(es).sort();
const spanish = es as Record<string, Message>;

describe("the Spanish catalogue", () => {
  it("has exactly the English keys", () => {
    const missing = englishKeys.filter((key) => !Object.hasOwn(es, key));
    const extra = spanishKeys.filter((key) => !Object.hasOwn(en, key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("keeps every placeholder of the English entry, in every plural form", () => {
    const mismatches: string[] = [];
    for (const [key, message] of Object.entries(en) as Array<[string, Message]>) {
      const translated = spanish[key];
      if (translated === undefined) continue;
      const expected = englishPlaceholders(message);
      for (const [form, text] of forms(translated)) {
        const found = placeholders(text);
        // A `one` form may drop {count} ("mañana" instead of "en 1 día"); every other placeholder must stay.
        const wanted = form === "one" ? expected.filter((name) => name !== "count" || found.includes("count")) : expected;
        if (found.join(",") !== wanted.join(",")) mismatches.push(`${key}${form ? `.${form}` : ""}: {${found.join("},{")}} ≠ {${wanted.join("},{")}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("makes every English plural entry a plural entry with one and other", () => {
    const wrong = (Object.entries(en) as Array<[string, Message]>)
      .filter(([, message]) => typeof message !== "string")
      .map(([key]) => key)
      .filter((key) => {
        const translated = spanish[key];
        return typeof translated !== "object" || typeof translated.one !== "string" || typeof translated.other !== "string";
      });
    expect(wrong).toEqual([]);
  });

  it("has no empty strings", () => {
    const empty = Object.entries(spanish).flatMap(([key, message]) =>
      forms(message)
        .filter(([, text]) => text.trim() === "")
        .map(([form]) => `${key}${form ? `.${form}` : ""}`),
    );
    expect(empty).toEqual([]);
  });

  it("is picked for a browser that prefers Spanish", () => {
    expect(pickLocale(["es-ES", "en"])).toBe("es");
  });
});
