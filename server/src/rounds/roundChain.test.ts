import { describe, expect, it } from "vitest";
import { earlierRounds, roundChain, wouldLoop } from "./roundChain.ts";

describe("rounds of a host project", () => {
  const links = new Map([
    ["b", "a"],
    ["c", "b"],
    ["x", "a"],
  ]);
  const created = ["a", "b", "x", "c"];

  it("orders the chain first round first, following the earliest created later round", () => {
    expect(roundChain("b", links, created)).toEqual(["a", "b", "c"]);
    expect(roundChain("a", links, created)).toEqual(["a", "b", "c"]);
    expect(roundChain("x", links, created)).toEqual(["a", "x"]);
    expect(roundChain("lonely", links, created)).toEqual(["lonely"]);
  });

  it("refuses a link that would close a loop, and survives a corrupt one", () => {
    expect(wouldLoop("a", "c", links)).toBe(true);
    expect(wouldLoop("a", "a", links)).toBe(true);
    expect(wouldLoop("c", "x", links)).toBe(false);
    const corrupt = new Map([
      ["p", "q"],
      ["q", "p"],
    ]);
    expect(earlierRounds("p", corrupt)).toEqual(["q"]);
    expect(roundChain("p", corrupt, ["p", "q"])).toEqual(["q", "p"]);
  });
});
