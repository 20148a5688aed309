import type { EvidenceCard } from "@review/shared";
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { FactorMark } from "../../editor/factorMark.ts";
import { collectPassages } from "../../editor/passages.ts";
import { buildFactorSection, evidenceHash, quoteLine } from "./draftSection.ts";
import { isStale } from "./drafts.ts";

const card = (id: string, text: string): EvidenceCard =>
  ({ id, text, source: "interview", sourceLabel: "Coordinator", tests: [1], stance: "supports", author: "u1", createdAt: "2026-01-01T00:00:00.000Z", visitDay: 1 }) as EvidenceCard;

describe("buildFactorSection", () => {
  const section = buildFactorSection({ factorId: "core-2", heading: "Core 2: Migrant voice", level: 3, ratingLine: "Team rating: partly matched", rationale: "Some reasons.", quotes: ["Said — Interview, Coordinator"] });

  it("builds heading, rating, rationale and one quote per card", () => {
    expect(section.map((block) => block.type)).toEqual(["heading", "paragraph", "paragraph", "blockquote"]);
    expect(section[0]).toMatchObject({ attrs: { level: 3 }, content: [{ text: "Core 2: Migrant voice" }] });
    expect(section[3]?.content?.[0]?.content?.[0]?.text).toBe("Said — Interview, Coordinator");
  });

  it("links the finding to the factor once: the rationale, else the rating line", () => {
    const links = JSON.stringify(section).match(/"factorIds":\["core-2"\]/g) ?? [];
    expect(links).toHaveLength(1);
    expect(section[2]?.content?.[0]?.marks).toEqual([{ type: "factor", attrs: { factorIds: ["core-2"] } }]);
    const unrated = buildFactorSection({ factorId: "x", heading: "Core 1: X", level: 2, ratingLine: "r", rationale: "", quotes: ["q"] });
    expect(unrated[1]?.content?.[0]?.marks).toEqual([{ type: "factor", attrs: { factorIds: ["x"] } }]);
    expect(JSON.stringify(unrated).match(/factorIds/g)).toHaveLength(1);
  });

  it("leaves out an empty rationale", () => {
    expect(buildFactorSection({ factorId: "x", heading: "1 X", level: 2, ratingLine: "r", rationale: "  ", quotes: [] })).toHaveLength(2);
  });
});

describe("quoteLine", () => {
  it("quotes text, source kind and label", () => {
    expect(quoteLine(card("a", " Text "), "Interview")).toBe("Text — Interview, Coordinator");
    expect(quoteLine({ text: "T", sourceLabel: "" }, "Document")).toBe("T — Document");
  });
});

describe("evidenceHash and staleness", () => {
  const cards = new Map([["a", card("a", "one")], ["b", card("b", "two")]]);
  const drafted = { cardIds: ["a", "b"], hash: evidenceHash(["a", "b"], cards), at: "2026-01-01T00:00:00.000Z" };

  it("is stable while the cited cards say the same", () => {
    expect(isStale(drafted, evidenceHash(["a", "b"], new Map(cards)))).toBe(false);
  });

  it("changes when a cited card's text changes or it disappears", () => {
    expect(isStale(drafted, evidenceHash(["a", "b"], new Map([...cards, ["b", card("b", "two!")]])))).toBe(true);
    expect(isStale(drafted, evidenceHash(["a", "b"], new Map([["a", card("a", "one")]])))).toBe(true);
  });

  it("ignores cards the section does not cite", () => {
    expect(isStale(drafted, evidenceHash(["a", "b"], new Map([...cards, ["c", card("c", "new")]])))).toBe(false);
  });
});

describe("a drafted section in the passage summary", () => {
  it("counts a drafted section as one passage: its finding", () => {
    const section = buildFactorSection({ factorId: "core-3", heading: "Core 3: Name", level: 2, ratingLine: "Team rating: not yet rated", rationale: "Because.", quotes: ["A — Interview, X"] });
    const passages = collectPassages(PMNode.fromJSON(getSchema([StarterKit, FactorMark]), { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Intro" }] }, ...section] }));
    expect(passages.get("core-3")).toHaveLength(1);
    expect(passages.get("core-3")?.[0]?.text).toBe("Because.");
  });
});
