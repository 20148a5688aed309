/**
 * The memory baseline: COUNT bare Y.Docs, each loaded from the same snapshot (the
 * report as our server stores it), in a fresh process started with --expose-gc.
 * Prints one JSON line: { perDocument } in bytes (heapUsed + arrayBuffers after GC).
 */
import { readFile } from "node:fs/promises";
import * as Y from "yjs";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const count = Number(process.env.COUNT ?? 100);
const snapshot = new Uint8Array(await readFile(process.env.SNAPSHOT ?? ""));

const measure = () => {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

const before = measure();
const docs: Y.Doc[] = [];
for (let i = 0; i < count; i++) {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, snapshot);
  docs.push(doc);
}
const after = measure();
console.log(JSON.stringify({ perDocument: (after - before) / count, documents: docs.length }));
