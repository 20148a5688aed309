import { describe, expect, it } from "vitest";
import { contrastRatio, initials, luminance, readableTextOn, userColor } from "./color.ts";

describe("readableTextOn", () => {
  it("uses white on the server's user colours, with AA contrast", () => {
    for (const color of ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"]) {
      expect(readableTextOn(color)).toBe("#ffffff");
      expect(contrastRatio(luminance(color)!, 1)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("uses dark text on light colours and on garbage", () => {
    expect(readableTextOn("#ffe066")).toBe("#111418");
    expect(readableTextOn("red")).toBe("#111418");
  });
});

describe("userColor", () => {
  it("passes #rrggbb and replaces anything else", () => {
    expect(userColor("#1d4ed8")).toBe("#1d4ed8");
    expect(userColor("url(javascript:x)")).toBe("#57606a");
  });
});

describe("initials", () => {
  it("takes the first letters of the first and last word", () => {
    expect(initials("Elena Rossi")).toBe("ER");
    expect(initials("  aoife  ")).toBe("A");
    expect(initials("Jonas van der Berg")).toBe("JB");
    expect(initials("Łukasz Żak")).toBe("ŁŻ");
    expect(initials("")).toBe("?");
  });
});
