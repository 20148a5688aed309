import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { mayMoveText } from "./anchorMoves.ts";

const schema = getSchema([StarterKit]);
const doc = PMNode.fromJSON(schema, {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Summary. The team met migrant parents." }] },
    { type: "paragraph", content: [{ type: "text", text: "Second paragraph." }] },
  ],
});
const state = EditorState.create({ schema, doc });

describe("mayMoveText", () => {
  it("is false for typing, deleting and formatting inside one paragraph", () => {
    expect(mayMoveText(state.tr.insertText("x", 5))).toBe(false);
    expect(mayMoveText(state.tr.delete(2, 6))).toBe(false);
    expect(mayMoveText(state.tr.addMark(2, 6, schema.marks.bold!.create()))).toBe(false);
  });

  it("is true for splitting or joining paragraphs, changing a block's type and pasting blocks", () => {
    expect(mayMoveText(state.tr.split(10))).toBe(true);
    const end = state.doc.child(0).nodeSize;
    expect(mayMoveText(state.tr.delete(end - 1, end + 1))).toBe(true);
    expect(mayMoveText(state.tr.setBlockType(1, 1, schema.nodes.heading!, { level: 2 }))).toBe(true);
    const pasted = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5))).tr.replaceSelection(state.doc.slice(0, end + 2));
    expect(mayMoveText(pasted)).toBe(true);
  });
});
