import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { Recommendation, isRecommendationActive, recommendationIdOf, recommendationIdsPlugin, toggleRecommendationIn } from "./recommendation.ts";

const schema = getSchema([StarterKit, Recommendation]);

const paragraph = (text: string, recommendationId: string | null = null) => ({
  type: "paragraph",
  attrs: { recommendationId },
  content: [{ type: "text", text }],
});

function stateOf(content: unknown[], cursor: number): EditorState {
  const doc = PMNode.fromJSON(schema, { type: "doc", content });
  const state = EditorState.create({ schema, doc, plugins: [recommendationIdsPlugin()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
}

function toggle(state: EditorState): EditorState {
  const tr = state.tr;
  expect(toggleRecommendationIn(state, tr)).toBe(true);
  return state.apply(tr);
}

const ids = (state: EditorState) => {
  const found: (string | null)[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === "paragraph" || node.type.name === "listItem") found.push(`${node.type.name}:${recommendationIdOf(node) ?? "-"}`);
  });
  return found;
};

describe("recommendation blocks", () => {
  it("marks the paragraph at the cursor with a fresh id and unmarks it again", () => {
    let state = stateOf([paragraph("finding"), paragraph("do this")], 11);
    state = toggle(state);
    const id = recommendationIdOf(state.doc.child(1));
    expect(id).toMatch(/^rec_[0-9a-f]{18}$/);
    expect(recommendationIdOf(state.doc.child(0))).toBeNull();
    expect(isRecommendationActive(state)).toBe(true);
    state = toggle(state);
    expect(recommendationIdOf(state.doc.child(1))).toBeNull();
    expect(isRecommendationActive(state)).toBe(false);
  });

  it("marks the list item, not its paragraph, inside a list", () => {
    const list = { type: "bulletList", content: [{ type: "listItem", content: [paragraph("first")] }, { type: "listItem", content: [paragraph("second")] }] };
    const state = toggle(stateOf([list], 3));
    expect(ids(state)).toEqual([expect.stringMatching(/^listItem:rec_/), "paragraph:-", "listItem:-", "paragraph:-"]);
  });

  it("gives a pasted copy of a recommendation a new id", () => {
    const state = stateOf([paragraph("do this", "rec_original1")], 2);
    const copy = state.doc.child(0);
    const next = state.applyTransaction(state.tr.insert(state.doc.content.size, copy)).state;
    const [first, second] = [recommendationIdOf(next.doc.child(0)), recommendationIdOf(next.doc.child(1))];
    expect(first).toBe("rec_original1");
    expect(second).toMatch(/^rec_/);
    expect(second).not.toBe(first);
  });

  it("gives a block that takes another's id by an attribute change a new one", () => {
    const state = stateOf([paragraph("do this", "rec_original1"), paragraph("and this")], 2);
    const next = state.applyTransaction(state.tr.setNodeAttribute(state.doc.child(0).nodeSize, "recommendationId", "rec_original1")).state;
    expect(recommendationIdOf(next.doc.child(0))).toBe("rec_original1");
    expect(recommendationIdOf(next.doc.child(1))).toMatch(/^rec_/);
    expect(recommendationIdOf(next.doc.child(1))).not.toBe("rec_original1");
  });

  it("leaves the ids alone when typing (a duplicate it did not bring is its writer's to fix)", () => {
    const state = stateOf([paragraph("do this", "rec_original1"), paragraph("copy", "rec_original1")], 2);
    const next = state.applyTransaction(state.tr.insertText("x", 3)).state;
    expect(next.doc.child(0).textContent).toBe("dox this");
    expect([recommendationIdOf(next.doc.child(0)), recommendationIdOf(next.doc.child(1))]).toEqual(["rec_original1", "rec_original1"]);
  });

  it("renders the id and the visible label, and ignores invalid ids", () => {
    const valid = schema.nodes.paragraph!.spec.toDOM!(schema.nodes.paragraph!.create({ recommendationId: "rec_abcdef12" }));
    expect(JSON.stringify(valid)).toContain("data-recommendation-id");
    const junk = schema.nodes.paragraph!.spec.toDOM!(schema.nodes.paragraph!.create({ recommendationId: "<img onerror>" }));
    expect(JSON.stringify(junk)).not.toContain("data-recommendation-id");
  });
});
