import { describe, expect, it } from "vitest";
import { applyReportLock } from "./reportLock.ts";

describe("report lock", () => {
  it("grants at most read on a final report, moderators included", () => {
    expect(applyReportLock("report", "write", { reportStatus: "final" })).toBe("read");
    expect(applyReportLock("report", "read", { reportStatus: "final" })).toBe("read");
  });

  it("leaves drafts, host review and the other documents alone", () => {
    expect(applyReportLock("report", "write", { reportStatus: "host_review" })).toBe("write");
    expect(applyReportLock("report", "write", { reportStatus: "draft" })).toBe("write");
    // Hosts record their decisions in the self document after final; comments stay open.
    expect(applyReportLock("self", "write", { reportStatus: "final" })).toBe("write");
    expect(applyReportLock("comments", "write", { reportStatus: "final" })).toBe("write");
  });
});
