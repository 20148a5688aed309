import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFTS_MAP, readDrafts, recordDraft } from "./drafts.ts";

describe("draft records in the report document", () => {
  it("round-trips through a synced replica and skips junk", () => {
    const a = new Y.Doc();
    recordDraft(a, "core-1", { cardIds: ["c1"], hash: "abcd", at: "2026-01-01T00:00:00.000Z" });
    a.getMap(DRAFTS_MAP).set("junk", { cardIds: "no" });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect([...readDrafts(b)]).toEqual([["core-1", { cardIds: ["c1"], hash: "abcd", at: "2026-01-01T00:00:00.000Z" }]]);
  });
});
