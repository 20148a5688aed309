import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { storeFor } from "./docReader.ts";

const readText = (doc: Y.Doc) => doc.getText("t").toString();

describe("document store", () => {
  it("sees an update that arrives between the render's read and the subscription", () => {
    const doc = new Y.Doc();
    const store = storeFor(new WeakMap(), doc, readText, "");
    // React renders first (reads), then subscribes in an effect; the server's sync can land in between.
    expect(store.getSnapshot()).toBe("");
    doc.getText("t").insert(0, "synced");
    const unsubscribe = store.subscribe(() => {});
    expect(store.getSnapshot()).toBe("synced");
    unsubscribe();
  });

  it("caches a read until the document changes, and tells listeners", () => {
    const doc = new Y.Doc();
    const store = storeFor(new WeakMap(), doc, (d) => ({ text: readText(d) }), { text: "" });
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    doc.getText("t").insert(0, "x");
    expect(calls).toBe(1);
    expect(store.getSnapshot()).toEqual({ text: "x" });
    unsubscribe();
    // Not listening any more, still not stale-cached.
    doc.getText("t").insert(1, "y");
    expect(store.getSnapshot()).toEqual({ text: "xy" });
  });
});
