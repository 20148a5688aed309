import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { initProseMirrorDoc } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorForRange, resolveRange, type Binding } from "./commentAnchors.ts";

const schema = getSchema([StarterKit]);

/** A report of paragraphs, and the editor's view of it (document + mapping) as the ySync plugin builds it. */
function report(texts: string[]) {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment("content");
  for (const text of texts) {
    const paragraph = new Y.XmlElement("paragraph");
    const xmlText = new Y.XmlText();
    paragraph.insert(0, [xmlText]);
    fragment.push([paragraph]);
    xmlText.insert(0, text);
  }
  const view = () => {
    const { doc: pmDoc, meta } = initProseMirrorDoc(fragment, schema);
    return { pmDoc, binding: { doc, type: fragment, mapping: meta.mapping } as Binding };
  };
  const text = (index: number) => (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;
  return { view, text };
}

function covered(view: ReturnType<ReturnType<typeof report>["view"]>, anchor: ReturnType<typeof anchorForRange>): string | null {
  const range = resolveRange(view.binding, view.pmDoc, anchor);
  return range ? view.pmDoc.textBetween(range.from, range.to) : null;
}

describe("comment anchors in the editor", () => {
  it("anchors the very start of the document (where y-tiptap distrusts character positions)", () => {
    const { view } = report(["In the pilot, the mentors coach.", "Second paragraph."]);
    const anchor = anchorForRange(view().binding, 1, 13);
    expect(covered(view(), anchor)).toBe("In the pilot");
  });

  it("follows its text through edits before, inside and after it, across paragraphs", () => {
    const { view, text } = report(["Intro.", "The team met migrant parents twice."]);
    const first = view();
    const from = 8 + "The team met ".length + 1; // paragraph 1 is 8 wide (6 characters + 2 tags)
    const anchor = anchorForRange(first.binding, from, from + "migrant parents".length);
    expect(covered(first, anchor)).toBe("migrant parents");
    text(1).insert("The team met ".length, "young ");
    text(1).insert(text(1).toString().indexOf(" parents"), " and their");
    text(1).insert(text(1).toString().indexOf(" twice"), " and carers");
    text(0).insert(0, "Longer ");
    expect(covered(view(), anchor)).toBe("migrant and their parents");
    const spanning = anchorForRange(view().binding, 3, 8 + 7 + 1 + 8);
    expect(covered(view(), spanning)).toBe("nger Intro.The team");
  });

  it("is orphaned when its text or its paragraph is deleted", () => {
    const { view, text } = report(["Keep this.", "Drop this passage here."]);
    const start = 12 + 1 + "Drop ".length;
    const anchor = anchorForRange(view().binding, start, start + "this passage".length);
    text(1).delete("Drop ".length, "this passage".length);
    expect(covered(view(), anchor)).toBeNull();
    const other = anchorForRange(view().binding, 1, 5);
    view().binding.type.delete(0, 1);
    expect(covered(view(), other)).toBeNull();
  });

  it("resolves a suggested insertion's single place, and only as a point", () => {
    const { view, text } = report(["The team met parents."]);
    const at = 1 + "The team met ".length;
    const anchor = anchorForRange(view().binding, at, at);
    expect(resolveRange(view().binding, view().pmDoc, anchor, true)).toEqual({ from: at, to: at });
    expect(resolveRange(view().binding, view().pmDoc, anchor)).toBeNull();
    text(0).insert(0, "In March, ");
    expect(resolveRange(view().binding, view().pmDoc, anchor, true)).toEqual({ from: at + "In March, ".length, to: at + "In March, ".length });
  });

  it("after an undo of a split, the anchor from before the split finds the passage again in the writer's editor only; a new anchor there finds it everywhere", () => {
    const { view, text } = report(["Summary. The team met migrant parents."]);
    const fragment = view().binding.type;
    const doc = fragment.doc!;
    const undo = new Y.UndoManager(fragment);
    const passageStart = 1 + "Summary. The team met ".length;
    const before = anchorForRange(view().binding, passageStart, passageStart + "migrant parents".length);
    // A split as the editor's binding writes it: the words after the split leave the paragraph
    // and come back as new items in a new one.
    undo.stopCapturing();
    doc.transact(() => {
      text(0).delete("Summary. ".length, "The team met migrant parents.".length);
      const paragraph = new Y.XmlElement("paragraph");
      const moved = new Y.XmlText();
      paragraph.insert(0, [moved]);
      fragment.insert(1, [paragraph]);
      moved.insert(0, "The team met migrant parents.");
    });
    expect(covered(view(), before)).toBeNull();
    const movedStart = view().pmDoc.child(0).nodeSize + 1 + "The team met ".length;
    const moved = anchorForRange(view().binding, movedStart, movedStart + "migrant parents".length);
    expect(covered(view(), moved)).toBe("migrant parents");

    undo.undo();
    expect(view().pmDoc.childCount).toBe(1);
    expect(covered(view(), moved)).toBeNull();
    expect(covered(view(), before)).toBe("migrant parents");
    // Someone else's copy of the document: the restored words, without the undo manager's link.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const otherView = () => {
      const { doc: pmDoc, meta } = initProseMirrorDoc(other.getXmlFragment("content"), schema);
      return { pmDoc, binding: { doc: other, type: other.getXmlFragment("content"), mapping: meta.mapping } as Binding };
    };
    expect(covered(otherView(), before)).toBeNull();
    const range = resolveRange(view().binding, view().pmDoc, before)!;
    const anew = anchorForRange(view().binding, range.from, range.to);
    expect(covered(otherView(), anew)).toBe("migrant parents");

    undo.redo();
    expect(covered(view(), anew)).toBeNull();
    expect(covered(view(), moved)).toBe("migrant parents");
  });
});
