import { describe, expect, it } from "vitest";
import { searchWithView, viewFromSearch } from "./scorecardUrl.ts";

describe("the score card's view in the URL", () => {
  it("reads and writes filters and the self-assessment toggle, keeping other parameters", () => {
    const search = searchWithView(new URLSearchParams("tab=x"), { filters: { module: "anti-discrimination", theme: null, country: "Spain" }, showSelf: true });
    expect(search).toBe("?tab=x&sc-module=anti-discrimination&sc-country=Spain&sc-self=1");
    expect(viewFromSearch(new URLSearchParams(search))).toEqual({ filters: { module: "anti-discrimination", theme: null, country: "Spain" }, showSelf: true });
  });

  it("drops cleared filters and ignores junk", () => {
    expect(searchWithView(new URLSearchParams("sc-module=a&sc-self=1"), { filters: { module: null, theme: null, country: null }, showSelf: false })).toBe("");
    expect(viewFromSearch(new URLSearchParams(`sc-theme=${"x".repeat(500)}&sc-self=yes`))).toEqual({ filters: { module: null, theme: null, country: null }, showSelf: false });
  });
});
