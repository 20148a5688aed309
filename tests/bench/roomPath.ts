/**
 * `npx tsx bench/roomPath.ts` (from `tests/`): the server's own time per document update, from
 * the frame handed to the room until the last other connection's send, without a network
 * (connections are in-process sockets that count sends). Issue 15's fan-out misses the raw
 * relay's floor by a fixed ~0.5 ms per update; this says how much of it is the room's work.
 *
 * Each case runs in a fresh process (its own JIT and caches), N connections, one writer typing
 * single characters into a paragraph:
 * - back to back: the next update as soon as the last send is done (the code hot);
 * - paced: one update every 50 ms (a typist), as in the fan-out scenario, where the process
 *   sleeps between updates and each one meets cold caches; once in a fresh process, once after
 *   5 000 updates back to back (the code optimized, as in a server that has been up a while).
 * With the journal (a file in the temp directory, as in production) and without it (the store
 * stands in for it and commits at once: what the journal's write costs).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { COLLAB_LIMITS, EDITOR_FRAGMENT } from "@review/shared";
import { Journal, Room, encodeUpdate, type DocumentLogStore } from "@review/server";
import { percentile } from "./stats.ts";

type Case = { clients: number; journal: boolean; pacedMs: number; warmUp: number; updates: number };
type Figures = { p50: number; p90: number; p99: number };

const CASES: Case[] = [10, 50].flatMap((clients) =>
  [true, false].flatMap((journal) => [
    { clients, journal, pacedMs: 0, warmUp: 500, updates: 3_000 },
    { clients, journal, pacedMs: 50, warmUp: 20, updates: 200 },
    { clients, journal, pacedMs: 50, warmUp: 5_000, updates: 200 },
  ]),
);

/** A store that commits at once and holds nothing (the room's durable log needs one). */
function instantStore(): DocumentLogStore {
  let seq = 0;
  const empty = { snapshot: null, snapshotSeq: 0, updates: [] };
  return {
    appendUpdates: async (_docName, updates) => (seq += updates.length),
    loadDocumentSince: async () => empty,
    loadDocument: async () => empty,
    compactDocument: async () => {},
    subscribeToAppends: null,
    announceAccessChange: null,
  };
}

async function measure({ clients, journal: withJournal, pacedMs, warmUp, updates }: Case): Promise<Figures> {
  const store = instantStore();
  const dir = mkdtempSync(path.join(tmpdir(), "room-path-"));
  const journal = withJournal ? (await Journal.open(dir, store)).journal : null;
  const room = new Room({
    name: "bench",
    store,
    limits: { ...COLLAB_LIMITS, messagesPerSecond: 1e9, messageBurst: 1e9 },
    events: { onEmpty() {}, onBroken() {} },
    journal,
  });
  await room.whenReady();
  let sends = 0;
  let lastSend: (() => void) | null = null;
  const sockets = Array.from({ length: clients }, () => ({
    send() {
      sends += 1;
      if (sends === clients - 1) lastSend?.();
    },
    close() {},
  }));
  sockets.forEach((socket, index) =>
    room.connect(socket, { user: { id: `user-${index}`, name: `User ${index}`, color: "#1d4ed8", role: "peer" }, sessionId: `session-${index}`, access: "write" }),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));

  const writer = new Y.Doc();
  let written: Uint8Array[] = [];
  writer.on("update", (update: Uint8Array) => written.push(update));
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  writer.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph]);
  room.receive(sockets[0]!, encodeUpdate(written[0]!));
  await new Promise((resolve) => setTimeout(resolve, 20));

  const micros: number[] = [];
  for (let index = 0; index < warmUp + updates; index += 1) {
    written = [];
    text.insert(text.length, "a");
    const frame = encodeUpdate(written[0]!);
    sends = 0;
    const delivered = new Promise<void>((resolve) => (lastSend = resolve));
    const start = process.hrtime.bigint();
    room.receive(sockets[0]!, frame);
    await delivered;
    if (index >= warmUp) micros.push(Number(process.hrtime.bigint() - start) / 1_000);
    const paced = pacedMs > 0 && index >= warmUp - 1;
    await new Promise((resolve) => (paced ? setTimeout(resolve, pacedMs) : setImmediate(resolve)));
  }
  await room.close();
  journal?.close();
  rmSync(dir, { recursive: true, force: true });
  micros.sort((a, b) => a - b);
  return { p50: percentile(micros, 50), p90: percentile(micros, 90), p99: percentile(micros, 99) };
}

function runCase(which: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), `--case=${which}`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as Figures) : reject(new Error(`case ${which} exited with ${code}`))));
  });
}

const caseArg = process.argv.find((arg) => arg.startsWith("--case="));
if (caseArg) {
  process.stdout.write(JSON.stringify(await measure(CASES[Number(caseArg.slice("--case=".length))]!)));
  process.exit(0);
} else {
  console.log(`Room path: frame handed to the room → last of N-1 sends (in-process sockets), µs. ${new Date().toISOString()}\n`);
  console.log("| N | journal | updates | p50 µs | p90 µs | p99 µs |\n| --- | --- | --- | --- | --- | --- |");
  for (const [index, item] of CASES.entries()) {
    const figures = await runCase(index);
    const how = item.pacedMs === 0 ? "back to back" : `every ${item.pacedMs} ms, ${item.warmUp >= 1_000 ? `after ${item.warmUp} back to back` : "fresh process"}`;
    console.log(`| ${item.clients} | ${item.journal ? "file" : "none"} | ${how} | ${figures.p50.toFixed(0)} | ${figures.p90.toFixed(0)} | ${figures.p99.toFixed(0)} |`);
  }
}
