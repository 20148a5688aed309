import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "./locales.ts";
import { en } from "./messages/en.ts";
import type { Message } from "./translate.ts";

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Keys whose value may stay as in English, beside values with no words at all
 * (placeholders, numbers, punctuation: "{name}, {role}", "3–4"). Anything else
 * identical to English is most likely a forgotten translation.
 */
const SAME_AS_ENGLISH: { readonly all: readonly string[] } & Partial<Record<string, readonly string[]>> = {
  // The product's name, file formats and keyboard shortcuts.
  all: [
    "app.name",
    "app.documentTitle",
    "export.md",
    "export.docx",
    "comments.add.shortcut",
    "suggestions.add.shortcut",
    "editor.toolbar.heading1.short",
    "editor.toolbar.heading2.short",
    "editor.toolbar.heading3.short",
  ],
  // Loan words German uses as in English.
  de: [
    "benchmarks.nav",
    "benchmarks.title",
    "sidebar.title",
    "setup.benchmark.title",
    "setup.benchmark.label",
    "comments.aside.benchmark",
    "reviewNav.team",
    "scorecard.reviewsHeading",
    "board.source.workshop",
    "network.table.name",
    "account.profile.name",
    "editor.toolbar.link",
    "board.brief.definition",
    "benchmarks.version",
    "setup.benchmark.version",
    "collab.status.live",
    "scorecard.letter.not",
    "scorecard.review.column",
    "workflow.actor.ngos",
    "recommendations.filter.review",
    "recommendations.column.review",
    // The toolkit's module code ("M1.2"), and loan words.
    "programme.factor.code.theme",
    "programme.kind.interview",
    "programme.kind.workshop",
    "programme.person.label",
  ],
  // Spanish words spelled as in English ("Factor", "Total"; P and N as parcialmente and no).
  es: ["scorecard.factor", "overview.rounds.factor", "board.heatmap.total", "board.factor.number", "board.form.factor", "scorecard.letter.partly", "scorecard.letter.not", "programme.factor.code.theme"],
};

/** True when a text has no letters outside its placeholders. */
function wordless(text: string): boolean {
  return !/\p{L}/u.test(text.replace(PLACEHOLDER, ""));
}

const english = en as Record<string, Message>;
const englishKeys = Object.keys(en).sort();

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((name) => b.has(name));
}

function show(names: ReadonlySet<string>): string {
  return [...names].sort().map((name) => `{${name}}`).join(" ") || "none";
}

function forms(message: Message): Array<[form: string, text: string]> {
  if (typeof message === "string") return [["", message]];
  return Object.entries(message).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

/** For each plural category of the locale, how many integers in 0..200 fall in it. */
function categoryCounts(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const counts = new Map<string, number>();
  for (let n = 0; n <= 200; n++) {
    const category = rules.select(n);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

const translations = (Object.entries(LOCALES) as Array<[Locale, (typeof LOCALES)[Locale]]>).filter(([code]) => code !== "en");

describe("the catalogues", () => {
  it("cover at least one locale beside English", () => {
    expect(translations.length).toBeGreaterThan(0);
  });
});

describe.each(translations)("the %s catalogue", (locale, { messages }) => {
  const catalogue = messages as Record<string, Message>;
  const categories = categoryCounts(locale);

  it("has exactly the English keys", () => {
    const missing = englishKeys.filter((key) => !Object.hasOwn(catalogue, key));
    const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(english, key)).sort();
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("keeps the placeholders of the English entry in every form", () => {
    const mismatches: string[] = [];
    for (const [key, translated] of Object.entries(catalogue)) {
      const source = english[key];
      if (source === undefined) continue;
      for (const [form, text] of forms(translated)) {
        const sourceText = typeof source === "string" ? source : (source[form as Intl.LDMLPluralRule] ?? source.other);
        const expected = placeholders(sourceText);
        const found = placeholders(text);
        // A category that holds a single number ("one" in en, de, es) may spell it out: "morgen" for {count} = 1.
        if (form !== "" && categories.get(form) === 1) {
          expected.delete("count");
          found.delete("count");
        } else if (form !== "" && typeof source !== "string") {
          // Every other plural form must show the number, even where English's matching form is worded without it.
          expected.add("count");
        }
        if (!sameSet(expected, found)) mismatches.push(`${key}${form ? `.${form}` : ""}: has ${show(found)}, English ${show(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("makes every English plural a plural with `other` and every category the locale uses", () => {
    const needed = [...categories.keys()];
    const wrong: string[] = [];
    for (const [key, source] of Object.entries(english)) {
      const translated = catalogue[key];
      if (translated === undefined) continue;
      if (typeof source === "string") {
        if (typeof translated !== "string") wrong.push(`${key}: plural, but English is a plain string`);
        continue;
      }
      if (typeof translated === "string") {
        wrong.push(`${key}: plain string, but English is plural`);
        continue;
      }
      const lacking = ["other", ...needed].filter((category) => typeof translated[category as Intl.LDMLPluralRule] !== "string");
      if (lacking.length > 0) wrong.push(`${key}: lacks ${[...new Set(lacking)].join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });

  it("has no empty translation", () => {
    const empty = Object.entries(catalogue).flatMap(([key, message]) =>
      forms(message)
        .filter(([, text]) => text.trim() === "")
        .map(([form]) => `${key}${form ? `.${form}` : ""}`),
    );
    expect(empty).toEqual([]);
  });

  it("leaves no value as in English beyond the allowlist", () => {
    const allowed = new Set([...SAME_AS_ENGLISH.all, ...(SAME_AS_ENGLISH[locale] ?? [])]);
    const untranslated = Object.entries(catalogue)
      .filter(([key, message]) => JSON.stringify(message) === JSON.stringify(english[key]))
      .filter(([key, message]) => !allowed.has(key) && !forms(message).every(([, text]) => wordless(text)))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
