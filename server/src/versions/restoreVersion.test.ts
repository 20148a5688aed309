import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { EDITOR_FRAGMENT } from "@review/shared";
import { contentFingerprint } from "./documentSnapshot.ts";
import { replaceFragmentContent } from "./restoreVersion.ts";

function paragraph(text: string, marks?: Record<string, unknown>): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  content.insert(0, text, marks);
  element.insert(0, [content]);
  return element;
}

function docWith(...nodes: Y.XmlElement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, nodes);
  return doc;
}

describe("replaceFragmentContent", () => {
  it("makes the live content equal to the version's, attributes and marks included", () => {
    const heading = new Y.XmlElement("heading");
    heading.setAttribute("level", "2");
    heading.insert(0, [new Y.XmlText("Findings")]);
    const version = docWith(heading, paragraph("Migrant voice is ", undefined), paragraph("partly", { bold: {} }));
    const live = docWith(paragraph("Something else entirely"));

    Y.transact(live, () => replaceFragmentContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

    expect(live.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe(version.getXmlFragment(EDITOR_FRAGMENT).toString());
    expect(contentFingerprint(live)).toBe(contentFingerprint(version));
  });

  it("is one update that another replica applies to reach the same content", () => {
    const version = docWith(paragraph("Old text"));
    const live = docWith(paragraph("New text"));
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    live.on("update", (update: Uint8Array) => updates.push(update));

    Y.transact(live, () => replaceFragmentContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

    expect(updates).toHaveLength(1);
    Y.applyUpdate(replica, updates[0]!);
    expect(replica.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe("<paragraph>Old text</paragraph>");
  });

  it("empties the document when the version was empty", () => {
    const live = docWith(paragraph("Text"));
    replaceFragmentContent(live.getXmlFragment(EDITOR_FRAGMENT), new Y.Doc().getXmlFragment(EDITOR_FRAGMENT));
    expect(live.getXmlFragment(EDITOR_FRAGMENT).length).toBe(0);
  });
});

describe("contentFingerprint", () => {
  it("changes with a mark and returns after an undo-like reversal", () => {
    const doc = docWith(paragraph("Text"));
    const before = contentFingerprint(doc);
    const text = (doc.getXmlFragment(EDITOR_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(0, 4, { italic: {} });
    expect(contentFingerprint(doc)).not.toBe(before);
    text.format(0, 4, { italic: null });
    expect(contentFingerprint(doc)).toBe(before);
  });
});
