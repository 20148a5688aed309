import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { COLLAB_LIMITS, EDITOR_FRAGMENT } from "@review/shared";
import { FactorMark } from "../editor/factorMark.ts";
import { Recommendation } from "../editor/recommendation.ts";

const schema = getSchema([StarterKit.configure({ heading: { levels: [1, 2, 3] } }), FactorMark, Recommendation]);

const WORDS = "the host project trains mentors who guide newcomers through validation of prior learning and into regional employment".split(" ");
const words = (count: number, seed: number) => Array.from({ length: count }, (_, i) => WORDS[(seed + i * 7) % WORDS.length]).join(" ");

/** One paragraph of about 60 words in six differently formatted runs (what a pasted office document looks like). */
function paragraph(seed: number) {
  const run = (text: string, marks: unknown[] = []) => ({ type: "text", text, ...(marks.length > 0 ? { marks } : {}) });
  return {
    type: "paragraph",
    content: [
      run(`${words(14, seed)} `),
      run(`${words(4, seed + 1)} `, [{ type: "bold" }]),
      run(`${words(12, seed + 2)} `),
      run(`${words(5, seed + 3)} `, [{ type: "italic" }, { type: "factor", attrs: { factorIds: ["core-1", "core-4"] } }]),
      run(`${words(14, seed + 4)} `),
      run(`${words(3, seed + 5)}`, [{ type: "link", attrs: { href: "https://example.org/evidence" } }]),
      run(`, ${words(8, seed + 6)}.`),
    ],
  };
}

/** A page: a heading, eight paragraphs and a four-item bullet list. */
function page(index: number) {
  return [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: `Factor ${index + 1}: findings` }] },
    ...Array.from({ length: 8 }, (_, i) => paragraph(index * 10 + i)),
    {
      type: "bulletList",
      content: Array.from({ length: 4 }, (_, i) => ({ type: "listItem", content: [paragraph(index * 10 + i + 50)] })),
    },
  ];
}

/** Structs plus delete ranges of an update: what the server counts against `maxUpdateItems`. */
function itemsOf(update: Uint8Array): number {
  const decoded = Y.decodeUpdate(update);
  let ranges = 0;
  for (const deletions of decoded.ds.clients.values()) ranges += deletions.length;
  return decoded.structs.length + ranges;
}

describe("a 30-page paste", () => {
  it("stays at a third or less of the per-update limits (items, bytes)", () => {
    const pm = PMNode.fromJSON(schema, { type: "doc", content: Array.from({ length: 30 }, (_, i) => page(i)).flat() });
    const doc = new Y.Doc();
    let update: Uint8Array | null = null;
    doc.on("update", (u: Uint8Array) => (update = u));
    doc.transact(() => prosemirrorToYXmlFragment(pm, doc.getXmlFragment(EDITOR_FRAGMENT)));
    expect(update).not.toBeNull();
    const items = itemsOf(update!);
    console.log(`30-page paste: ${pm.textContent.length} characters, ${items} items, ${update!.byteLength} bytes`);
    expect(items * 3).toBeLessThan(COLLAB_LIMITS.maxUpdateItems);
    expect(update!.byteLength * 3).toBeLessThan(COLLAB_LIMITS.maxUpdateBytes);
  });
});
