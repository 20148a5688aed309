import { describe, expect, it } from "vitest";
import { previousRoundEntry, scorecardEntryKey } from "./papers.ts";

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
});
