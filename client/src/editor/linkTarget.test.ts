import { describe, expect, it } from "vitest";
import { normaliseLinkTarget } from "./linkTarget.ts";

describe("normaliseLinkTarget", () => {
  it("keeps http(s) and mailto addresses, adding https:// or mailto: where a writer leaves it out", () => {
    expect(normaliseLinkTarget(" https://example.org/a?b=1 ")).toBe("https://example.org/a?b=1");
    expect(normaliseLinkTarget("http://example.org")).toBe("http://example.org");
    expect(normaliseLinkTarget("example.org/report")).toBe("https://example.org/report");
    expect(normaliseLinkTarget("jonas@example.org")).toBe("mailto:jonas@example.org");
    expect(normaliseLinkTarget("mailto:jonas@example.org")).toBe("mailto:jonas@example.org");
  });

  it("refuses what is not an address", () => {
    for (const typed of ["", "   ", "javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "data:text/html,x", "report", "ftp://example.org", "/relative/path"]) {
      expect({ typed, result: normaliseLinkTarget(typed) }).toEqual({ typed, result: null });
    }
  });
});
