import { describe, expect, it } from "vitest";
import { parseFactorIds } from "./factorMark.ts";

describe("parseFactorIds", () => {
  it("accepts arrays, comma and space strings, without duplicates or blanks", () => {
    expect(parseFactorIds(["core-1", "core-1", " m1-2 "])).toEqual(["core-1", "m1-2"]);
    expect(parseFactorIds("core-1,m1-2")).toEqual(["core-1", "m1-2"]);
    expect(parseFactorIds("core-1 m1-2")).toEqual(["core-1", "m1-2"]);
    expect(parseFactorIds(undefined)).toEqual([]);
    expect(parseFactorIds([1, null])).toEqual([]);
  });
});
