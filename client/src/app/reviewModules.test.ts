import { IMPART_BENCHMARK } from "@review/shared";
import { describe, expect, it } from "vitest";
import { factorCount, orderedThemeModules, reviewModules } from "./reviewModules.ts";

describe("review modules", () => {
  it("always include Core and count its factors", () => {
    expect(reviewModules(IMPART_BENCHMARK, []).map((module) => module.id)).toEqual(["core"]);
    expect(factorCount(IMPART_BENCHMARK, [])).toBe(8);
  });

  it("add the chosen thematic modules' factors", () => {
    expect(factorCount(IMPART_BENCHMARK, ["assessment-validation"])).toBe(11);
    expect(factorCount(IMPART_BENCHMARK, ["assessment-validation", "anti-discrimination", "territorial-approach"])).toBe(20);
  });

  it("keep the benchmark's order and drop ids it does not have", () => {
    expect(orderedThemeModules(IMPART_BENCHMARK, ["territorial-approach", "nope", "assessment-validation"])).toEqual([
      "assessment-validation",
      "territorial-approach",
    ]);
  });
});
