import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.ts";

describe("excerpt", () => {
  it("flattens whitespace and shortens long text with an ellipsis", () => {
    expect(excerpt("  Two\nlines  ")).toBe("Two lines");
    expect(excerpt("abcdefghij", 6)).toBe("abcde…");
    expect(excerpt("abcdef", 6)).toBe("abcdef");
  });
});
