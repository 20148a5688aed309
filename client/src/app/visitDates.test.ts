import { describe, expect, it } from "vitest";
import { visitDatesIssue, visitDays } from "./visitDates.ts";

describe("visitDays", () => {
  it("counts both ends and refuses incomplete or reversed spans", () => {
    expect(visitDays("2026-02-27", "2026-03-02")).toBe(4);
    expect(visitDays("2026-05-15", "2026-05-12")).toBeNull();
    expect(visitDays(null, "2026-05-12")).toBeNull();
  });
});

describe("visitDatesIssue", () => {
  it("accepts an open or ordered span and names what is wrong otherwise", () => {
    expect(visitDatesIssue("", "")).toBeNull();
    expect(visitDatesIssue("2026-05-12", "")).toBeNull();
    expect(visitDatesIssue("2026-05-12", "2026-05-12")).toBeNull();
    expect(visitDatesIssue("2026-05-12", "2026-05-11")).toBe("endBeforeStart");
    expect(visitDatesIssue("2026-05-01", "2026-05-14")).toBeNull();
    expect(visitDatesIssue("2026-05-01", "2026-05-15")).toBe("tooLong");
  });
});
