import { describe, expect, it } from "vitest";
import { heatLevel } from "./heatmapScale.ts";

describe("heatLevel", () => {
  it("maps counts to five steps", () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(heatLevel)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
});
