import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { RoomRegistry } from "../collab/roomRegistry.ts";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { RecommendationTexts } from "./recommendationTexts.ts";

const DOCUMENTS = 40;
const PARAGRAPHS = 120;
const id = (index: number) => String(index).padStart(16, "a");
const docName = (index: number) => (index % 4 === 0 ? `paper:${id(index)}` : `review:${id(index)}:report`);

/** A report-sized text written as many small updates (as typing leaves it), three paragraphs marked as recommendations. */
async function seed(store: Store, name: string, index: number): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  for (let p = 0; p < PARAGRAPHS; p++) {
    doc.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      if (p % 40 === 39) paragraph.setAttribute("recommendationId", `rec_${index}_${p}`);
      paragraph.insert(0, [new Y.XmlText(`Paragraph ${p} of document ${index}: what the team saw, heard and read during the visit.`)]);
      fragment.push([paragraph]);
    });
  }
  await store.appendUpdates(name, updates);
  return doc;
}

describe("RecommendationTexts: the network list reads a document again only when its stored version moved", () => {
  let dir: string;
  let store: Store;
  let rooms: RoomRegistry;
  const docs = new Map<string, Y.Doc>();
  const names = Array.from({ length: DOCUMENTS }, (_, index) => docName(index));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "recommendation-texts-"));
    store = await openPgliteStore(path.join(dir, "db"));
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 50 } });
    for (const [index, name] of names.entries()) docs.set(name, await seed(store, name, index));
  }, 120_000);
  afterAll(async () => {
    await rooms.closeAll();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("rebuilds each document once, then only the changed one; a compaction changes nothing; a loaded document is read live", async () => {
    const texts = new RecommendationTexts();
    const timed = async () => {
      const started = performance.now();
      const found = await texts.read({ store, rooms }, names);
      return { found, ms: performance.now() - started };
    };

    const cold = await timed();
    expect(texts.rebuilt).toBe(DOCUMENTS);
    expect(cold.found.get(names[1]!)!.map((one) => one.id)).toEqual(["rec_1_39", "rec_1_79", "rec_1_119"]);
    const warm = await timed();
    expect(texts.rebuilt).toBe(DOCUMENTS);
    expect(warm.found).toEqual(cold.found);
    console.log(`[recommendation texts] ${DOCUMENTS} documents x ${PARAGRAPHS} paragraphs: every document rebuilt ${cold.ms.toFixed(1)} ms, none changed ${warm.ms.toFixed(1)} ms`);

    // One document changes: only it is read again, and the list shows the new text.
    const changed = names[2]!;
    const doc = docs.get(changed)!;
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const marked = doc.getXmlFragment(EDITOR_FRAGMENT).get(39) as Y.XmlElement;
    (marked.get(0) as Y.XmlText).insert(0, "Changed: ");
    await store.appendUpdates(changed, updates);
    const oneChanged = await timed();
    expect(texts.rebuilt).toBe(DOCUMENTS + 1);
    expect(oneChanged.found.get(changed)![0]!.text).toMatch(/^Changed: Paragraph 39/);
    console.log(`[recommendation texts] one document changed: ${oneChanged.ms.toFixed(1)} ms`);

    // Compacting a document keeps its version (the snapshot's bound is its newest seq): nothing to read again.
    const stored = await store.loadDocument(changed);
    const lastSeq = stored.updates.at(-1)!.seq;
    await store.compactDocument(changed, Y.encodeStateAsUpdate(doc), lastSeq);
    await timed();
    expect(texts.rebuilt).toBe(DOCUMENTS + 1);

    // A document loaded in this process is read from its room, never from the store.
    const room = await rooms.open(names[3]!);
    room.doc.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.setAttribute("recommendationId", "rec_live_only");
      paragraph.insert(0, [new Y.XmlText("Written just now")]);
      room.doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
    });
    const live = await timed();
    expect(texts.rebuilt).toBe(DOCUMENTS + 1);
    expect(live.found.get(names[3]!)!.map((one) => one.id)).toContain("rec_live_only");
  }, 120_000);
});
