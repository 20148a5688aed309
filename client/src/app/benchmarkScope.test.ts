import { IMPART_BENCHMARK } from "@review/shared";
import { describe, expect, it } from "vitest";
import { neighbours, scopeBenchmark } from "./benchmarkScope.ts";

describe("scopeBenchmark", () => {
  it("keeps the core module and the chosen themes, in benchmark order", () => {
    const scope = scopeBenchmark(IMPART_BENCHMARK, ["territorial-approach", "assessment-validation", "no-such-module"]);
    expect(scope.modules.map((module) => module.id)).toEqual(["core", "assessment-validation", "territorial-approach"]);
    expect(scope.factors).toHaveLength(8 + 3 + 5);
    expect(scope.byId.get("m1-2")?.module.id).toBe("assessment-validation");
    expect(scope.byId.has("m2-1")).toBe(false);
  });

  it("finds a factor's neighbours across module boundaries", () => {
    const scope = scopeBenchmark(IMPART_BENCHMARK, ["assessment-validation"]);
    expect(neighbours(scope, "core-8")).toMatchObject({ previous: { id: "core-7" }, next: { id: "m1-1" } });
    expect(neighbours(scope, "core-1").previous).toBeNull();
    expect(neighbours(scope, "m1-3").next).toBeNull();
    expect(neighbours(scope, "nope")).toEqual({ previous: null, next: null });
  });
});
