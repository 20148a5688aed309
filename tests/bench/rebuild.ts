import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { COLLAB_LIMITS } from "@review/shared";
import { openStore } from "@review/server";
import { median } from "./stats.ts";

/** Rebuilding a document from N logged updates against loading its snapshot (sets the compaction threshold). */
export type RebuildRow = {
  updates: number;
  logBytes: number;
  /** Read the log rows and apply them in one transaction, as a room loads an uncompacted document (median ms). */
  rebuildMs: number;
  snapshotBytes: number;
  /** Read the snapshot and apply it (median ms). */
  snapshotMs: number;
};

const SAMPLES = 3;
const APPEND_BATCH = 1000;

/** `count` single-keystroke updates into paragraphs of a report, as typing makes them. */
function keystrokes(count: number): { updates: Uint8Array[]; hash: string } {
  const doc = new Y.Doc();
  const content = doc.getXmlFragment("content");
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % below;
  };
  for (let i = 0; i < count; i++) {
    if (i % 200 === 0) {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("")]);
      content.push([paragraph]);
      continue;
    }
    const text = (content.get(random(content.length)) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(random(text.length + 1), "abcdefghij "[i % 11]!);
  }
  return { updates, hash: contentHash(doc) };
}

function contentHash(doc: Y.Doc): string {
  return createHash("sha256").update(doc.getXmlFragment("content").toString()).digest("hex");
}

/**
 * For each count: logs that many keystroke updates for one document in our PGlite store,
 * times a rebuild from the log (read + apply, as a room loads it), compacts, and times
 * the snapshot load. Every rebuilt document must hash like the one that was typed.
 */
export async function measureRebuild(counts: number[], log: (line: string) => void): Promise<RebuildRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-rebuild-"));
  const store = await openStore({ dataDir: path.join(dir, "db") });
  const rows: RebuildRow[] = [];
  try {
    for (const count of counts) {
      const docName = `review:${String(count).padStart(16, "r")}:report`;
      const { updates, hash } = keystrokes(count);
      let lastSeq = 0;
      for (let start = 0; start < updates.length; start += APPEND_BATCH) lastSeq = await store.appendUpdates(docName, updates.slice(start, start + APPEND_BATCH));

      const load = async () => {
        const started = performance.now();
        const stored = await store.loadDocument(docName);
        const doc = new Y.Doc();
        Y.transact(doc, () => {
          if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
          for (const row of stored.updates) Y.applyUpdate(doc, row.data);
        });
        const ms = performance.now() - started;
        if (contentHash(doc) !== hash) throw new Error(`rebuild of ${count} updates does not match what was typed`);
        return { ms, doc };
      };
      const rebuilds: number[] = [];
      let rebuilt: Y.Doc | null = null;
      for (let i = 0; i < SAMPLES; i++) ({ ms: rebuilds[i], doc: rebuilt } = await load());
      const snapshot = Y.encodeStateAsUpdate(rebuilt!);
      await store.compactDocument(docName, snapshot, lastSeq);
      const loads: number[] = [];
      for (let i = 0; i < SAMPLES; i++) loads.push((await load()).ms);
      const row: RebuildRow = {
        updates: count,
        logBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
        rebuildMs: median(rebuilds),
        snapshotBytes: snapshot.byteLength,
        snapshotMs: median(loads),
      };
      rows.push(row);
      log(`  ${count} updates: rebuild ${row.rebuildMs.toFixed(1)} ms, snapshot load ${row.snapshotMs.toFixed(1)} ms`);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The table, and what it says about the threshold the server uses. */
export function rebuildSection(rows: RebuildRow[]): string[] {
  if (rows.length === 0) return [];
  const fmt = (value: number, digits = 1) => value.toFixed(digits);
  // The longest log gives the steadiest slope (short ones are dominated by fixed costs).
  const longest = rows.at(-1)!;
  const cost = (longest.rebuildMs - longest.snapshotMs) / longest.updates;
  const threshold = COLLAB_LIMITS.compactAfterUpdates;
  return [
    "## Rebuild from the log against a snapshot load",
    "",
    "One report typed keystroke by keystroke (a new paragraph every 200 updates), every update a row of our PGlite log; rebuild = read the rows and apply them in one transaction, as a room loads a document nobody compacted; snapshot = the same document after compaction. Medians of 3; each rebuilt document hashes like the one typed.",
    "",
    "| logged updates | log bytes | rebuild ms | snapshot bytes | snapshot load ms | rebuild ÷ snapshot |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.updates} | ${row.logBytes} | ${fmt(row.rebuildMs)} | ${row.snapshotBytes} | ${fmt(row.snapshotMs)} | ${fmt(row.rebuildMs / row.snapshotMs)}x |`),
    "",
    `Each logged update adds about ${fmt(cost * 1000, 0)} µs to a load (slope at ${longest.updates} updates). The server compacts after ${threshold} updates (COLLAB_LIMITS.compactAfterUpdates) and when a document goes idle, so a load never replays more than ~${threshold} updates: about ${fmt(cost * threshold)} ms on top of the snapshot.`,
    "",
  ];
}
