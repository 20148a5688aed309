import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { EDITOR_FRAGMENT } from "@review/shared";
import { contentFingerprint } from "./documentSnapshot.ts";
import { mergeContent } from "./mergeContent.ts";

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

describe("mergeContent", () => {
  it("makes the live content equal to the version's, attributes and marks included", () => {
    const heading = new Y.XmlElement("heading");
    heading.setAttribute("level", "2");
    heading.insert(0, [new Y.XmlText("Findings")]);
    const version = docWith(heading, paragraph("Migrant voice is ", undefined), paragraph("partly", { bold: {} }));
    const live = docWith(paragraph("Something else entirely"));

    Y.transact(live, () => mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

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

    Y.transact(live, () => mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

    expect(updates).toHaveLength(1);
    Y.applyUpdate(replica, updates[0]!);
    expect(replica.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe("<paragraph>Old text</paragraph>");
  });

  it("empties the document when the version was empty", () => {
    const live = docWith(paragraph("Text"));
    mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), new Y.Doc().getXmlFragment(EDITOR_FRAGMENT));
    expect(live.getXmlFragment(EDITOR_FRAGMENT).length).toBe(0);
  });
});

/** The text a relative position points into and the characters from there, or null when it died. */
function resolve(doc: Y.Doc, position: Y.RelativePosition, length: number): string | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return null;
  for (let item = absolute.type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) if (item.deleted) return null;
  return absolute.type.toString().replace(/<[^>]+>/g, "").slice(absolute.index, absolute.index + length);
}

function textOf(doc: Y.Doc, index: number): Y.XmlText {
  return (doc.getXmlFragment(EDITOR_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

describe("mergeContent keeps what the version shares with the live document", () => {
  it("keeps anchors in unchanged paragraphs and in the unchanged ends of an edited one", () => {
    const live = docWith(paragraph("Mentors are former participants."), paragraph("The forum meets monthly in Zaragoza."), paragraph("Employers took part."));
    const version = docWith(paragraph("Mentors are former participants."), paragraph("The forum meets weekly in Zaragoza."), paragraph("Employers took part."));
    const first = Y.createRelativePositionFromTypeIndex(textOf(live, 0), 12);
    const edited = Y.createRelativePositionFromTypeIndex(textOf(live, 1), 4);
    const afterEdit = Y.createRelativePositionFromTypeIndex(textOf(live, 1), 27);
    const last = Y.createRelativePositionFromTypeIndex(textOf(live, 2), 0);

    Y.transact(live, () => mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

    expect(live.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe(version.getXmlFragment(EDITOR_FRAGMENT).toString());
    expect(resolve(live, first, 6)).toBe("former");
    expect(resolve(live, edited, 5)).toBe("forum");
    expect(resolve(live, afterEdit, 8)).toBe("Zaragoza");
    expect(resolve(live, last, 9)).toBe("Employers");
  });

  it("brings back a deleted paragraph without disturbing the paragraphs around it", () => {
    const version = docWith(paragraph("One."), paragraph("Two."), paragraph("Three."));
    const live = docWith(paragraph("One."), paragraph("Three."));
    const three = Y.createRelativePositionFromTypeIndex(textOf(live, 1), 0);
    mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT));
    expect(live.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe(version.getXmlFragment(EDITOR_FRAGMENT).toString());
    expect(resolve(live, three, 5)).toBe("Three");
  });

  it("changes marks and attributes in place", () => {
    const heading = (level: string, text: string) => {
      const element = new Y.XmlElement("heading");
      element.setAttribute("level", level);
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    };
    const version = docWith(heading("2", "Findings"), paragraph("partly matched", { bold: {} }));
    const live = docWith(heading("3", "Findings"), paragraph("partly matched", { italic: {} }));
    const word = Y.createRelativePositionFromTypeIndex(textOf(live, 1), 7);
    mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT));
    expect(live.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe(version.getXmlFragment(EDITOR_FRAGMENT).toString());
    expect(resolve(live, word, 7)).toBe("matched");
  });

  // Seeded random documents and edits, as Yjs tests itself: the merge always reaches the version.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("reaches the version from random edits, and a replica converges (seed %i)", (seed) => {
    const random = seededRandom(seed);
    for (let round = 0; round < 25; round++) {
      const version = randomDoc(random);
      const live = new Y.Doc();
      Y.applyUpdate(live, Y.encodeStateAsUpdate(version));
      mutate(live, random, 1 + Math.floor(random() * 6));
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
      const updates: Uint8Array[] = [];
      live.on("update", (update: Uint8Array) => updates.push(update));

      Y.transact(live, () => mergeContent(live.getXmlFragment(EDITOR_FRAGMENT), version.getXmlFragment(EDITOR_FRAGMENT)));

      const expected = canonical(version.getXmlFragment(EDITOR_FRAGMENT));
      expect(canonical(live.getXmlFragment(EDITOR_FRAGMENT))).toEqual(expected);
      for (const update of updates) Y.applyUpdate(replica, update);
      expect(canonical(replica.getXmlFragment(EDITOR_FRAGMENT))).toEqual(expected);
    }
  });
});

/**
 * The content as the editor reads it: names, attributes, text runs with their marks. (XML
 * strings may split a run where a mark once ended; ProseMirror reads both alike.)
 */
function canonical(node: Y.XmlFragment | Y.XmlElement): unknown[] {
  return node.toArray().map((child) =>
    child instanceof Y.XmlText ? { text: mergedRuns(child.toDelta()) } : child instanceof Y.XmlElement ? { name: child.nodeName, attributes: child.getAttributes(), children: canonical(child) } : null,
  );
}

function mergedRuns(delta: { insert: string; attributes?: object }[]): { insert: string; attributes?: object }[] {
  const runs: { insert: string; attributes?: object }[] = [];
  for (const run of delta) {
    const previous = runs[runs.length - 1];
    if (previous && JSON.stringify(previous.attributes ?? {}) === JSON.stringify(run.attributes ?? {})) previous.insert += run.insert;
    else runs.push({ ...run });
  }
  return runs;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ["migrant", "voice", "forum", "mentor", "employer", "skills", "partly", "wholly", "a", "the"];
const MARKS = [undefined, { bold: {} }, { italic: {} }, { bold: {}, italic: {} }];

function randomText(random: () => number): Y.XmlText {
  const text = new Y.XmlText();
  const runs = 1 + Math.floor(random() * 3);
  for (let i = 0; i < runs; i++) {
    const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
    text.insert(text.length, `${words} `, MARKS[Math.floor(random() * MARKS.length)] ?? {});
  }
  return text;
}

function randomBlock(random: () => number): Y.XmlElement {
  const pick = random();
  if (pick < 0.6) {
    const element = new Y.XmlElement("paragraph");
    element.insert(0, [randomText(random)]);
    return element;
  }
  if (pick < 0.8) {
    const element = new Y.XmlElement("heading");
    element.setAttribute("level", String(1 + Math.floor(random() * 3)));
    element.insert(0, [randomText(random)]);
    return element;
  }
  const list = new Y.XmlElement("bulletList");
  const items = 1 + Math.floor(random() * 3);
  for (let i = 0; i < items; i++) {
    const item = new Y.XmlElement("listItem");
    const inner = new Y.XmlElement("paragraph");
    inner.insert(0, [randomText(random)]);
    item.insert(0, [inner]);
    list.insert(list.length, [item]);
  }
  return list;
}

function randomDoc(random: () => number): Y.Doc {
  const doc = new Y.Doc();
  const blocks = Math.floor(random() * 7);
  doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, Array.from({ length: blocks }, () => randomBlock(random)));
  return doc;
}

/** Texts anywhere in the tree, for edits inside nested blocks too. */
function texts(node: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return node.toArray().flatMap((child) => (child instanceof Y.XmlText ? [child] : child instanceof Y.XmlElement ? texts(child) : []));
}

function mutate(doc: Y.Doc, random: () => number, edits: number): void {
  const root = doc.getXmlFragment(EDITOR_FRAGMENT);
  for (let i = 0; i < edits; i++) {
    const kind = random();
    const all = texts(root);
    if (kind < 0.2 || all.length === 0) root.insert(Math.floor(random() * (root.length + 1)), [randomBlock(random)]);
    else if (kind < 0.35 && root.length > 0) root.delete(Math.floor(random() * root.length), 1);
    else {
      const text = all[Math.floor(random() * all.length)]!;
      const at = Math.floor(random() * (text.length + 1));
      if (kind < 0.6) text.insert(at, WORDS[Math.floor(random() * WORDS.length)]!, MARKS[Math.floor(random() * MARKS.length)] ?? {});
      else if (kind < 0.8 && text.length > 0) text.delete(Math.min(at, text.length - 1), 1 + Math.floor(random() * 5));
      else if (text.length > 0) text.format(Math.min(at, text.length - 1), 1 + Math.floor(random() * 6), { bold: random() < 0.5 ? {} : null });
      else {
        const heading = root.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === "heading") as Y.XmlElement | undefined;
        heading?.setAttribute("level", String(1 + Math.floor(random() * 3)));
      }
    }
  }
}

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
