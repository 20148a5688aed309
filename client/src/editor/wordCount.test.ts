import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { countWords } from "./wordCount.ts";

const schema = getSchema([StarterKit]);
const paragraph = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const doc = (...content: unknown[]) => PMNode.fromJSON(schema, { type: "doc", content });

describe("countWords", () => {
  it("counts words across blocks, lists and marks, never joining two blocks' words", () => {
    const report = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Findings" }] },
      paragraph("Migrant voice is  partly matched."),
      paragraph(""),
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph("Forum")] },
          { type: "listItem", content: [paragraph("Mentors")] },
        ],
      },
      { type: "paragraph", content: [{ type: "text", text: "half" }, { type: "text", text: "way there", marks: [{ type: "bold" }] }] },
    );
    expect(countWords(report)).toBe(1 + 5 + 0 + 2 + 2);
  });

  it("follows edits: a changed block is recounted, the others come from the cache", () => {
    const before = doc(paragraph("one two"), paragraph("three"));
    expect(countWords(before)).toBe(3);
    const after = before.copy(before.content.replaceChild(1, schema.node("paragraph", null, [schema.text("three four five")])));
    expect(after.child(0)).toBe(before.child(0));
    expect(countWords(after)).toBe(5);
    expect(countWords(doc())).toBe(0);
  });
});
