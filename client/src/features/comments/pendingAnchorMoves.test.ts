import { describe, expect, it } from "vitest";
import type { KeyValueStorage } from "../../app/browserStorage.ts";
import { ApiError } from "../../api/http.ts";
import { createAnchorMoveSender } from "./anchorMoveSender.ts";
import { pendingMovesKey, pendingMovesStore } from "./pendingAnchorMoves.ts";

/** A Map-backed stand-in for localStorage (the unit tests run in Node). */
function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const anchor = (n: number) => ({ start: `AA${n}=`, end: `BB${n}=` });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const KEY = pendingMovesKey("user-1", "review:r1:comments");

describe("pending anchor moves kept in the browser", () => {
  it("a move the network lost is sent by the next page, and then forgotten", async () => {
    const storage = memoryStorage();
    const offline = createAnchorMoveSender(() => Promise.reject(new ApiError("network", "", 0)), { store: pendingMovesStore(storage, KEY) });
    offline.add([{ threadId: "thread0001", anchor: anchor(1) }]);
    await settle();
    expect(JSON.parse(storage.values.get(KEY)!)).toEqual({ thread0001: anchor(1) });
    offline.dispose();

    // The tab was closed; the report opens again, online.
    const sent: string[] = [];
    const next = createAnchorMoveSender(async (threadId, moved) => void sent.push(`${threadId}:${moved.start}`), { store: pendingMovesStore(storage, KEY) });
    expect(next.pending).toBe(1);
    next.retry();
    await settle();
    expect(sent).toEqual(["thread0001:AA1="]);
    expect(storage.values.has(KEY)).toBe(false);
  });

  it("a refusal for good is forgotten too", async () => {
    const storage = memoryStorage();
    const sender = createAnchorMoveSender(() => Promise.reject(new ApiError("forbidden", "", 403)), { store: pendingMovesStore(storage, KEY) });
    sender.add([{ threadId: "thread0001", anchor: anchor(1) }]);
    await settle();
    expect(sender.pending).toBe(0);
    expect(storage.values.has(KEY)).toBe(false);
  });

  it("ignores what it cannot read, and keeps working where storage refuses", () => {
    const storage = memoryStorage();
    for (const bad of ["not json", JSON.stringify({ "Not An Id!": anchor(1) }), JSON.stringify({ thread0001: { start: "<script>" } }), JSON.stringify([anchor(1)])]) {
      storage.values.set(KEY, bad);
      expect(pendingMovesStore(storage, KEY).load().size).toBe(0);
    }
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => undefined,
    };
    const store = pendingMovesStore(refusing, KEY);
    expect(store.load().size).toBe(0);
    expect(() => store.save(new Map([["thread0001", anchor(1)]]))).not.toThrow();
    expect(pendingMovesStore(null, KEY).load().size).toBe(0);
  });

  it("keeps each user's moves apart", () => {
    expect(pendingMovesKey("user-1", "review:r1:comments")).not.toBe(pendingMovesKey("user-2", "review:r1:comments"));
  });
});
