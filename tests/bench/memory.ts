import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { appendParagraph } from "../support/reportContent.ts";
import { runScript } from "./childProcess.ts";
import { LoadClient, openClients } from "./loadClient.ts";
import { sleep } from "./stats.ts";
import type { Target } from "./targets.ts";
import { Wire } from "./wire.ts";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export type MemoryRow = {
  documents: number;
  /** Connected clients: a writer and a reader per document. */
  clients: number;
  /** Our server: (heapUsed + arrayBuffers) after GC, per open document, bytes. */
  oursPerDocument: number;
  /** A bare Y.Doc loaded from the same snapshot, bytes. */
  barePerDocument: number;
  /** RSS growth of the server per document, bytes. */
  rssPerDocument: number;
};

export type MemoryResult = {
  snapshotBytes: number;
  rows: MemoryRow[];
  /** When the heap was read again after the last client left (ms after leaving). */
  releasedAfterMs: number | null;
  retainedPerDocument: number | null;
  /** How long the server did not answer the probe while it unloaded the documents (event loop blocked), ms. */
  unloadStallMs: number | null;
  /** When that longest stretch began, ms after the clients left (the idle unload starts at idleUnloadMs). */
  unloadStallAt: number | null;
};

/** The report as one snapshot update (what the server would load for a ~100 KB document). */
export function reportSnapshot(paragraphs: string[]): Uint8Array {
  const doc = new Y.Doc();
  for (const text of paragraphs) appendParagraph(doc, text);
  const snapshot = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return snapshot;
}

/** Clients per open document: the one that wrote the report and one that read it back. */
const CLIENTS_PER_DOCUMENT = 2;

/**
 * Heap per open ~100 KB document in our server: documents are opened in steps (each
 * gets the report as one update from a client that stays connected, and a second client
 * reads it back and stays connected too), the server's
 * heap is read after GC by the probe (the target runs with --expose-gc), and compared
 * with bare Y.Docs loaded from the same snapshot in a separate process. Then every
 * client leaves and, after the idle unload, the heap is read again.
 */
export async function measureMemory(target: Target, steps: number[], snapshot: Uint8Array, idleUnloadMs: number, log: (line: string) => void): Promise<MemoryResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-mem-"));
  const clients: LoadClient[] = [];
  try {
    const snapshotFile = path.join(dir, "snapshot.bin");
    await writeFile(snapshotFile, snapshot);
    const baseline = await target.child.probe("stats", true, 120_000);
    const rows: MemoryRow[] = [];
    for (const documents of steps) {
      while (clients.length < documents * CLIENTS_PER_DOCUMENT) {
        const access = await target.newDocument({ ownAccounts: CLIENTS_PER_DOCUMENT });
        const wire = new Wire(target.protocol, access.docName);
        const open = (index: number) =>
          openClients(1, 1, 30_000, () => new LoadClient(index, access.url, access.headers(index), wire, target.readyOn, wire.hello(new Uint8Array([0])), () => {}));
        const [writer] = await open(0);
        writer!.send(wire.update(snapshot));
        const [reader] = await open(1);
        clients.push(writer!, reader!);
        // Stay far below the per-connection and storage rates: one document every few ms.
        if (clients.length % 100 === 0) await sleep(50);
      }
      await sleep(2000);
      const stats = await target.child.probe("stats", true, 120_000);
      const bare = JSON.parse(
        (await runScript(path.join(BENCH_DIR, "servers/bareDocs.ts"), path.dirname(BENCH_DIR), { COUNT: String(documents), SNAPSHOT: snapshotFile, NODE_OPTIONS: "--expose-gc" }, 120_000))
          .trim()
          .split("\n")
          .at(-1) ?? "{}",
      ) as { perDocument: number };
      const row = {
        documents,
        clients: clients.length,
        oursPerDocument: (stats.heapUsed + stats.external - baseline.heapUsed - baseline.external) / documents,
        barePerDocument: bare.perDocument,
        rssPerDocument: (stats.rss - baseline.rss) / documents,
      };
      rows.push(row);
      log(`  memory ${documents} docs, ${clients.length} clients: ours ${(row.oursPerDocument / 1024).toFixed(0)} KiB/doc, bare Y.Doc ${(row.barePerDocument / 1024).toFixed(0)} KiB/doc`);
    }
    for (const client of clients.splice(0)) client.close();
    let releasedAfterMs: number | null = null;
    let retainedPerDocument: number | null = null;
    let unloadStallMs: number | null = null;
    let unloadStallAt: number | null = null;
    const last = steps.at(-1) ?? 1;
    if (idleUnloadMs > 0) {
      // Ask every 100 ms across the idle unload: the longest unanswered stretch is the stall.
      const left = performance.now();
      const until = left + idleUnloadMs + 30_000;
      let longest = 0;
      while (performance.now() < until) {
        const asked = performance.now();
        const answered = await target.child.probe("stats", false, 120_000).then(
          () => true,
          () => false,
        );
        if (performance.now() - asked > longest) {
          longest = performance.now() - asked;
          unloadStallAt = asked - left;
        }
        if (!answered) break;
        await sleep(100);
      }
      unloadStallMs = longest;
      // Unloading 1 000 documents (versions, compactions, two at a time) may outlast that wait:
      // read the heap until it is back within a tenth of a document's share of the start.
      const openShare = rows.at(-1)?.oursPerDocument ?? 0;
      const settledBy = performance.now() + 180_000;
      for (;;) {
        const after = await target.child.probe("stats", true, 120_000);
        releasedAfterMs = performance.now() - left;
        retainedPerDocument = (after.heapUsed + after.external - baseline.heapUsed - baseline.external) / last;
        if (retainedPerDocument <= openShare / 10 || performance.now() > settledBy) break;
        await sleep(5_000);
      }
    }
    return { snapshotBytes: snapshot.length, rows, releasedAfterMs, retainedPerDocument, unloadStallMs, unloadStallAt };
  } finally {
    for (const client of clients) client.close();
    await rm(dir, { recursive: true, force: true });
  }
}
