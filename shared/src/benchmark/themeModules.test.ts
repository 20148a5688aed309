import { describe, expect, it } from "vitest";
import { IMPART_BENCHMARK } from "./impart.ts";
import { findThemeModule, themeModules } from "./themeModules.ts";

describe("theme modules", () => {
  it("are the benchmark's thematic modules; the core module is none of them", () => {
    expect(themeModules(IMPART_BENCHMARK).map((module) => module.id)).toEqual(["assessment-validation", "anti-discrimination", "territorial-approach"]);
    expect(findThemeModule(IMPART_BENCHMARK, "anti-discrimination")?.name).toBe("Fostering Anti-discrimination Skills");
    expect(findThemeModule(IMPART_BENCHMARK, "core")).toBeNull();
    expect(findThemeModule(IMPART_BENCHMARK, "Anti-discrimination Skills")).toBeNull();
    expect(findThemeModule(IMPART_BENCHMARK, null)).toBeNull();
  });
});
