import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { FactorMark } from "./factorMark.ts";
import { collectPassages, excerpt, summarisePassages } from "./passages.ts";

const schema = getSchema([StarterKit, FactorMark]);
const linked = (text: string, ...factorIds: string[]): JSONContent => ({ type: "text", text, marks: [{ type: "factor", attrs: { factorIds } }] });
const plain = (text: string): JSONContent => ({ type: "text", text });
const doc = (...blocks: JSONContent[]): PMNode => PMNode.fromJSON(schema, { type: "doc", content: blocks });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });

describe("collectPassages", () => {
  it("counts contiguous linked runs per factor", () => {
    const passages = collectPassages(doc(paragraph(linked("One", "core-1"), plain(" gap "), linked("two", "core-1")), paragraph(plain("none"))));
    expect(passages.get("core-1")?.map((passage) => passage.text)).toEqual(["One", "two"]);
    expect(passages.has("core-2")).toBe(false);
  });

  it("keeps a run going across bold and across overlapping links", () => {
    const bold = { ...linked("bold", "core-1", "m1-2"), marks: [{ type: "bold" }, { type: "factor", attrs: { factorIds: ["core-1", "m1-2"] } }] };
    const passages = collectPassages(doc(paragraph(linked("start ", "core-1"), bold, linked(" end", "core-1"))));
    expect(passages.get("core-1")).toHaveLength(1);
    expect(passages.get("core-1")?.[0]?.text).toBe("start bold end");
    expect(passages.get("m1-2")?.map((passage) => passage.text)).toEqual(["bold"]);
  });

  it("reads ids written as a comma string (older writers)", () => {
    const passages = collectPassages(doc(paragraph({ type: "text", text: "x", marks: [{ type: "factor", attrs: { factorIds: "core-1,core-2" } }] })));
    expect([...passages.keys()].sort()).toEqual(["core-1", "core-2"]);
  });

  it("skips unlinked blocks only where that changes nothing: runs across blocks, positions after them", () => {
    const before = doc(paragraph(plain("intro")), paragraph(linked("one", "core-1")), paragraph(linked("two", "core-1")), paragraph(plain("gap")), paragraph(linked("three", "core-1")));
    const passages = collectPassages(before);
    expect(passages.get("core-1")?.map((passage) => passage.text)).toEqual(["one two", "three"]);
    const last = passages.get("core-1")![1]!;
    expect(before.textBetween(last.from, last.to)).toBe("three");
    // A change in an unlinked block (a new node; the others are shared) moves what follows.
    const edited = before.copy(before.content.replaceChild(0, schema.node("paragraph", null, schema.text("intro, longer"))));
    const moved = collectPassages(edited).get("core-1")![1]!;
    expect(edited.textBetween(moved.from, moved.to)).toBe("three");
    expect(moved.from).toBe(last.from + 8);
  });

  it("gives positions that cover exactly the linked text", () => {
    const node = doc(paragraph(plain("ab"), linked("cd", "core-1"), plain("ef")));
    const [passage] = summarisePassages(node)["core-1"] ?? [];
    expect(node.textBetween(passage!.from, passage!.to)).toBe("cd");
  });
});

describe("excerpt", () => {
  it("keeps short text and cuts long text at a word", () => {
    expect(excerpt("  short   text ")).toBe("short text");
    const cut = excerpt("word ".repeat(40));
    expect(cut.length).toBeLessThanOrEqual(81);
    expect(cut.endsWith("word…")).toBe(true);
  });
});
