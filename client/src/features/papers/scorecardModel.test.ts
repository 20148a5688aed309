import { IMPART_BENCHMARK, type ScorecardReview } from "@review/shared";
import { describe, expect, it } from "vitest";
import { NO_FILTERS, applicableCount, dominantRating, filterOptions, scorecardView, themeFilterOptions, themeLabel } from "./scorecardModel.ts";

function review(id: string, fields: Partial<ScorecardReview>): ScorecardReview {
  return { id, title: id, hostProject: "", country: "", themeModuleId: null, modules: [], benchmarkVersion: "2012.1", isMember: true, followsReviewId: null, ratings: {}, selfRatings: {}, ...fields };
}

const reviews = [
  review("se", { country: "Sweden", themeModuleId: "assessment-validation", modules: ["assessment-validation"], ratings: { "core-2": "partly", "m1-1": "wholly" } }),
  review("be", { country: "Belgium", themeModuleId: "anti-discrimination", modules: ["anti-discrimination"], ratings: { "core-2": "partly" } }),
  review("es", { country: "Spain", themeModuleId: "territorial-approach", modules: ["territorial-approach"], ratings: { "core-2": "not" } }),
];

describe("scorecardView", () => {
  it("shows every review, core and the modules chosen, with tallies, when unfiltered", () => {
    const view = scorecardView(IMPART_BENCHMARK, reviews, NO_FILTERS);
    expect(view.reviews.map((entry) => entry.id)).toEqual(["se", "be", "es"]);
    expect(view.modules.map((module) => module.id)).toEqual(["core", "assessment-validation", "anti-discrimination", "territorial-approach"]);
    expect(view.counts["core-2"]).toEqual({ wholly: 0, partly: 2, not: 1, unrated: 0 });
  });

  it("filters by theme and country and counts again over what remains", () => {
    const byTheme = scorecardView(IMPART_BENCHMARK, reviews, { ...NO_FILTERS, theme: "anti-discrimination" });
    expect(byTheme.reviews.map((entry) => entry.id)).toEqual(["be"]);
    expect(byTheme.modules.map((module) => module.id)).toEqual(["core", "anti-discrimination"]);
    expect(byTheme.counts["core-2"]).toEqual({ wholly: 0, partly: 1, not: 0, unrated: 0 });
    expect(scorecardView(IMPART_BENCHMARK, reviews, { ...NO_FILTERS, country: "Spain" }).reviews.map((entry) => entry.id)).toEqual(["es"]);
  });

  it("a module filter keeps that module's factors and the reviews that cover it", () => {
    const view = scorecardView(IMPART_BENCHMARK, reviews, { ...NO_FILTERS, module: "assessment-validation" });
    expect(view.modules.map((module) => module.id)).toEqual(["assessment-validation"]);
    expect(view.reviews.map((entry) => entry.id)).toEqual(["se"]);
    expect(scorecardView(IMPART_BENCHMARK, reviews, { ...NO_FILTERS, module: "core" }).reviews).toHaveLength(3);
  });
});

describe("score card helpers", () => {
  it("offers each theme module once, by name, in the benchmark's order; an unknown id last", () => {
    const more = [...reviews, review("be2", { themeModuleId: "anti-discrimination" }), review("none", {}), review("old", { themeModuleId: "housing" })];
    expect(themeFilterOptions(IMPART_BENCHMARK, more)).toEqual([
      { value: "assessment-validation", label: "Assessment and Validation – Valuing Migrant Competences" },
      { value: "anti-discrimination", label: "Fostering Anti-discrimination Skills" },
      { value: "territorial-approach", label: "Integrated Territorial Approach" },
      { value: "housing", label: "housing" },
    ]);
    expect(scorecardView(IMPART_BENCHMARK, more, { ...NO_FILTERS, theme: "anti-discrimination" }).reviews.map((entry) => entry.id)).toEqual(["be", "be2"]);
    expect(themeLabel(IMPART_BENCHMARK, "territorial-approach")).toBe("Integrated Territorial Approach");
    expect(themeLabel(IMPART_BENCHMARK, null)).toBeNull();
  });


  it("lists distinct non-empty filter values", () => {
    expect(filterOptions([...reviews, review("x", { country: "" }), review("y", { country: "Spain" })], "country")).toEqual(["Belgium", "Spain", "Sweden"]);
  });

  it("names the most common rating, and says when another was given as often", () => {
    expect(dominantRating({ wholly: 1, partly: 2, not: 0, unrated: 0 })).toEqual({ rating: "partly", count: 2, tied: false });
    expect(dominantRating({ wholly: 1, partly: 1, not: 0, unrated: 1 })).toMatchObject({ count: 1, tied: true });
    expect(dominantRating({ wholly: 0, partly: 0, not: 0, unrated: 3 })).toBeNull();
    expect(applicableCount({ wholly: 1, partly: 1, not: 0, unrated: 1 })).toBe(3);
  });
});
