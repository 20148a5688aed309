import { describe, expect, it } from "vitest";
import { scorecardEntryKey } from "./papers.ts";
import { previousRoundEntry, projectLineage } from "./roundEntries.ts";

const entry = (id: string, project: string, position: number, followsReviewId: string | null = null) => ({
  id,
  followsReviewId,
  project: { id: `${id}-${position}`, name: project, position },
});

describe("score-card entries per host project", () => {
  it("keys an entry by review and project", () => {
    expect(scorecardEntryKey(entry("r1", "Desks", 1))).toBe("r1/r1-1");
    expect(scorecardEntryKey({ id: "r1" })).toBe("r1");
  });

  it("compares a later round's project with the earlier round's project of the same name, else the same position", () => {
    const earlier = [entry("r1", "Pathways", 0), entry("r1", "Welcome desks", 1), entry("r1", "Cafés", 2)];
    const later = [entry("r2", "Pathways, region", 0, "r1"), entry("r2", "WELCOME DESKS", 1, "r1"), entry("r2", "Mentoring", 2, "r1")];
    const all = [...earlier, ...later];
    expect(previousRoundEntry(later[0]!, all)).toBe(earlier[0]);
    expect(previousRoundEntry(later[1]!, all)).toBe(earlier[1]);
    expect(previousRoundEntry(later[2]!, all)).toBe(earlier[2]);
    // Renamed and moved: the name wins over the position.
    const moved = entry("r3", "Welcome desks", 2, "r1");
    expect(previousRoundEntry(moved, [...earlier, moved])).toBe(earlier[1]);
    expect(previousRoundEntry(entry("r4", "New", 3, "r1"), earlier)).toBeUndefined();
    expect(previousRoundEntry(earlier[0]!, all)).toBeUndefined();
  });

  it("follows one project through every round of a chain, back and forward from any round", () => {
    const first = [entry("r1", "Pathways", 0), entry("r1", "Welcome desks", 1)];
    const second = [entry("r2", "Pathways", 0, "r1"), entry("r2", "Mentoring", 1, "r1"), entry("r2", "welcome desks", 2, "r1")];
    const third = [entry("r3", "Pathways", 0, "r2")];
    const all = [...first, ...second, ...third];
    expect([...projectLineage(second[2]!, all)]).toEqual([
      ["r2", second[2]],
      ["r1", first[1]],
    ]);
    expect([...projectLineage(first[0]!, all).values()]).toEqual([first[0], second[0], third[0]]);
    // Mentoring falls back to position 1 in the first round: the earlier desks at that position;
    // forward from there, the desks of the same name win over Mentoring.
    expect(projectLineage(second[1]!, all).get("r1")).toBe(first[1]);
    expect(projectLineage(first[1]!, all).get("r2")).toBe(second[2]);
  });
});
