import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SOURCE_KINDS, STANCES } from "../schema/evidenceCard.ts";
import { addCard, deleteCard, moveCard, updateCard } from "./cards.ts";
import { cardArrays, factorCardArray } from "./layout.ts";
import { locateCards, readBoard } from "./read.ts";
import { createBoardUndoManager } from "./undo.ts";

/**
 * Seeded randomized convergence, in the manner of Yjs' own tests (testHelper.js,
 * applyRandomTests): a few replicas make random board edits while a simulated network
 * delivers their updates late, out of order and in random interleavings; then every
 * update is delivered and all replicas must be identical and show each card id once.
 */

/** mulberry32: small, fast, good enough to drive a fuzzer; the seed reproduces a run. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const FACTORS = ["core-1", "core-2", "core-3", "m1-1"];

type Replica = { doc: Y.Doc; origin: symbol; undo: Y.UndoManager; user: string; inbox: Uint8Array[]; online: boolean };

function network(count: number) {
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    const origin = Symbol(`replica-${i}`);
    replicas.push({ doc, origin, undo: createBoardUndoManager(doc, origin), user: `user-${i}`, inbox: [], online: true });
  }
  for (const sender of replicas) {
    sender.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "network") return;
      for (const receiver of replicas) if (receiver !== sender) receiver.inbox.push(update);
    });
  }
  return replicas;
}

/** Delivers one pending update, not necessarily the oldest: Yjs must cope with any order. */
function deliverOne(replica: Replica, random: ReturnType<typeof prng>): void {
  const index = random.int(replica.inbox.length);
  const [update] = replica.inbox.splice(index, 1);
  Y.applyUpdate(replica.doc, update!, "network");
}

function visibleIds(doc: Y.Doc): string[] {
  return [...readBoard(doc).values()].flatMap((factor) => factor.cards.map((card) => card.id));
}

/** The board as plain data with factors in a fixed order (Y.Map key order is local). */
function snapshot(doc: Y.Doc) {
  return [...readBoard(doc)].sort(([a], [b]) => a.localeCompare(b));
}

type Options = { seed: number; replicas: number; steps: number; undo: boolean };

function run({ seed, replicas: count, steps, undo }: Options) {
  const random = prng(seed);
  const replicas = network(count);
  const added = new Set<string>();
  const deleted = new Set<string>();

  const randomCard = (replica: Replica) => {
    const ids = visibleIds(replica.doc);
    return ids.length > 0 ? random.pick(ids) : null;
  };

  const ops: [number, (replica: Replica) => void][] = [
    [
      5,
      (r) => {
        const card = addCard(
          r.doc,
          random.pick(FACTORS),
          {
            text: `card ${random.int(1e6)}`,
            source: random.pick(SOURCE_KINDS),
            sourceLabel: random.chance(0.5) ? "" : `label ${random.int(100)}`,
            tests: random.chance(0.5) ? [] : [random.int(4)],
            stance: random.pick(STANCES),
            visitDay: random.chance(0.3) ? null : 1 + random.int(5),
          },
          { author: r.user },
          { origin: r.origin },
        );
        added.add(card.id);
      },
    ],
    [
      3,
      (r) => {
        const id = randomCard(r);
        if (id) updateCard(r.doc, id, random.chance(0.5) ? { text: `edited ${random.int(1e6)}` } : { source: random.pick(SOURCE_KINDS) }, { origin: r.origin });
      },
    ],
    [
      4,
      (r) => {
        const id = randomCard(r);
        if (!id) return;
        const to = random.chance(0.3) ? { stance: random.pick(STANCES) } : { factorId: random.pick(FACTORS), stance: random.pick(STANCES) };
        moveCard(r.doc, id, to, { origin: r.origin });
      },
    ],
    [
      1,
      (r) => {
        const id = randomCard(r);
        if (id && deleteCard(r.doc, id, { origin: r.origin })) deleted.add(id);
      },
    ],
    [
      1,
      (r) => {
        // A hostile or buggy writer: junk in a card array must never break readers.
        const cards = factorCardArray(r.doc, random.pick(FACTORS));
        const junk = new Y.Map<unknown>();
        junk.set("id", randomCard(r) ?? "junk");
        junk.set("stance", "sideways");
        r.doc.transact(() => cards.push([random.chance(0.5) ? junk : `junk ${random.int(10)}`]), "hostile");
      },
    ],
  ];
  if (undo) ops.push([2, (r) => (random.chance(0.7) ? r.undo.undo() : r.undo.redo())]);
  const totalWeight = ops.reduce((sum, [weight]) => sum + weight, 0);

  for (let step = 0; step < steps; step++) {
    const replica = random.pick(replicas);
    const roll = random.next();
    if (roll < 0.04) {
      replica.online = !replica.online; // a dropped connection: nothing arrives until it is back
    } else if (roll < 0.5) {
      if (replica.online && replica.inbox.length > 0) {
        for (let n = 1 + random.int(3); n > 0 && replica.inbox.length > 0; n--) deliverOne(replica, random);
      }
    } else {
      let pick = random.next() * totalWeight;
      const op = ops.find(([weight]) => (pick -= weight) < 0) ?? ops[0]!;
      op[1](replica);
    }
  }

  // Heal the network: deliver everything, in random order, until every inbox is empty.
  for (const replica of replicas) replica.online = true;
  while (replicas.some((replica) => replica.inbox.length > 0)) {
    const replica = random.pick(replicas.filter((r) => r.inbox.length > 0));
    deliverOne(replica, random);
  }
  return { replicas, added, deleted };
}

/** Every card array as JSON, by factor. */
function boardJson(doc: Y.Doc): Record<string, unknown> {
  return Object.fromEntries(cardArrays(doc).map((ref) => [ref.factorId, ref.array.toJSON()]));
}

describe("board convergence under random concurrent edits", () => {
  const seeds = Array.from({ length: 30 }, (_, i) => 0x5eed + i * 7919);

  it.each(seeds)("seed %i: replicas converge, each card shows once, no card is lost", (seed) => {
    const { replicas, added, deleted } = run({ seed, replicas: 2 + (seed % 4), steps: 300, undo: false });
    const [first, ...others] = replicas;
    const expected = snapshot(first!.doc);
    for (const replica of others) {
      expect(snapshot(replica.doc)).toEqual(expected);
      expect(boardJson(replica.doc)).toEqual(boardJson(first!.doc));
    }
    const ids = visibleIds(first!.doc);
    expect(new Set(ids).size).toBe(ids.length);
    // Every card nobody deleted is still shown, exactly once (moves never lose a card).
    const visible = new Set(ids);
    for (const id of added) if (!deleted.has(id)) expect(visible.has(id), `card ${id}`).toBe(true);
    expect(locateCards(first!.doc).winners.size).toBe(ids.length);
  });

  it.each(seeds.slice(0, 15))("seed %i with undo and redo: replicas converge and each card shows once", (seed) => {
    const { replicas } = run({ seed, replicas: 3, steps: 300, undo: true });
    const expected = snapshot(replicas[0]!.doc);
    for (const replica of replicas.slice(1)) expect(snapshot(replica.doc)).toEqual(expected);
    const ids = visibleIds(replicas[0]!.doc);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
