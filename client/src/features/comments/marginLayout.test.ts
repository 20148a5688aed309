import { describe, expect, it } from "vitest";
import { layoutMargin, sameLayout } from "./marginLayout.ts";

describe("margin layout", () => {
  it("keeps cards at their passages when they fit", () => {
    const tops = layoutMargin([{ id: "a", top: 0, height: 50 }, { id: "b", top: 200, height: 50 }], null);
    expect([...tops]).toEqual([["a", 0], ["b", 200]]);
  });

  it("pushes overlapping cards down, in passage order", () => {
    const tops = layoutMargin([{ id: "b", top: 20, height: 50 }, { id: "a", top: 10, height: 50 }], null);
    expect(tops.get("a")).toBe(10);
    expect(tops.get("b")).toBe(68);
  });

  it("gives the active card its place and moves earlier cards up", () => {
    const tops = layoutMargin([{ id: "a", top: 100, height: 50 }, { id: "b", top: 110, height: 50 }], "b");
    expect(tops.get("b")).toBe(110);
    expect(tops.get("a")).toBe(52);
    const clamped = layoutMargin([{ id: "a", top: 0, height: 50 }, { id: "b", top: 10, height: 50 }], "b");
    expect(clamped.get("a")).toBe(0);
    expect(clamped.get("b")).toBe(58);
  });

  it("tells layouts apart by which cards they place, not only where", () => {
    const button = new Map([["__add", 5236]]);
    expect(sameLayout(button, new Map([["__draft", 5236]]))).toBe(false);
    expect(sameLayout(button, new Map([["__add", 5236.3]]))).toBe(true);
    expect(sameLayout(button, new Map([["__add", 5240]]))).toBe(false);
    expect(sameLayout(button, new Map())).toBe(false);
  });
});
