import { describe, expect, it } from "vitest";
import { IMPART_BENCHMARK } from "../benchmark/impart.ts";
import { reviewCoversModule, tallyRatings } from "./tally.ts";

describe("tallyRatings", () => {
  const reviews = [
    { modules: ["anti-discrimination"], ratings: { "core-2": "partly", "m2-1": "not" } },
    { modules: [], ratings: { "core-2": "partly", "core-3": "wholly" } },
    { modules: ["anti-discrimination"], ratings: {} },
  ] as const;

  it("counts each factor over the reviews it applies to", () => {
    const counts = tallyRatings(IMPART_BENCHMARK, reviews.map((review) => ({ modules: [...review.modules], ratings: { ...review.ratings } })));
    expect(counts["core-2"]).toEqual({ wholly: 0, partly: 2, not: 0, unrated: 1 });
    expect(counts["core-3"]).toEqual({ wholly: 1, partly: 0, not: 0, unrated: 2 });
    expect(counts["m2-1"]).toEqual({ wholly: 0, partly: 0, not: 1, unrated: 1 });
    // A module nobody chose applies to no review.
    expect(counts["m1-1"]).toEqual({ wholly: 0, partly: 0, not: 0, unrated: 0 });
  });

  it("treats the core module as part of every review", () => {
    expect(reviewCoversModule({ modules: [] }, { id: "core", kind: "core" })).toBe(true);
    expect(reviewCoversModule({ modules: [] }, { id: "anti-discrimination", kind: "theme" })).toBe(false);
  });
});
