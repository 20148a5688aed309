import { describe, expect, it } from "vitest";
import type { ReportBlock } from "./reportBlocks.ts";
import { diffReports } from "./reportDiff.ts";

const p = (text: string): ReportBlock => ({ kind: "paragraph", text });
const h = (text: string): ReportBlock => ({ kind: "heading2", text });

describe("diffReports", () => {
  it("keeps unchanged blocks whole and counts nothing", () => {
    const diff = diffReports([h("Findings"), p("Mentors help.")], [h("Findings"), p("Mentors help.")]);
    expect(diff.blocks.map((block) => block.change)).toEqual(["same", "same"]);
    expect(diff).toMatchObject({ addedWords: 0, removedWords: 0 });
  });

  it("shows an edited paragraph as word insertions and deletions", () => {
    const diff = diffReports([p("Migrant voice is partly matched in most reviews.")], [p("Migrant voice is wholly matched in most reviews.")]);
    expect(diff.blocks).toHaveLength(1);
    const [block] = diff.blocks;
    expect(block!.change).toBe("changed");
    expect(block!.parts.filter((part) => part.change === "removed").map((part) => part.text.trim())).toEqual(["partly"]);
    expect(block!.parts.filter((part) => part.change === "added").map((part) => part.text.trim())).toEqual(["wholly"]);
    expect(diff).toMatchObject({ addedWords: 1, removedWords: 1 });
  });

  it("shows added and removed blocks whole, in place", () => {
    const diff = diffReports([h("Findings"), p("Old conclusion."), p("Kept.")], [h("Findings"), p("Kept."), p("A new recommendation for the ministry.")]);
    expect(diff.blocks.map((block) => [block.change, block.parts.map((part) => part.text).join("")])).toEqual([
      ["same", "Findings"],
      ["removed", "Old conclusion."],
      ["same", "Kept."],
      ["added", "A new recommendation for the ministry."],
    ]);
    expect(diff).toMatchObject({ addedWords: 6, removedWords: 2 });
  });

  it("does not pair a replaced block with an unrelated one", () => {
    const diff = diffReports([p("Entirely different words here.")], [p("Nothing alike at all, really.")]);
    expect(diff.blocks.map((block) => block.change)).toEqual(["removed", "added"]);
  });

  it("treats a short block with a small change as edited", () => {
    const diff = diffReports([h("Migrant voice")], [h("migrant voice")]);
    expect(diff.blocks.map((block) => block.change)).toEqual(["changed"]);
  });

  it("keeps the kind of a block whose level changed", () => {
    const diff = diffReports([p("Conclusions")], [h("Conclusions")]);
    expect(diff.blocks).toEqual([{ kind: "heading2", change: "changed", parts: [{ change: "same", text: "Conclusions" }] }]);
  });
});
