import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeSyncStep1Frame } from "./syncFrames.ts";

describe("encodeSyncStep1Frame", () => {
  it("prefixes the state vector with the sync and step-1 types and its length", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hello");
    const stateVector = Y.encodeStateVector(doc);
    expect([...encodeSyncStep1Frame(stateVector)]).toEqual([0, 0, stateVector.length, ...stateVector]);
  });

  it("writes lengths above 127 as multi-byte varints", () => {
    const frame = encodeSyncStep1Frame(new Uint8Array(200));
    expect([...frame.slice(0, 4)]).toEqual([0, 0, 0xc8, 0x01]);
    expect(frame.length).toBe(4 + 200);
  });
});
