import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { collectPassages } from "./passages.ts";
import { FactorMark, addFactorLinks, factorIdsOf, removeFactorLinks } from "./factorMark.ts";

const schema = getSchema([StarterKit, FactorMark]);

/** "alpha beta gamma" in one paragraph: "alpha" is 1..6, "beta" 7..11, "gamma" 12..17. */
function start(): EditorState {
  const doc = PMNode.fromJSON(schema, { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "alpha beta gamma" }] }] });
  return EditorState.create({ schema, doc });
}

const idsAt = (doc: PMNode, pos: number) => factorIdsOf(doc.resolve(pos).marks());

describe("factor links on a document", () => {
  it("links a range and merges with links already there", () => {
    let state = start();
    state = state.apply(addFactorLinks(state.tr, 1, 11, ["core-1"]));
    state = state.apply(addFactorLinks(state.tr, 7, 17, ["m1-2"]));
    expect(idsAt(state.doc, 3)).toEqual(["core-1"]);
    expect(idsAt(state.doc, 9)).toEqual(["core-1", "m1-2"]);
    expect(idsAt(state.doc, 15)).toEqual(["m1-2"]);
    const passages = collectPassages(state.doc);
    expect(passages.get("core-1")?.map((passage) => passage.text)).toEqual(["alpha beta"]);
    expect(passages.get("m1-2")?.map((passage) => passage.text)).toEqual(["beta gamma"]);
  });

  it("unlinks one factor and keeps the others, or all of them", () => {
    let state = start();
    state = state.apply(addFactorLinks(state.tr, 1, 17, ["core-1", "core-2"]));
    state = state.apply(removeFactorLinks(state.tr, 1, 6, ["core-1"]));
    expect(idsAt(state.doc, 3)).toEqual(["core-2"]);
    expect(collectPassages(state.doc).get("core-1")?.map((passage) => passage.text)).toEqual(["beta gamma"]);
    state = state.apply(removeFactorLinks(state.tr, 1, 17));
    expect(collectPassages(state.doc).size).toBe(0);
  });

  it("renders the span the server's export and HTML paste read", () => {
    const type = schema.marks.factor!;
    expect(type.spec.inclusive).toBe(false);
    expect(type.spec.toDOM?.(type.create({ factorIds: ["core-1", "m1-2"] }), true)).toEqual([
      "span",
      { class: "factor-link", "data-factor-ids": "core-1 m1-2" },
      0,
    ]);
  });
});
