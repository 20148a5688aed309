import { describe, expect, it } from "vitest";
import { mapCaret } from "./noteCaret.ts";

describe("mapCaret", () => {
  it("keeps a caret before a remote edit where it is", () => {
    expect(mapCaret(3, "We coach weekly.", "We coach weekly, in two languages.")).toBe(3);
  });
  it("shifts a caret after a remote insertion or deletion", () => {
    expect(mapCaret(8, "We coach", "Since 2024 we coach".replace("we", "We"))).toBe(19);
    expect(mapCaret(10, "abc XYZ def", "abc def")).toBe(6);
  });
  it("puts a caret inside a replaced stretch at the end of the new text", () => {
    expect(mapCaret(5, "abc XYZ def", "abc Q def")).toBe(5);
    expect(mapCaret(6, "abc XYZ def", "abc Q def")).toBe(5);
  });
  it("changes nothing when the text is the same", () => {
    expect(mapCaret(4, "same", "same")).toBe(4);
  });
});
