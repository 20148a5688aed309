import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { findSection, sectionInsertion } from "./placeSection.ts";

const schema = getSchema([StarterKit]);
const h = (level: number, text: string) => ({ type: "heading", attrs: { level }, content: [{ type: "text", text }] });
const p = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const docOf = (...content: unknown[]) => PMNode.fromJSON(schema, { type: "doc", content });

/** The position just inside the block whose text is `text` (a caret in it). */
function caretIn(doc: PMNode, text: string): number {
  let found = -1;
  doc.forEach((node, offset) => {
    if (found < 0 && node.textContent === text) found = offset + 1;
  });
  return found;
}

/** The text of the block that starts at `position`, or "(end)". */
function blockAt(doc: PMNode, position: number): string {
  let found = "(end)";
  doc.forEach((node, offset) => {
    if (offset === position) found = node.textContent;
  });
  return found;
}

const report = docOf(h(1, "Findings report"), p("Intro."), h(2, "Core 1: Needs"), p("Needs text."), p("More needs."), h(2, "Core 2: Voice"), p("Voice text."), h(2, "Recommendations"), p("Do this."));

describe("sectionInsertion", () => {
  it("puts the section after the section the caret is in, at that section's level", () => {
    const place = sectionInsertion(report, caretIn(report, "Needs text."));
    expect(blockAt(report, place.from)).toBe("Core 2: Voice");
    expect(place).toMatchObject({ level: 2 });
    expect(place.to).toBe(place.from);
  });

  it("never after Recommendations unless the caret is there; at the end when it is", () => {
    expect(blockAt(report, sectionInsertion(report, caretIn(report, "Voice text.")).from)).toBe("Recommendations");
    expect(blockAt(report, sectionInsertion(report, caretIn(report, "Do this.")).from)).toBe("(end)");
  });

  it("under the title, before the first section, at level 2", () => {
    const place = sectionInsertion(report, caretIn(report, "Intro."));
    expect(blockAt(report, place.from)).toBe("Core 1: Needs");
    expect(place.level).toBe(2);
  });

  it("follows a report whose sections are level 3", () => {
    const deeper = docOf(h(2, "Findings"), h(3, "Core 1: Needs"), p("Needs text."), h(3, "Core 2: Voice"), p("Voice."));
    const place = sectionInsertion(deeper, caretIn(deeper, "Needs text."));
    expect(place.level).toBe(3);
    expect(blockAt(deeper, place.from)).toBe("Core 2: Voice");
  });

  it("replaces an empty report", () => {
    const empty = docOf(p(""));
    expect(sectionInsertion(empty, 1)).toEqual({ from: 0, to: empty.content.size, level: 2 });
  });
});

describe("findSection", () => {
  it("finds an earlier draft by its heading, up to the next heading of its level", () => {
    const found = findSection(report, ["Core 1: Needs"]);
    expect(found).not.toBeNull();
    expect(blockAt(report, found!.from)).toBe("Core 1: Needs");
    expect(blockAt(report, found!.to)).toBe("Core 2: Voice");
    expect(found!.level).toBe(2);
  });

  it("runs to the end when it is the last section, and is null when no heading matches", () => {
    expect(findSection(report, ["Recommendations"])!.to).toBe(report.content.size);
    expect(findSection(report, ["Core 9: Nothing"])).toBeNull();
  });
});
