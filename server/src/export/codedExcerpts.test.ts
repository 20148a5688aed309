import { describe, expect, it } from "vitest";
import { codedExcerptsSchema, type EvidenceCard } from "@review/shared";
import { emptyFactorState, type FactorState } from "@review/shared/board";
import { collectCodedExcerpts, reportPassages } from "./codedExcerpts.ts";
import { csvField, renderExcerptsCsv } from "./excerptsCsv.ts";
import { HOSTILE_NODES, bulletList, factor, heading, listItem, paragraph, reportDocument, text } from "./reportFixture.ts";

const REVIEW = { id: "abcdefghijklmnop", title: "Pathways to Work", hostProject: "Integrated pathways" };

function card(overrides: Partial<EvidenceCard> = {}): EvidenceCard {
  return {
    id: "card-1",
    text: "Mentors meet newcomers weekly",
    source: "interview",
    sourceLabel: "Job coach, interview 3",
    tests: [2, 0, 2],
    stance: "supports",
    author: "user-secret-id",
    createdAt: "2026-03-10T10:00:00.000Z",
    visitDay: 1,
    ...overrides,
  };
}

function board(states: FactorState[]): Map<string, FactorState> {
  return new Map(states.map((state) => [state.factorId, state]));
}

describe("reportPassages", () => {
  it("collects each linked run per factor with the heading it sits under", () => {
    const report = reportDocument([
      paragraph(text("before any heading", factor(["core-1"]))),
      heading(2, text("Core findings")),
      paragraph(text("The project "), text("listens to migrants", factor(["core-2"])), text(" and "), text("pays them", factor(["core-2", "core-3"]))),
      bulletList(listItem(paragraph(text("in a list", factor("core-3"))))),
    ]);
    const passages = reportPassages(report.blocks);
    expect(passages.get("core-1")).toEqual([{ kind: "report", text: "before any heading", section: null }]);
    // "listens to migrants" and "pays them" are two runs of core-2, with unlinked text between them.
    expect(passages.get("core-2")).toEqual([
      { kind: "report", text: "listens to migrants", section: "Core findings" },
      { kind: "report", text: "pays them", section: "Core findings" },
    ]);
    expect(passages.get("core-3")).toEqual([
      { kind: "report", text: "pays them", section: "Core findings" },
      { kind: "report", text: "in a list", section: "Core findings" },
    ]);
  });
});

describe("collectCodedExcerpts", () => {
  it("groups passages and evidence by factor in benchmark order, without authors", () => {
    const report = reportDocument([paragraph(text("linked passage", factor(["core-2"])))]);
    const states = board([
      { ...emptyFactorState("core-2"), cards: [card()], rating: "partly" },
      { ...emptyFactorState("core-1"), rating: "wholly" },
      { ...emptyFactorState("core-4") },
    ]);
    const excerpts = collectCodedExcerpts(report, REVIEW, states);
    expect(codedExcerptsSchema.parse(excerpts)).toEqual(excerpts);
    expect(excerpts.codes.map((code) => code.factorId)).toEqual(["core-1", "core-2"]);
    const core2 = excerpts.codes[1]!;
    expect(core2).toMatchObject({ code: "Core 2", rating: "partly" });
    expect(core2.excerpts).toEqual([
      { kind: "report", text: "linked passage", section: null },
      { kind: "evidence", text: "Mentors meet newcomers weekly", source: "interview", sourceLabel: "Job coach, interview 3", stance: "supports", tests: [1, 3], visitDay: 1 },
    ]);
    expect(JSON.stringify(excerpts)).not.toContain("user-secret-id");
  });
});

describe("renderExcerptsCsv", () => {
  it("quotes fields and neutralises formula starts", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
  });

  it("writes one row per excerpt and keeps hostile text inert", () => {
    const report = reportDocument([...HOSTILE_NODES, paragraph(text("=cmd|' /C calc'!A0", factor(["core-2"])))]);
    const excerpts = collectCodedExcerpts(report, REVIEW, board([{ ...emptyFactorState("core-2"), cards: [card({ text: "-2+3" })], rating: "not" }]));
    const csv = renderExcerptsCsv(excerpts);
    expect(csv.startsWith("\uFEFFcode,factor,module,team_rating,kind,excerpt")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    // The hostile fixture's "bad factor" passage (its junk factor id dropped), the formula passage, the card.
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(",report,bad factor,");
    expect(lines[2]).toContain("'=cmd|' /C calc'!A0");
    expect(lines[3]).toContain("'-2+3");
    expect(lines[3]).toContain("Job coach, interview 3");
    // Every data row starts with the factor's code, never with a formula.
    for (const line of lines.slice(1)) expect(line.startsWith("Core 2,")).toBe(true);
  });
});
