import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RATINGS } from "../benchmark/ratingScale.ts";
import { offeredArray, selfFactorMap } from "./layout.ts";
import { readSelfAssessment, readSelfFactor } from "./read.ts";
import { addOfferedEvidence, removeOfferedEvidence, setSelfNote, setSelfRating } from "./write.ts";

/**
 * Seeded randomized convergence (as shared/src/board/convergence.test.ts): replicas make
 * random self-assessment edits while a simulated network delivers updates late and out of
 * order; once everything is delivered all replicas must read the same, and no offered
 * evidence that nobody removed is lost.
 */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max: number) => Math.floor(next() * max), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}

const FACTORS = ["core-1", "core-2", "m2-1"];
type Replica = { doc: Y.Doc; user: string; inbox: Uint8Array[] };

function snapshot(doc: Y.Doc) {
  return [...readSelfAssessment(doc)].sort(([a], [b]) => a.localeCompare(b));
}

function run(seed: number, count: number, steps: number) {
  const random = prng(seed);
  const replicas: Replica[] = Array.from({ length: count }, (_, i) => ({ doc: new Y.Doc(), user: `host-${i}`, inbox: [] }));
  for (const sender of replicas) {
    sender.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "network") return;
      for (const receiver of replicas) if (receiver !== sender) receiver.inbox.push(update);
    });
  }
  const deliverOne = (replica: Replica) => {
    const [update] = replica.inbox.splice(random.int(replica.inbox.length), 1);
    Y.applyUpdate(replica.doc, update!, "network");
  };
  const added = new Set<string>();
  const removed = new Set<string>();
  const ops: ((r: Replica) => void)[] = [
    (r) => setSelfRating(r.doc, random.pick(FACTORS), random.chance(0.2) ? null : random.pick(RATINGS), { by: r.user }),
    (r) => {
      const factorId = random.pick(FACTORS);
      const note = readSelfFactor(r.doc, factorId).note;
      const at = random.int(note.length + 1);
      const edited = random.chance(0.7) ? `${note.slice(0, at)}${r.user[5]}${random.int(10)} ${note.slice(at)}` : note.slice(0, at) + note.slice(at + 1 + random.int(5));
      setSelfNote(r.doc, factorId, edited.slice(0, 4000), { by: r.user });
    },
    (r) => added.add(addOfferedEvidence(r.doc, random.pick(FACTORS), { text: `doc ${random.int(1e6)}`, link: random.chance(0.5) ? `https://example.org/${random.int(100)}` : "" }, { by: r.user }).id),
    (r) => {
      const factorId = random.pick(FACTORS);
      const items = readSelfFactor(r.doc, factorId).evidenceOffered;
      if (items.length === 0) return;
      const id = random.pick(items).id;
      if (removeOfferedEvidence(r.doc, factorId, id, { by: r.user })) removed.add(id);
    },
    (r) => {
      // A hostile writer: junk in the evidence array must never break readers.
      const offered = offeredArray(selfFactorMap(r.doc, random.pick(FACTORS)));
      if (offered) r.doc.transact(() => offered.push([random.chance(0.5) ? { id: "x", text: 1 } : `junk ${random.int(9)}`]), "hostile");
    },
  ];
  for (let step = 0; step < steps; step++) {
    const replica = random.pick(replicas);
    if (random.chance(0.45)) {
      for (let n = 1 + random.int(3); n > 0 && replica.inbox.length > 0; n--) deliverOne(replica);
    } else {
      random.pick(ops)(replica);
    }
  }
  while (replicas.some((replica) => replica.inbox.length > 0)) deliverOne(random.pick(replicas.filter((r) => r.inbox.length > 0)));
  return { replicas, added, removed };
}

describe("self-assessment convergence under random concurrent edits", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => 0x5e1f + i * 7919);
  it.each(seeds)("seed %i: replicas converge and keep every offered evidence nobody removed", (seed) => {
    const { replicas, added, removed } = run(seed, 2 + (seed % 3), 250);
    const expected = snapshot(replicas[0]!.doc);
    for (const replica of replicas.slice(1)) expect(snapshot(replica.doc)).toEqual(expected);
    const shown = new Set(expected.flatMap(([, state]) => state.evidenceOffered.map((item) => item.id)));
    for (const id of added) expect(shown.has(id), `evidence ${id}`).toBe(removed.has(id) ? false : true);
  });
});
