import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { findTextRange, narrowTo } from "./findInEditor.ts";

const schema = getSchema([StarterKit]);
const doc = PMNode.fromJSON(schema, {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Core 2" }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Visit to Aragón" }] }] }] },
  ],
});

describe("findTextRange", () => {
  it("finds text in nested blocks, ignoring case and accents", () => {
    const range = findTextRange(doc, "aragon");
    expect(range).not.toBeNull();
    expect(doc.textBetween(range!.from, range!.to)).toBe("Aragón");
  });

  it("narrows the found text to the words searched for", () => {
    const range = narrowTo(doc, findTextRange(doc, "visit to aragon")!, "TO ARA");
    expect(doc.textBetween(range.from, range.to)).toBe("to Ara");
  });

  it("is null when the text is not there", () => {
    expect(findTextRange(doc, "Flanders")).toBeNull();
  });
});
