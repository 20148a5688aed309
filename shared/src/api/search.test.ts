import { describe, expect, it } from "vitest";
import { findOccurrences } from "./search.ts";

describe("findOccurrences", () => {
  it("ignores case and accents and answers positions in the original text", () => {
    const text = "The Aragón forum and the ARAGON office";
    expect(findOccurrences(text, "aragon").map(([start, end]) => text.slice(start, end))).toEqual(["Aragón", "ARAGON"]);
    expect(findOccurrences("Straße · Mädchen", "madchen").map(([s, e]) => "Straße · Mädchen".slice(s, e))).toEqual(["Mädchen"]);
  });

  it("stops at the limit and finds nothing for an empty query", () => {
    expect(findOccurrences("a a a a", "a", 2)).toHaveLength(2);
    expect(findOccurrences("text", "  ")).toEqual([]);
  });
});
