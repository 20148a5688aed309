import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { EvidenceCardInput } from "../schema/evidenceCard.ts";
import { addCard, deleteCard, moveCard, updateCard } from "./cards.ts";
import { BoardError } from "./errors.ts";
import { CARD_MOVED_KEY, LEGACY_FACTOR_KEYS, cardArrays, factorCardArray, legacyBoardRoot } from "./layout.ts";
import { moveLegacyCards } from "./migrate.ts";
import { locateCards, readBoard, readFactorCards } from "./read.ts";
import { createBoardUndoManager } from "./undo.ts";

const input = (overrides: Partial<EvidenceCardInput> = {}): EvidenceCardInput => ({
  text: "Job coaches meet each participant weekly.",
  source: "interview",
  sourceLabel: "Job coach B",
  tests: [0, 2],
  stance: "supports",
  visitDay: 1,
  ...overrides,
});

/** Two docs kept in sync by hand: `sync()` exchanges everything both ways. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe("cards", () => {
  it("adds a card to its factor and reads it back validated", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input(), { author: "u1", createdAt: "2026-03-12T09:00:00.000Z" });
    expect(card).toMatchObject({ ...input(), author: "u1", createdAt: "2026-03-12T09:00:00.000Z" });
    expect(card.id).toMatch(/^[a-z2-7]{16}$/);
    expect(readFactorCards(doc, "core-1")).toEqual([card]);
    expect(readFactorCards(doc, "core-2")).toEqual([]);
  });

  it("refuses a card that fails the schema and writes nothing", () => {
    const doc = new Y.Doc();
    expect(() => addCard(doc, "core-1", input({ text: "   " }), { author: "u1" })).toThrow(BoardError);
    expect(() => addCard(doc, "core-1", input({ visitDay: 15 }), { author: "u1" })).toThrow(/visitDay/);
    expect(() => addCard(doc, "core-1", { ...input(), source: "rumour" as never }, { author: "u1" })).toThrow(BoardError);
    expect(cardArrays(doc)).toEqual([]);
  });

  it("updates only the fields given, and validates them", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input(), { author: "u1" });
    expect(updateCard(doc, card.id, { text: "Weekly, and more often in the first month.", tests: [1] })).toBe(true);
    expect(readFactorCards(doc, "core-1")[0]).toEqual({ ...card, text: "Weekly, and more often in the first month.", tests: [1] });
    expect(() => updateCard(doc, card.id, { sourceLabel: "x".repeat(201) })).toThrow(BoardError);
    expect(updateCard(doc, "nosuchcard", { text: "x" })).toBe(false);
  });

  it("deletes a card", () => {
    const doc = new Y.Doc();
    const keep = addCard(doc, "core-1", input(), { author: "u1" });
    const drop = addCard(doc, "core-1", input({ text: "Second" }), { author: "u1" });
    expect(deleteCard(doc, drop.id)).toBe(true);
    expect(readFactorCards(doc, "core-1")).toEqual([keep]);
    expect(deleteCard(doc, drop.id)).toBe(false);
  });

  it("moves a card between stance columns by changing its stance only", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input(), { author: "u1" });
    const mapBefore = factorCardArray(doc, "core-1").get(0);
    expect(moveCard(doc, card.id, { stance: "contradicts" })).toBe(true);
    expect(readFactorCards(doc, "core-1")).toEqual([{ ...card, stance: "contradicts" }]);
    expect(factorCardArray(doc, "core-1").get(0)).toBe(mapBefore);
  });

  it("moves a card to another factor in one transaction, keeping id and content", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input(), { author: "u1" });
    // One update (creating the target's root array is an empty transaction of its own).
    let updates = 0;
    doc.on("update", () => updates++);
    expect(moveCard(doc, card.id, { factorId: "core-2", stance: "partly" })).toBe(true);
    expect(updates).toBe(1);
    expect(readFactorCards(doc, "core-1")).toEqual([]);
    expect(readFactorCards(doc, "core-2")).toEqual([{ ...card, stance: "partly" }]);
    expect(locateCards(doc).winners.get(card.id)!.map.get(CARD_MOVED_KEY)).toBe(1);
  });

  it("can replace the tests a moved card bears on (they are numbered per factor)", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input({ tests: [0, 2] }), { author: "u1" });
    moveCard(doc, card.id, { factorId: "core-2", tests: [] });
    expect(readFactorCards(doc, "core-2")).toEqual([{ ...card, tests: [] }]);
    expect(() => moveCard(doc, card.id, { factorId: "core-3", tests: [-1] })).toThrow(BoardError);
  });

  it("skips malformed cards written by a hostile or buggy peer instead of crashing", () => {
    const doc = new Y.Doc();
    const good = addCard(doc, "core-1", input(), { author: "u1" });
    const cards = factorCardArray(doc, "core-1");
    const junk = new Y.Map<unknown>();
    junk.set("id", good.id); // even reusing a real card's id
    junk.set("text", 42);
    cards.push(["a string", 7, null, junk, new Y.Array()]);
    const noisy = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ ...good, id: "bad id!" })) noisy.set(key, value);
    cards.push([noisy]);
    expect(readFactorCards(doc, "core-1")).toEqual([good]);
    // Writes still work around the junk.
    expect(moveCard(doc, good.id, { factorId: "core-3" })).toBe(true);
    expect(readFactorCards(doc, "core-3")).toEqual([good]);
    expect(factorCardArray(doc, "core-1").length).toBe(6);
  });

  it("keeps a factor's cards whatever a hostile writer sets at the top of the document", () => {
    const { a, b, sync } = pair();
    const card = addCard(a, "core-1", input(), { author: "u1" });
    sync();
    // The first layout's entry, a map under the card array's own name, and junk beside it.
    legacyBoardRoot(b).set("core-1", "nonsense");
    b.getMap("cards:core-2").set("cards", "nonsense");
    b.getText("cards:core-3").insert(0, "junk");
    sync();
    expect(readFactorCards(a, "core-1")).toEqual([card]);
    expect(readBoard(a).size).toBe(1);
    const second = addCard(a, "core-1", input({ text: "Still writable" }), { author: "u1" });
    expect(readFactorCards(a, "core-1").map((c) => c.id)).toEqual([card.id, second.id]);
  });
});

describe("the first layout (factor entries of the root map)", () => {
  function legacyDoc() {
    const doc = new Y.Doc();
    const source = new Y.Doc();
    const card = addCard(source, "core-1", input(), { author: "u1" });
    const map = factorCardArray(source, "core-1").get(0) as Y.Map<unknown>;
    const entry = new Y.Map<unknown>();
    const cards = new Y.Array<unknown>();
    const copy = new Y.Map<unknown>();
    for (const [key, value] of map.entries()) copy.set(key, value);
    cards.push([copy, "junk"]);
    entry.set(LEGACY_FACTOR_KEYS.cards, cards);
    legacyBoardRoot(doc).set("core-1", entry);
    return { doc, card };
  }

  it("still shows its cards, and a move takes them out of it", () => {
    const { doc, card } = legacyDoc();
    expect(readFactorCards(doc, "core-1")).toEqual([card]);
    moveCard(doc, card.id, { factorId: "core-2" });
    expect(readFactorCards(doc, "core-2")).toEqual([card]);
    expect(readFactorCards(doc, "core-1")).toEqual([]);
  });

  it("moves its valid cards to the root arrays once, leaving junk", () => {
    const { doc, card } = legacyDoc();
    expect(moveLegacyCards(doc)).toBe(1);
    expect(moveLegacyCards(doc)).toBe(0);
    expect(factorCardArray(doc, "core-1").length).toBe(1);
    expect(readFactorCards(doc, "core-1")).toEqual([card]);
    // Now overwriting the old entry takes nothing with it.
    legacyBoardRoot(doc).set("core-1", "nonsense");
    expect(readFactorCards(doc, "core-1")).toEqual([card]);
  });
});

describe("factor card arrays", () => {
  it("keep both peers' first cards when two peers start the same factor at once", () => {
    const { a, b, sync } = pair();
    const fromA = addCard(a, "core-1", input({ text: "From A" }), { author: "a" });
    const fromB = addCard(b, "core-1", input({ text: "From B" }), { author: "b" });
    sync();
    for (const doc of [a, b]) {
      expect(readFactorCards(doc, "core-1").map((card) => card.id).sort()).toEqual([fromA.id, fromB.id].sort());
    }
    expect(factorCardArray(a, "core-1").toJSON()).toEqual(factorCardArray(b, "core-1").toJSON());
  });
});

describe("concurrent moves", () => {
  it("show exactly one copy everywhere, and the next move removes the rest", () => {
    const { a, b, sync } = pair();
    const card = addCard(a, "core-1", input(), { author: "a" });
    sync();
    moveCard(a, card.id, { factorId: "core-2" });
    moveCard(b, card.id, { factorId: "core-3", stance: "contradicts" });
    sync();
    const visible = (doc: Y.Doc) =>
      [...readBoard(doc)].flatMap(([factorId, state]) => state.cards.filter((c) => c.id === card.id).map((c) => ({ factorId, c })));
    expect(visible(a)).toHaveLength(1);
    expect(visible(a)).toEqual(visible(b));
    expect(locateCards(a).copies.get(card.id)).toHaveLength(2);

    moveCard(b, card.id, { factorId: "core-4" });
    sync();
    expect(locateCards(a).copies.get(card.id)).toHaveLength(1);
    expect(visible(a)).toEqual([{ factorId: "core-4", c: expect.objectContaining({ id: card.id, text: card.text }) }]);
  });

  it("prefer the copy moved most often", () => {
    const { a, b, sync } = pair();
    const card = addCard(a, "core-1", input(), { author: "a" });
    sync();
    moveCard(a, card.id, { factorId: "core-2" });
    moveCard(a, card.id, { factorId: "core-5" }); // A moved it twice
    moveCard(b, card.id, { factorId: "core-3" }); // B once, concurrently
    sync();
    for (const doc of [a, b]) expect(locateCards(doc).winners.get(card.id)!.factorId).toBe("core-5");
  });

  it("keep the card when one peer deletes it while another moves it (the move wins)", () => {
    const { a, b, sync } = pair();
    const card = addCard(a, "core-1", input(), { author: "a" });
    sync();
    deleteCard(a, card.id);
    moveCard(b, card.id, { factorId: "core-2" });
    sync();
    for (const doc of [a, b]) expect(readFactorCards(doc, "core-2").map((c) => c.id)).toEqual([card.id]);
  });
});

describe("undo", () => {
  it("restores the card the user saw, not a stale duplicate left by concurrent moves", () => {
    const { a, b, sync } = pair();
    const mine = Symbol("a");
    const undo = createBoardUndoManager(a, mine);
    const card = addCard(a, "core-1", input(), { author: "a" });
    sync();
    moveCard(a, card.id, { factorId: "core-2" });
    moveCard(b, card.id, { factorId: "core-3" });
    sync();
    const shownAt = locateCards(a).winners.get(card.id)!.factorId;
    updateCard(a, card.id, { text: "Edited after the moves" }, { origin: mine });
    deleteCard(a, card.id, { origin: mine });
    expect(locateCards(a).copies.get(card.id)).toBeUndefined();
    undo.undo();
    expect(locateCards(a).copies.get(card.id)).toHaveLength(1);
    expect(readFactorCards(a, shownAt)).toEqual([expect.objectContaining({ id: card.id, text: "Edited after the moves" })]);
  });

  it("undoes and redoes only this client's own changes", () => {
    const { a, b, sync } = pair();
    const mine = Symbol("a");
    const undo = createBoardUndoManager(a, mine);
    const card = addCard(a, "core-1", input(), { author: "a" }, { origin: mine });
    sync();
    const theirs = addCard(b, "core-1", input({ text: "B's card" }), { author: "b" });
    sync();
    moveCard(a, card.id, { factorId: "core-2" }, { origin: mine });
    undo.undo();
    expect(readFactorCards(a, "core-1").map((c) => c.id)).toEqual([card.id, theirs.id]);
    expect(readFactorCards(a, "core-2")).toEqual([]);
    undo.undo();
    expect(readFactorCards(a, "core-1").map((c) => c.id)).toEqual([theirs.id]);
    expect(undo.canUndo()).toBe(false);
    undo.redo();
    undo.redo();
    expect(readFactorCards(a, "core-2").map((c) => c.id)).toEqual([card.id]);
  });
});

describe("a card's programme session", () => {
  it("links a card to a session, unlinks it, and keeps a card whose link is malformed", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, "core-1", input({ sessionId: "sess000000000000" }), { author: "u1" });
    expect(readFactorCards(doc, "core-1")[0]!.sessionId).toBe("sess000000000000");
    updateCard(doc, card.id, { sessionId: null });
    expect(readFactorCards(doc, "core-1")[0]!.sessionId).toBeNull();
    const plain = addCard(doc, "core-1", input(), { author: "u1" });
    expect(readFactorCards(doc, "core-1").find((one) => one.id === plain.id)).not.toHaveProperty("sessionId");
    factorCardArray(doc, "core-1").forEach((value) => (value as Y.Map<unknown>).set("sessionId", 42));
    expect(readFactorCards(doc, "core-1").map((one) => [one.id, one.sessionId])).toEqual([
      [card.id, undefined],
      [plain.id, undefined],
    ]);
    expect(() => addCard(doc, "core-1", input({ sessionId: "Not A Session" }), { author: "u1" })).toThrow();
  });
});
