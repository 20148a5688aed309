import { describe, expect, it } from "vitest";
import type { CommentAnchor } from "@review/shared/comments";
import { EarlierAnchors } from "./earlierAnchors.ts";

/** A stand-in anchor named by its start (EarlierAnchors only keeps and compares them). */
const at = (name: string): CommentAnchor => ({ start: name, end: name });
/** Finds (gives back) only the anchors with these names. */
const named = (...names: string[]) => (anchor: CommentAnchor) => (names.includes(anchor.start) ? anchor : null);

describe("EarlierAnchors", () => {
  it("gives back the newest earlier anchor that finds the passage, and keeps the current one in its place", () => {
    const earlier = new EarlierAnchors();
    earlier.remember("t1", at("a"));
    earlier.remember("t1", at("b"));
    expect(earlier.takeBack("t1", at("c"), named("a", "b"))).toEqual(at("b"));
    // "c" is remembered now: a redo that brings its items back can return to it.
    expect(earlier.takeBack("t1", at("b"), named("c"))).toEqual(at("c"));
    expect(earlier.takeBack("t1", at("c"), named("a"))).toEqual(at("a"));
  });

  it("gives nothing for a thread it never moved, or when no earlier anchor finds the passage", () => {
    const earlier = new EarlierAnchors();
    expect(earlier.takeBack("t1", at("x"), (anchor) => anchor)).toBeNull();
    earlier.remember("t1", at("a"));
    expect(earlier.takeBack("t1", at("x"), () => null)).toBeNull();
    expect(earlier.takeBack("t2", at("x"), (anchor) => anchor)).toBeNull();
  });

  it("forgets the oldest anchors of a thread after twenty", () => {
    const earlier = new EarlierAnchors();
    for (let index = 0; index < 25; index += 1) earlier.remember("t1", at(`a${index}`));
    expect(earlier.takeBack("t1", at("x"), named("a4"))).toBeNull();
    expect(earlier.takeBack("t1", at("x"), named("a5"))).toEqual(at("a5"));
  });
});
