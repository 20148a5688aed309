import { describe, expect, it } from "vitest";
import { canTransitionReport, lockedReportAccess, REPORT_STATUSES } from "./reportStatus.ts";

describe("report status", () => {
  it("allows the workflow's transitions and nothing else", () => {
    const allowed = REPORT_STATUSES.flatMap((from) => REPORT_STATUSES.filter((to) => canTransitionReport(from, to)).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(["draft>final", "draft>host_review", "final>draft", "host_review>draft", "host_review>final"]);
  });

  it("makes a final report read-only and leaves other statuses alone", () => {
    expect(lockedReportAccess("write", "final")).toBe("read");
    expect(lockedReportAccess("read", "final")).toBe("read");
    expect(lockedReportAccess("write", "host_review")).toBe("write");
    expect(lockedReportAccess("write", "draft")).toBe("write");
  });
});
