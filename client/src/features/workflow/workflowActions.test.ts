import { describe, expect, it } from "vitest";
import { workflowActions } from "./workflowActions.ts";

describe("workflow actions", () => {
  it("offers the usual next step first", () => {
    expect(workflowActions("draft").map((a) => [a.kind, a.primary])).toEqual([
      ["host_review", true],
      ["final", false],
    ]);
    expect(workflowActions("host_review").map((a) => [a.kind, a.primary])).toEqual([
      ["final", true],
      ["draft", false],
    ]);
  });

  it("calls going back from final a reopen, with its own wording", () => {
    expect(workflowActions("final")).toEqual([
      {
        to: "draft",
        kind: "reopen",
        primary: true,
        label: "workflow.action.reopen",
        confirmTitle: "workflow.confirm.reopen.title",
        confirmText: "workflow.confirm.reopen.text",
      },
    ]);
  });
});
