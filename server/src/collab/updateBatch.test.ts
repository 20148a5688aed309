import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import { MESSAGE, encodeUpdate } from "./protocol.ts";
import { UpdateBatch, type UpdateFrames } from "./updateBatch.ts";

/** The text a fresh client holds after applying one update frame. */
function textOf(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE.sync);
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsUpdate);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc.getText("t").toString();
}

/** Consecutive typing into one shared text: each update builds on the ones before. */
function typist() {
  const doc = new Y.Doc();
  return (text: string) => {
    const before = Y.encodeStateVector(doc);
    doc.getText("t").insert(doc.getText("t").length, text);
    return Y.encodeStateAsUpdate(doc, before);
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("UpdateBatch", () => {
  it("sends the updates of one turn as one merged frame, in order, each writer's own left out", async () => {
    const delivered: UpdateFrames[] = [];
    const batch = new UpdateBatch((frames) => delivered.push(frames));
    const a = { name: "a" };
    const b = { name: "b" };
    const type = typist();
    const first = type("one ");
    const second = type("two ");
    const third = type("three");
    batch.add(first, a);
    batch.add(second, b);
    batch.add(third, a);
    expect(delivered).toHaveLength(0);
    await nextTurn();
    expect(delivered).toHaveLength(1);
    const frames = delivered[0]!;
    expect(textOf(frames.forOthers)).toBe("one two three");
    // b gets a's two updates; a gets b's, which alone cannot be integrated without a's before it.
    const forA = new Y.Doc();
    Y.applyUpdate(forA, Y.mergeUpdates([first, third]));
    const decoder = decoding.createDecoder(frames.forWriters.get(a)!);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(forA, decoding.readVarUint8Array(decoder));
    expect(forA.getText("t").toString()).toBe("one two three");
    expect(frames.forWriters.has(b)).toBe(true);
    expect(frames.forWriters.size).toBe(2);
  });

  it("passes a lone update on as it is, not back to its writer", async () => {
    const delivered: UpdateFrames[] = [];
    const batch = new UpdateBatch((frames) => delivered.push(frames));
    const writer = {};
    const update = typist()("hello");
    batch.add(update, writer);
    await nextTurn();
    expect(delivered).toEqual([{ forOthers: encodeUpdate(update), forWriters: new Map([[writer, null]]) }]);
  });

  it("keeps turns apart and gives a writer nothing when the batch is all its own", async () => {
    const delivered: UpdateFrames[] = [];
    const batch = new UpdateBatch((frames) => delivered.push(frames));
    const writer = {};
    const type = typist();
    batch.add(type("a"), writer);
    batch.add(type("b"), writer);
    await nextTurn();
    batch.add(type("c"), null);
    await nextTurn();
    expect(delivered).toHaveLength(2);
    expect(textOf(delivered[0]!.forOthers)).toBe("ab");
    expect(delivered[0]!.forWriters.get(writer)).toBeNull();
    expect(delivered[1]!.forWriters.size).toBe(1);
  });
});
