import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocumentLogStore } from "../store/store.ts";
import { DurableLog } from "./durableLog.ts";

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A store whose appends stay in flight until the test releases them. */
function slowStore() {
  const batches: number[] = [];
  const releases: (() => void)[] = [];
  let seq = 0;
  const store = {
    appendUpdates(_docName: string, updates: Uint8Array[]) {
      batches.push(updates.length);
      return new Promise<number>((resolve) => releases.push(() => resolve((seq += updates.length))));
    },
    async compactDocument() {},
    loadDocument: async () => ({ snapshot: null, snapshotSeq: 0, updates: [] }),
    loadDocumentSince: async () => ({ snapshot: null, snapshotSeq: 0, updates: [] }),
    subscribeToAppends: null,
    announceAccessChange: null,
  } satisfies DocumentLogStore;
  return { store, batches, release: () => releases.shift()?.() };
}

describe("DurableLog group commit", () => {
  it("lets the open batch grow while a commit is in flight, then sends it in one round trip", async () => {
    const { store, batches, release } = slowStore();
    const log = new DurableLog({ store, docName: "doc", doc: new Y.Doc(), compactAfter: 1000, onFailure: () => {}, exclusiveWriter: true });
    const done: string[] = [];
    log.append(new Uint8Array([1]), () => done.push("a"));
    await tick();
    expect(batches).toEqual([1]); // "a" is in flight

    // Three more ticks' worth of updates arrive while "a" is being committed.
    for (const name of ["b", "c", "d"]) {
      log.append(new Uint8Array([2]), () => done.push(name));
      await tick();
    }
    expect(batches).toEqual([1]);
    expect(done).toEqual([]);

    release();
    await tick();
    expect(done).toEqual(["a"]);
    expect(batches).toEqual([1, 3]); // b, c and d in one batch
    release();
    await tick();
    expect(done).toEqual(["a", "b", "c", "d"]);
    expect(log.covered).toBe(4);
  });

  it("bounds each commit by the drain size, in order, the rest following commit by commit", async () => {
    const { store, batches, release } = slowStore();
    const log = new DurableLog({ store, docName: "doc", doc: new Y.Doc(), compactAfter: 1000, onFailure: () => {}, exclusiveWriter: true, maxDrainUpdates: 3, maxDrainBytes: 10 });
    const done: number[] = [];
    log.append(new Uint8Array([0]), () => done.push(0));
    await tick();
    expect(batches).toEqual([1]);
    // While that commit is in flight: 7 one-byte updates, then one of 12 bytes (over the byte bound alone).
    for (let i = 1; i <= 7; i++) log.append(new Uint8Array([i]), () => done.push(i));
    log.append(new Uint8Array(12), () => done.push(8));
    await tick();
    for (let round = 0; round < 5; round++) {
      release();
      await tick();
    }
    expect(batches).toEqual([1, 3, 3, 2]);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(log.covered).toBe(9);
  });

  it("runs afterDurable callbacks only once everything appended before them is stored", async () => {
    const { store, release } = slowStore();
    const log = new DurableLog({ store, docName: "doc", doc: new Y.Doc(), compactAfter: 1000, onFailure: () => {}, exclusiveWriter: true });
    const order: string[] = [];
    log.append(new Uint8Array([1]), () => order.push("update 1"));
    await tick();
    log.append(new Uint8Array([2]), () => order.push("update 2"));
    log.afterDurable(() => order.push("sync reply"));
    release();
    await tick();
    expect(order).toEqual(["update 1"]);
    release();
    await tick();
    expect(order).toEqual(["update 1", "update 2", "sync reply"]);
  });
});
