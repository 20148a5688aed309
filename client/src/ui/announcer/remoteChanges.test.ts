import { describe, expect, it } from "vitest";
import { newByOthers } from "./remoteChanges.ts";

describe("newByOthers", () => {
  it("counts new items per author, leaving out what was seen and what I made", () => {
    const seen = new Set(["a", "b"]);
    const items = [
      { id: "a", author: "jonas" },
      { id: "b", author: "ana" },
      { id: "c", author: "jonas" },
      { id: "d", author: "jonas" },
      { id: "e", author: "me" },
      { id: "f", author: "ana" },
    ];
    expect([...newByOthers(seen, items, "me")]).toEqual([
      ["jonas", 2],
      ["ana", 1],
    ]);
  });

  it("finds nothing when nothing is new", () => {
    expect(newByOthers(new Set(["a"]), [{ id: "a", author: "x" }], "me").size).toBe(0);
  });
});
