import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocumentLogStore } from "../store/store.ts";
import { DurableLog } from "./durableLog.ts";
import { decodeSegment, Journal } from "./journal.ts";

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Records appends; each stays in flight until the test releases it when `hold` is set. */
function recordingStore(hold = false) {
  const appended: { docName: string; updates: Uint8Array[] }[] = [];
  const releases: (() => void)[] = [];
  let seq = 0;
  const store = {
    appendUpdates(docName: string, updates: Uint8Array[]) {
      appended.push({ docName, updates });
      const done = () => (seq += updates.length);
      if (!hold) return Promise.resolve(done());
      return new Promise<number>((resolve) => releases.push(() => resolve(done())));
    },
    async compactDocument() {},
    loadDocument: async () => ({ snapshot: null, snapshotSeq: 0, updates: [] }),
    loadDocumentSince: async () => ({ snapshot: null, snapshotSeq: 0, updates: [] }),
    subscribeToAppends: null,
    announceAccessChange: null,
  } satisfies DocumentLogStore;
  return { store, appended, release: () => releases.shift()?.() };
}

const journals: Journal[] = [];
async function openJournal(dir: string, store: DocumentLogStore, maxSegmentBytes?: number) {
  const opened = await Journal.open(dir, store, { maxSegmentBytes });
  journals.push(opened.journal);
  return opened;
}
afterEach(() => {
  for (const journal of journals.splice(0)) journal.close();
});

const segmentFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".log")).sort();
const bytes = (...values: number[]) => new Uint8Array(values);

describe("Journal", () => {
  it("writes each tick's updates in one go before running their callbacks, and replays them on the next open", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { store, appended } = recordingStore();
    const { journal } = await openJournal(dir, store);
    const written: string[] = [];
    journal.append("review:a", bytes(1, 2), () => written.push("a"), () => written.push("a unwritten"));
    journal.append("review:b", bytes(3), () => written.push("b"), () => written.push("b unwritten"));
    expect(written).toEqual([]);
    await tick();
    expect(written).toEqual(["a", "b"]);

    const [file] = segmentFiles(dir);
    const records = decodeSegment(readFileSync(path.join(dir, file!)));
    expect(records.map((r) => [r.docName, [...r.update]])).toEqual([
      ["review:a", [1, 2]],
      ["review:b", [3]],
    ]);

    // A killed process never released them: the next open stores them and starts clean.
    const reopened = await openJournal(dir, store);
    expect(reopened.replayed).toBe(2);
    expect(appended.map((a) => [a.docName, a.updates.map((u) => [...u])])).toEqual([
      ["review:a", [[1, 2]]],
      ["review:b", [[3]]],
    ]);
    expect(segmentFiles(dir)).toEqual([`segment-2.log`]);
  });

  it("empties the current segment once everything in it is stored", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { journal } = await openJournal(dir, recordingStore().store);
    const first = journal.append("doc", bytes(1), () => {}, () => {});
    const second = journal.append("doc", bytes(2), () => {}, () => {});
    await tick();
    const file = path.join(dir, segmentFiles(dir)[0]!);
    expect(statSync(file).size).toBeGreaterThan(0);
    journal.release(first);
    expect(statSync(file).size).toBeGreaterThan(0);
    journal.release(second);
    expect(statSync(file).size).toBe(0);
  });

  it("moves to a new segment when one is full and deletes the old one once it is stored", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { journal } = await openJournal(dir, recordingStore().store, 16);
    const old = journal.append("doc", new Uint8Array(20), () => {}, () => {});
    await tick();
    const next = journal.append("doc", bytes(7), () => {}, () => {});
    await tick();
    expect(segmentFiles(dir)).toEqual(["segment-1.log", "segment-2.log"]);
    journal.release(old);
    expect(segmentFiles(dir)).toEqual(["segment-2.log"]);
    journal.release(next);
    expect(statSync(path.join(dir, "segment-2.log")).size).toBe(0);
  });

  it("replays the records before a torn or corrupt tail and ignores the rest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { store, appended } = recordingStore();
    const { journal } = await openJournal(dir, store);
    journal.append("doc", bytes(1), () => {}, () => {});
    journal.append("doc", bytes(2), () => {}, () => {});
    await tick();
    const file = path.join(dir, segmentFiles(dir)[0]!);
    // A write cut short: a header announcing 100 bytes, and only 3 of them.
    appendFileSync(file, new Uint8Array([0, 0, 0, 100, 1, 2, 3, 4, 9, 9, 9]));
    journals.splice(0);
    const reopened = await openJournal(dir, store);
    expect(reopened.replayed).toBe(2);
    expect(appended.flatMap((a) => a.updates.map((u) => [...u]))).toEqual([[1], [2]]);

  });

  it("trusts nothing from a record whose checksum fails onwards", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { journal } = await openJournal(dir, recordingStore().store);
    journal.append("doc", bytes(1), () => {}, () => {});
    journal.append("doc", bytes(2), () => {}, () => {});
    await tick();
    const written = readFileSync(path.join(dir, segmentFiles(dir)[0]!));
    expect(decodeSegment(written)).toHaveLength(2);
    const flipped = Uint8Array.from(written);
    flipped[flipped.length - 1] = flipped.at(-1)! ^ 0xff;
    expect(decodeSegment(flipped).map((r) => [...r.update])).toEqual([[1]]);
    flipped[9] = flipped[9]! ^ 0xff;
    expect(decodeSegment(flipped)).toEqual([]);
  });

  it("deletes stored segments on close and keeps the ones with updates not yet stored", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { journal } = await openJournal(dir, recordingStore().store);
    journal.append("doc", bytes(1), () => {}, () => {});
    await tick();
    journals.splice(0);
    journal.close();
    expect(segmentFiles(dir)).toEqual(["segment-1.log"]);
    expect(existsSync(path.join(dir, "segment-1.log"))).toBe(true);
  });
});

describe("DurableLog with a journal", () => {
  it("runs broadcasts once the update is journalled, before the store commit, and releases it after", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { store, appended, release } = recordingStore(true);
    const { journal } = await openJournal(dir, store);
    const log = new DurableLog({ store, docName: "doc", doc: new Y.Doc(), compactAfter: 1000, onFailure: () => {}, exclusiveWriter: true, journal });
    const order: string[] = [];
    log.append(bytes(1), () => order.push("broadcast"));
    log.afterDurable(() => order.push("sync reply"));
    const flushed = log.flushed().then(() => order.push("stored"));
    await tick();
    await tick();
    expect(order).toEqual(["broadcast", "sync reply"]);
    expect(appended).toHaveLength(1);
    const file = path.join(dir, segmentFiles(dir)[0]!);
    expect(statSync(file).size).toBeGreaterThan(0);

    release();
    await flushed;
    expect(order).toEqual(["broadcast", "sync reply", "stored"]);
    expect(statSync(file).size).toBe(0);
  });

  it("gathers journalled updates for the drain time before one store commit; flushed() commits at once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const { store, appended } = recordingStore();
    const { journal } = await openJournal(dir, store);
    const log = new DurableLog({ store, docName: "doc", doc: new Y.Doc(), compactAfter: 1000, onFailure: () => {}, exclusiveWriter: true, journal, storeDrainMs: 60 });
    const broadcasts: number[] = [];
    for (const value of [1, 2, 3]) {
      log.append(bytes(value), () => broadcasts.push(value));
      await tick();
    }
    expect(broadcasts).toEqual([1, 2, 3]);
    expect(appended).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(appended.map((a) => a.updates.length)).toEqual([3]);

    log.append(bytes(4), () => {});
    await log.flushed();
    expect(appended.map((a) => a.updates.length)).toEqual([3, 1]);
  });
});
