import * as prng from "lib0/prng";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { countUpdateItems } from "./updateItems.ts";

/** What countUpdateItems counts, read the slow way: Yjs decodes the whole update. */
function itemsByYjs(update: Uint8Array): number {
  const decoded = Y.decodeUpdate(update);
  const groups = new Set(decoded.structs.map((struct) => struct.id.client)).size;
  let deletions = 0;
  for (const ranges of decoded.ds.clients.values()) deletions += 1 + ranges.length;
  return groups + decoded.structs.length + deletions;
}

/** A few clients editing every kind of shared type, with deletions, formats, embeds and subdocuments. */
function randomUpdates(seed: number): Uint8Array[] {
  const gen = prng.create(seed);
  const docs = Array.from({ length: prng.int32(gen, 1, 4) }, () => new Y.Doc());
  const updates: Uint8Array[] = [];
  for (const doc of docs) doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let step = 0; step < 60; step++) {
    const doc = prng.oneOf(gen, docs);
    doc.transact(() => {
      const text = doc.getText("text");
      const map = doc.getMap("map");
      const array = doc.getArray<unknown>("array");
      const xml = doc.getXmlFragment("xml");
      switch (prng.int32(gen, 0, 9)) {
        case 0:
          text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 8), prng.bool(gen) ? { bold: true } : {});
          break;
        case 1:
          if (text.length > 1) text.delete(prng.int32(gen, 0, text.length - 1), 1);
          break;
        case 2:
          map.set(prng.word(gen, 1, 3), prng.oneOf(gen, [1, "two", { three: [3] }, null, true, new Uint8Array([4, 5])]));
          break;
        case 3:
          map.set(prng.word(gen, 1, 3), new Y.Map([["nested", prng.int32(gen, 0, 9)]]));
          break;
        case 4:
          array.insert(prng.int32(gen, 0, array.length), [prng.int32(gen, 0, 99), "x", { y: 1 }]);
          break;
        case 5:
          if (array.length > 0) array.delete(0, Math.min(array.length, 2));
          break;
        case 6: {
          const element = new Y.XmlElement("paragraph");
          element.setAttribute("level", "2");
          element.insert(0, [new Y.XmlText(prng.word(gen, 1, 10))]);
          xml.insert(prng.int32(gen, 0, xml.length), [element, new Y.XmlHook("hook") as unknown as Y.XmlElement]);
          break;
        }
        case 7:
          text.insertEmbed(prng.int32(gen, 0, text.length), { image: "a.png" });
          break;
        case 8:
          map.set("sub", new Y.Doc());
          break;
        default:
          text.format(0, Math.min(3, text.length), { italic: true });
      }
    });
  }
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  return [...updates, Y.encodeStateAsUpdate(docs[0]!), Y.mergeUpdates(updates)];
}

describe("countUpdateItems", () => {
  it("counts exactly what Yjs decodes, for random updates of every content kind (seeded)", () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const update of randomUpdates(seed)) expect(countUpdateItems(update, Number.MAX_SAFE_INTEGER)).toBe(itemsByYjs(update));
    }
  });

  it("stops just past the limit", () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 1000; i++) doc.getMap("m").set(`k${i}`, i);
    });
    const update = Y.encodeStateAsUpdate(doc);
    expect(countUpdateItems(update, 10)).toBe(11);
    expect(countUpdateItems(update, 5000)).toBe(1001);
  });

  it("throws on truncated or garbled updates", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hello world");
    const update = Y.encodeStateAsUpdate(doc);
    for (let length = 1; length < update.length - 1; length++) {
      expect(() => countUpdateItems(update.subarray(0, length), 1000), `truncated to ${length}`).toThrow();
    }
    expect(() => countUpdateItems(new Uint8Array([1, 1, 1, 0, 0x1f]), 1000)).toThrow();
  });
});
